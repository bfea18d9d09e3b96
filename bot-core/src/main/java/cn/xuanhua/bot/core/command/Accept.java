package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealAction;
import cn.xuanhua.bot.core.appeal.Transition;
import cn.xuanhua.bot.core.command.CommandWord.Audience;

import java.util.List;

import cn.xuanhua.bot.core.appeal.AppealFormat;

import static cn.xuanhua.bot.core.appeal.AppealFormat.time;

/** 受理 编号: the handling department takes the appeal on; the group learns who handles it and by when. */
public record Accept(AppealRef ref) implements AppealCommand {
    static final List<CommandWord> WORDS = List.of(CommandWord.of("受理", "受理 编号", "受理 编号",
            a -> a.withRef(Accept::new), Audience.STAFF));
    static final ConsoleButton BUTTON = new ConsoleButton("accept", "受理", AppealAction.ACCEPT, null,
            ConsoleButton.Input.NOTE_ONLY, (ref, filled) -> new Accept(ref));

    @Override
    public Transition applyTo(Appeal appeal, Actor by, CommandEnv env) {
        return appeal.accept(by, env.at());
    }

    @Override
    public boolean announce(Announcements out) {
        Appeal a = out.appeal();
        return out.post(GroupPosts.accepted(a, AppealFormat.handlingParty(out.departmentName(a.departmentCode()),
                out.by().isStaff() ? out.by().name() : null)));
    }

    @Override
    public String answer(Appeal appeal, String department) {
        return "已受理 **" + appeal.number().value() + "**, 办理期限 " + time(appeal.dueAt()) + ", 已告知企业。";
    }
}
