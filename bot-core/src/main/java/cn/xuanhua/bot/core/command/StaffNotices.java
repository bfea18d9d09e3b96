package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealStatus;

import static cn.xuanhua.bot.core.appeal.AppealFormat.time;
import static cn.xuanhua.bot.core.outbound.ChatText.md;

/**
 * Private notices to department staff. The handling department may read the original text, so it is shown
 * here; these never go to a group.
 */
final class StaffNotices {

    private StaffNotices() {
    }

    /** To the department an appeal was transferred, re-assigned or returned to. */
    static String arrived(Appeal appeal, Actor by, String how, String note) {
        return "**新到诉求** " + appeal.number().value() + " (" + how + ", " + md(by.name()) + ")"
                + "\n> " + md(note)
                + "\n> 诉求: " + md(appeal.facts().originalText())
                + "\n> 办理期限: " + time(appeal.dueAt())
                + "\n请回复「受理 " + appeal.number().value() + "」受理。";
    }

    /** To the department that no longer handles it. */
    static String left(Appeal appeal, Actor by, String note) {
        return "诉求 " + appeal.number().value() + " 已由 " + md(by.name()) + " 移交: " + md(note);
    }

    static String extensionRequested(Appeal appeal, Actor by, String department, String note) {
        return "**延期申请** " + appeal.number().value() + " (" + department + " " + md(by.name()) + ")"
                + "\n> " + md(note)
                + "\n> 当前办理期限: " + time(appeal.dueAt())
                + "\n同意请回复「批准延期 " + appeal.number().value() + "」。";
    }

    static String extensionApproved(Appeal appeal, Actor by) {
        return "诉求 " + appeal.number().value() + " 的延期已由 " + md(by.name()) + " 批准, 新的办理期限: "
                + time(appeal.dueAt());
    }

    static String extensionRejected(Appeal appeal, Actor by, String note) {
        return "诉求 " + appeal.number().value() + " 的延期申请未获 " + md(by.name()) + " 批准 (" + md(note)
                + "), 办理期限仍为 " + time(appeal.dueAt()) + "。";
    }

    static String supervised(Appeal appeal, Actor by, String note) {
        return "**督办** " + appeal.number().value() + " (" + md(by.name()) + ")"
                + "\n> " + md(note)
                + "\n> 状态: " + appeal.status().label() + ", 办理期限: " + time(appeal.dueAt());
    }

    /**
     * A 补充 reaches the handler; one that intake made of the requester's free text says so, since it may be another
     * matter, which the requester can file with 新诉求.
     */
    static String supplemented(Appeal appeal, String note, boolean inferred) {
        return "诉求 " + appeal.number().value() + " 的提交人补充: " + md(note)
                + (inferred ? "\n> 这条补充是群消息按内容归入的; 如是另一件事, 可请提交人"
                + FileNewAppeal.WAY_BACK : "");
    }

    static String rated(Appeal appeal, String note) {
        String tail = appeal.status() == AppealStatus.ACCEPTED ? ", 诉求已重新打开, 请继续办理并再次办结。" : "。";
        return "诉求 " + appeal.number().value() + " 收到评价「" + md(note) + "」" + tail;
    }
}
