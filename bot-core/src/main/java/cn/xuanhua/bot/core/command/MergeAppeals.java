package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.Refusal;
import cn.xuanhua.bot.core.appeal.Transition;
import cn.xuanhua.bot.core.command.CommandResult.Outcome;
import cn.xuanhua.bot.core.command.CommandWord.Audience;

import java.util.List;

/**
 * 并单 主编号 编号: a dispatcher or leader merges an open appeal into another open appeal of the same group, when
 * intake's 并单 missed that both are one problem (docs/chat.md). The appeal merged away is closed (MERGED_AWAY, left
 * out of the digests' counts); its requesters join the kept one (MERGED_IN, REQUESTER_JOINED) and hear of it in the
 * group. {@link SplitAppeal} undoes it.
 */
public record MergeAppeals(AppealRef main, AppealRef merged) implements Command {
    static final List<CommandWord> WORDS = List.of(CommandWord.of("并单", "并单 主编号 编号", "并单 主编号 编号",
            a -> a.withTwoRefs(MergeAppeals::new), Audience.SUPERVISOR));

    @Override
    public CommandResult run(CommandRun run) {
        Appeal kept = run.locate(main);
        Appeal away = run.locate(merged);
        Transition closed = away.mergeInto(run.by(), run.at(), kept);
        if (closed instanceof Refusal refusal) {
            return run.reply(Outcome.REFUSED, Answers.refused(refusal.reason(), away.number()), away.number());
        }
        Transition joined = kept.absorb(run.by(), run.at(), away);
        if (joined instanceof Refusal refusal) {
            return run.reply(Outcome.REFUSED, Answers.refused(refusal.reason(), kept.number()), kept.number());
        }
        return TwoAppeals.save(run, "并单", away, kept, (Transition.Done) joined,
                GroupPosts.merged(kept, away),
                "已将 **" + away.number().value() + "** 并入 **" + kept.number().value() + "**, 共 "
                        + kept.requesters().size() + " 位诉求人, 已告知群内。");
    }
}
