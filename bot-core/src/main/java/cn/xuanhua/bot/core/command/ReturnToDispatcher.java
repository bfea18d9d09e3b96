package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealAction;
import cn.xuanhua.bot.core.appeal.Transition;
import cn.xuanhua.bot.core.command.CommandWord.Audience;

import java.util.List;


/**
 * 退回 编号 理由: a wrong dispatch goes back to the dispatcher. Both departments are told with the reason; the group
 * learns that the appeal is being dispatched again (not why: the reason is between departments).
 */
public record ReturnToDispatcher(AppealRef ref, String reason) implements AppealCommand {
    static final List<CommandWord> WORDS = List.of(CommandWord.of("退回", "退回 编号 理由",
            "退回 编号 理由 (分派错误时退回分拨部门)", a -> a.withRefAndText(ReturnToDispatcher::new), Audience.STAFF));
    static final ConsoleButton BUTTON = new ConsoleButton("return", "退回", AppealAction.RETURN, "退回理由",
            ConsoleButton.Input.NOTE_ONLY, (ref, filled) -> new ReturnToDispatcher(ref, filled.note()));

    @Override
    public Transition applyTo(Appeal appeal, Actor by, CommandEnv env) {
        return appeal.returnToDispatcher(by, env.at(), env.dispatcher(), reason);
    }

    @Override
    public boolean announce(Announcements out) {
        Appeal a = out.appeal();
        String note = out.event().note();
        out.tell(out.staffOf(a.departmentCode()), StaffNotices.arrived(a, out.by(), "退回", note));
        out.tell(out.staffOf(out.previousDepartment()), StaffNotices.left(a, out.by(), note));
        return out.post(GroupPosts.returned(a, out.departmentName(a.departmentCode())));
    }

    @Override
    public String answer(Appeal appeal, String department) {
        return "已将 **" + appeal.number().value() + "** 退回 " + department + "。";
    }
}
