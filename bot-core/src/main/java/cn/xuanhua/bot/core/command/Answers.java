package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealEvent;
import cn.xuanhua.bot.core.appeal.AppealEventType;
import cn.xuanhua.bot.core.appeal.AppealNumber;
import cn.xuanhua.bot.core.outbound.TextMasker;

import java.util.List;

import static cn.xuanhua.bot.core.appeal.AppealFormat.excerpt;
import static cn.xuanhua.bot.core.appeal.AppealFormat.time;
import static cn.xuanhua.bot.core.appeal.AppealFormat.withoutDepartment;
import static cn.xuanhua.bot.core.outbound.ChatText.md;

/** Answers to the person who gave a command: short, in Chinese, markdown. They may land in a group: masked. */
final class Answers {
    private static final int TODO_LINES = 15;

    private Answers() {
    }

    static String refused(String reason, AppealNumber number) {
        return "未执行: " + reason + (number == null ? "" : " (" + number.value() + ")");
    }

    static String conflict(AppealNumber number) {
        return "诉求 " + number.value() + " 刚刚被他人更新, 您的操作未生效。请发送「查询 " + number.value()
                + "」查看最新状态后再试。";
    }

    /** 查询: status, department, due date, last progress note (masked: the answer may go to a group). */
    static String query(Appeal a, String department, String handlerName, TextMasker mask) {
        StringBuilder s = new StringBuilder("**" + a.number().value() + "** " + a.status().label())
                .append(a.state().overdue() && a.status().isOpen() ? " (已超期)" : "")
                .append("\n> 诉求: ").append(excerpt(a.facts().maskedText()))
                .append("\n> 承办: ").append(department)
                .append(withoutDepartment(handlerName, department) == null ? ""
                        : " (受理人 " + md(withoutDepartment(handlerName, department)) + ")")
                .append("\n> 办理期限: ").append(time(a.dueAt()));
        a.timeline().last(AppealEventType.PROGRESS).ifPresent(e -> s.append("\n> 最新进展: ")
                .append(md(mask.mask(e.note()))).append(" (").append(time(e.at())).append(")"));
        if (a.state().extensionDays() != null) {
            s.append("\n> 延期申请: ").append(a.state().extensionDays()).append("个工作日, 待批准");
        }
        if (!a.status().isOpen()) {
            a.timeline().last(AppealEventType.RESOLVED).map(AppealEvent::note)
                    .ifPresent(r -> s.append("\n> 办理结果: ").append(md(mask.mask(r))));
        }
        if (a.state().satisfaction() != null) {
            s.append("\n> 评价: ").append(a.state().satisfaction().label());
        }
        return s.toString();
    }

    /** 待办: the department's open appeals, and for dispatchers and leaders the extensions awaiting approval. */
    static String todo(String department, List<Appeal> open, List<Appeal> awaitingApproval) {
        StringBuilder s = new StringBuilder();
        s.append(open.isEmpty() ? department + " 暂无待办诉求。" : "**" + department + " 待办 " + open.size() + " 条**");
        list(s, open);
        if (!awaitingApproval.isEmpty()) {
            s.append("\n\n**待批准延期 ").append(awaitingApproval.size()).append(" 条**");
            list(s, awaitingApproval);
        }
        return s.toString();
    }

    /** A 查询 of an appeal of another group by someone who has no part in it: nothing of it is told. */
    static String notYours(AppealNumber number) {
        return "诉求 " + number.value() + " 不是本群的诉求, 只能在提交诉求的群里, 或由提交人和承办部门查询。";
    }

    /** "我的诉求": the requester's appeals not yet closed. */
    static String mine(List<Appeal> mine) {
        if (mine.isEmpty()) {
            return "您目前没有办理中的诉求。在群里直接描述遇到的问题即可提交。";
        }
        StringBuilder s = new StringBuilder("**您的诉求 " + mine.size() + " 条**");
        list(s, mine);
        return s.append("\n发送「查询 编号」看详情。").toString();
    }

    private static void list(StringBuilder s, List<Appeal> appeals) {
        appeals.stream().limit(TODO_LINES).forEach(a -> s.append("\n- ").append(a.number().value()).append(' ')
                .append(a.status().label()).append(a.state().overdue() ? " (已超期)" : "")
                .append(" · 期限 ").append(time(a.dueAt())).append(" · ").append(excerpt(a.facts().maskedText())));
        if (appeals.size() > TODO_LINES) {
            s.append("\n- …另有 ").append(appeals.size() - TODO_LINES).append(" 条");
        }
    }
}
