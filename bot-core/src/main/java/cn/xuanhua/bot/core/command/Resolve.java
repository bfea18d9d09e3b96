package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealAction;
import cn.xuanhua.bot.core.appeal.Transition;
import cn.xuanhua.bot.core.command.CommandWord.Audience;

import java.util.List;


/** 办结 编号 办理结果: the department is done; the group is told and the requester asked to rate. */
public record Resolve(AppealRef ref, String result) implements AppealCommand {
    static final List<CommandWord> WORDS = List.of(CommandWord.of("办结", "办结 编号 办理结果", "办结 编号 办理结果",
            a -> a.withRefAndText(Resolve::new), Audience.STAFF));
    static final ConsoleButton BUTTON = new ConsoleButton("resolve", "办结", AppealAction.RESOLVE, "办理结果",
            ConsoleButton.Input.NOTE_ONLY, (ref, filled) -> new Resolve(ref, filled.note()));

    @Override
    public Transition applyTo(Appeal appeal, Actor by, CommandEnv env) {
        return appeal.resolve(by, env.at(), result);
    }

    @Override
    public boolean announce(Announcements out) {
        Appeal a = out.appeal();
        return out.post(GroupPosts.resolved(a, out.maskedNote()));
    }

    @Override
    public String answer(Appeal appeal, String department) {
        return "已办结 **" + appeal.number().value() + "**, 已请企业评价。";
    }
}
