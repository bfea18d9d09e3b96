package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealAction;
import cn.xuanhua.bot.core.appeal.Transition;
import cn.xuanhua.bot.core.command.CommandWord.Audience;

import java.util.List;

import static cn.xuanhua.bot.core.appeal.AppealFormat.time;

/**
 * 延期 编号 N天 理由: the handling department asks for N more working days (N天 and N个工作日 both mean working
 * days). The approvers are asked; the group sees the request, and the due date moves only when it is approved.
 */
public record RequestExtension(AppealRef ref, int workingDays, String reason) implements AppealCommand {
    static final List<CommandWord> WORDS = List.of(CommandWord.of("延期", "延期 编号 N天 理由",
            "延期 编号 N天 理由 (工作日, 需批准)", RequestExtension::read, Audience.STAFF));
    static final ConsoleButton BUTTON = new ConsoleButton("extend", "申请延期", AppealAction.REQUEST_EXTENSION,
            "延期理由", ConsoleButton.Input.WORKING_DAYS,
            (ref, filled) -> new RequestExtension(ref, filled.workingDays(), filled.note()));

    private static Command read(Args a) {
        return a.withRef(ref -> {
            int days = a.days();
            String reason = a.rest();
            return days < 1 || reason.isEmpty() ? a.malformed() : new RequestExtension(ref, days, reason);
        });
    }

    @Override
    public Transition applyTo(Appeal appeal, Actor by, CommandEnv env) {
        return appeal.requestExtension(by, env.at(), workingDays, reason);
    }

    @Override
    public boolean announce(Announcements out) {
        Appeal a = out.appeal();
        String department = out.departmentName(a.departmentCode());
        String notice = StaffNotices.extensionRequested(a, out.by(), department, out.event().note());
        // Those who decide get a card: 批准延期 / 不批准 in one tap.
        out.tellCards(out.approvers(), (stage, userId) -> StaffCards.extensionRequested(a, stage, userId, department,
                out.by().name(), out.event().note(), notice));
        return out.post(GroupPosts.extensionRequested(a, workingDays));
    }

    @Override
    public String answer(Appeal appeal, String department) {
        return "已提交 **" + appeal.number().value() + "** 的延期申请 (" + appeal.state().extensionDays()
                + "个工作日), 待分拨员或领导批准; 批准前办理期限仍为 " + time(appeal.dueAt()) + "。";
    }
}
