package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealNumber;
import cn.xuanhua.bot.core.appeal.Refusal;
import cn.xuanhua.bot.core.appeal.Transition;
import cn.xuanhua.bot.core.command.CommandResult.Outcome;
import cn.xuanhua.bot.core.command.CommandWord.Audience;
import cn.xuanhua.bot.core.error.NotFoundException;

import java.util.List;

/**
 * 拆单 编号: a dispatcher or leader undoes a 并单 by hand ({@link MergeAppeals}). The appeal merged away is open
 * again where it stood (SPLIT), the requesters that came with it leave the kept one (SPLIT_OFF, REQUESTER_LEFT), and
 * the group hears it. Takes the full number (the appeal is closed, so a short one finds nothing).
 */
public record SplitAppeal(AppealRef ref) implements Command {
    static final List<CommandWord> WORDS = List.of(CommandWord.of("拆单", "拆单 编号", "拆单 编号",
            a -> a.withRef(SplitAppeal::new), Audience.SUPERVISOR));

    @Override
    public CommandResult run(CommandRun run) {
        Appeal away = run.locate(ref);
        AppealNumber keptNumber = away.mergedInto().orElse(null);
        if (keptNumber == null) {
            return run.reply(Outcome.REFUSED, Answers.refused("该诉求没有被并入其他诉求, 无需拆单", away.number()),
                    away.number());
        }
        Appeal kept = run.appeals().byNumber(keptNumber)
                .orElseThrow(() -> new NotFoundException("未找到诉求 " + keptNumber.value()));
        Transition reopened = away.splitFrom(run.by(), run.at(), kept);
        if (reopened instanceof Refusal refusal) {
            return run.reply(Outcome.REFUSED, Answers.refused(refusal.reason(), away.number()), away.number());
        }
        Transition released = kept.release(run.by(), run.at(), away);
        if (released instanceof Refusal refusal) {
            return run.reply(Outcome.REFUSED, Answers.refused(refusal.reason(), kept.number()), kept.number());
        }
        return TwoAppeals.save(run, "拆单", away, kept, (Transition.Done) released, GroupPosts.split(away, kept),
                "已将 **" + away.number().value() + "** 从 **" + kept.number().value() + "** 拆出, 恢复单独办理 ("
                        + away.status().label() + "), 已告知群内。");
    }
}
