package cn.xuanhua.bot.core.inbound;

import cn.xuanhua.bot.core.command.FileNewAppeal;
import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.intake.IntakeDraft;
import cn.xuanhua.bot.core.outbound.ChatText;

import java.time.ZonedDateTime;

import static cn.xuanhua.bot.core.appeal.AppealFormat.excerpt;
import static cn.xuanhua.bot.core.appeal.AppealFormat.time;

/** The words of a new appeal: the answer in the group (masked) and the notice to the department (original text). */
final class NewAppealTexts {
    private NewAppealTexts() {
    }

    /** @param requester the requester's name, or their masked userid when WeCom has none */
    static String registered(Appeal appeal, IntakeDraft draft, String department, String requester) {
        String n = appeal.number().value();
        return "**诉求已登记** " + n
                + "\n> 提交人: " + ChatText.md(requester)
                + "\n> 诉求: " + excerpt(draft.maskedText())
                + "\n> 类别: " + draft.category().name() + " · 承办: " + department
                + "\n> 办理期限: " + time(draft.dueAt()) + (draft.urgent() ? " (按您提出的时间加急)" : "")
                + "\n\n回复「查询 " + n + "」可随时查看进度。";
    }

    /**
     * 并单: the writer's message joined an open appeal; in the group, masked.
     *
     * @param meToo joined as a "me too" in the thread ({@code MeToo}): the bot guessed which appeal the reply
     *              answers, so the writer is told how to file their own instead
     */
    static String joined(Appeal appeal, String department, boolean repeat, boolean meToo) {
        String n = appeal.number().value();
        return (repeat ? "**您已反映过此问题** " : "**同一问题已在办理 (并单)** ") + n
                + "\n> 诉求: " + excerpt(appeal.facts().maskedText())
                + "\n> 当前状态: " + appeal.status().label() + " · 承办: " + department
                + " · 办理期限: " + time(appeal.dueAt())
                + (repeat ? "\n> 您的补充已记入该诉求。" : "\n> 您已列为该诉求的第 " + appeal.requesters().size()
                + " 位诉求人, 办理进展和结果都会告知您。")
                + (meToo ? "\n> 如果不是同一问题, 请" + FileNewAppeal.WAY_BACK : "")
                + "\n\n回复「查询 " + n + "」可随时查看进度。";
    }

    /**
     * 并单: the handling staff learn who else reported the problem, with the original words.
     *
     * @param statedDeadline the time the joining writer asked for (intake's reading of their words), or null: the
     *                       appeal's due date stays, but its handler sees who needs it sooner
     */
    static String joinedToStaff(Appeal appeal, String writer, String originalText, boolean repeat,
                                ZonedDateTime statedDeadline) {
        String n = appeal.number().value();
        return (repeat ? "**诉求人再次反映** " : "**并单: 新增诉求人** ") + n
                + "\n> 诉求人 " + writer + (repeat ? "" : " · 共 " + appeal.requesters().size() + " 位")
                + "\n> 原文: " + ChatText.md(originalText)
                + (statedDeadline == null ? "" : "\n> 该诉求人要求: " + time(statedDeadline) + " 前");
    }

    static String toStaff(Appeal appeal, IntakeDraft draft, String groupName, String requester) {
        String n = appeal.number().value();
        return "**新诉求待受理** " + n
                + "\n> 来自: " + groupName + " · 提交人 " + ChatText.md(requester)
                + "\n> 原文: " + ChatText.md(appeal.facts().originalText())
                + "\n> 类别: " + draft.category().name() + " · 办理期限: " + time(draft.dueAt())
                + (draft.urgent() ? " (加急)" : "")
                + "\n\n回复「受理 " + n + "」受理, 「退回 " + n + " 理由」退回调度。";
    }
}
