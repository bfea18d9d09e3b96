package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Appeal;

import static cn.xuanhua.bot.core.appeal.AppealFormat.excerpt;
import static cn.xuanhua.bot.core.appeal.AppealFormat.time;
import static cn.xuanhua.bot.core.outbound.ChatText.md;

/**
 * What the bot posts into the group an appeal came from. Groups see the masked text only; staff notes passed
 * in here are masked by the caller.
 */
final class GroupPosts {

    private GroupPosts() {
    }

    /** @param handlingParty the department and the handler, as {@link cn.xuanhua.bot.core.appeal.AppealFormat#handlingParty} writes them */
    static String accepted(Appeal appeal, String handlingParty) {
        return head("诉求已受理", appeal)
                + "\n> 承办: " + handlingParty
                + "\n> 办理期限: " + time(appeal.dueAt());
    }

    static String progress(Appeal appeal, String maskedNote) {
        return head("办理进展", appeal) + "\n> 进展: " + md(maskedNote);
    }

    /** 办结, with the request to rate: the requester answers with the word and the number. */
    static String resolved(Appeal appeal, String maskedResult) {
        String n = appeal.number().value();
        return head("诉求已办结", appeal) + "\n> 办理结果: " + md(maskedResult)
                + "\n\n请提交人 (每位诉求人均可) 回复「满意 " + n + "」「基本满意 " + n + "」或「不满意 " + n + "」评价办理结果。";
    }

    static String moved(Appeal appeal, String department) {
        return head("诉求已转办", appeal) + "\n> 已转至 " + department + " 办理, 办理期限不变: " + time(appeal.dueAt());
    }

    /** 退回: the department that had it says it is not theirs; the dispatcher will send it on. */
    static String returned(Appeal appeal, String dispatcher) {
        return head("诉求重新分派", appeal) + "\n> 原承办单位已退回, 由 " + dispatcher + " 重新分派, 办理期限不变: "
                + time(appeal.dueAt());
    }

    /** 延期 asked for: the group sees the request; only an approval moves the due date. */
    static String extensionRequested(Appeal appeal, int workingDays) {
        return head("承办单位申请延期", appeal) + "\n> 申请延长 " + workingDays + " 个工作日, 待批准; 当前办理期限: "
                + time(appeal.dueAt());
    }

    static String supervised(Appeal appeal, String supervisorName) {
        return head("诉求已督办", appeal) + "\n> 督办人: " + md(supervisorName) + "\n> 办理期限: " + time(appeal.dueAt());
    }

    static String extended(Appeal appeal) {
        return head("办理期限已延长", appeal) + "\n> 经批准延期, 新的办理期限: " + time(appeal.dueAt());
    }

    /** 并单 by hand: the group hears that two appeals are one problem and where it is handled. */
    static String merged(Appeal kept, Appeal away) {
        return head("诉求已并单", kept) + "\n> " + away.number().value() + " 与本诉求为同一问题, 已并入本诉求统一办理"
                + "\n> 当前状态: " + kept.status().label() + " · 办理期限: " + time(kept.dueAt())
                + "\n> 诉求人共 " + kept.requesters().size() + " 位, 办理进展和结果都会告知。";
    }

    /** 拆单: the appeal merged away is handled on its own again. */
    static String split(Appeal away, Appeal kept) {
        return head("诉求已拆单", away) + "\n> 已从 " + kept.number().value() + " 拆出, 恢复单独办理"
                + "\n> 当前状态: " + away.status().label() + " · 办理期限: " + time(away.dueAt());
    }

    private static String head(String title, Appeal appeal) {
        return "**" + title + "** " + appeal.number().value() + "\n> 诉求: " + excerpt(appeal.facts().maskedText());
    }
}
