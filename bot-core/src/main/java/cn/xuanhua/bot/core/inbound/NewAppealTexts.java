package cn.xuanhua.bot.core.inbound;

import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.intake.IntakeDraft;
import cn.xuanhua.bot.core.outbound.ChatText;

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
