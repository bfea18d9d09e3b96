package cn.xuanhua.bot.core.watch;

import cn.xuanhua.bot.core.appeal.Appeal;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;

import static cn.xuanhua.bot.core.appeal.AppealFormat.excerpt;
import static cn.xuanhua.bot.core.appeal.AppealFormat.time;

/** What the deadline watch says. Reminders go to staff, the escalation to the coordination group: masked. */
final class WatchTexts {

    private WatchTexts() {
    }

    static String responseReminder(Appeal a, String department, int limitDays) {
        return "**超时未受理** " + a.number().value()
                + "\n> 诉求: " + excerpt(a.facts().maskedText())
                + "\n> 承办: " + department + ", 已超过 " + limitDays + " 个工作日未受理"
                + "\n> 办理期限: " + time(a.dueAt())
                + "\n请回复「受理 " + a.number().value() + "」受理, 不属于本部门请「退回 " + a.number().value() + " 理由」。";
    }

    static String dueSoon(Appeal a) {
        return "**临期提醒** " + a.number().value()
                + "\n> 诉求: " + excerpt(a.facts().maskedText())
                + "\n> 办理期限: " + time(a.dueAt()) + " (不足 1 个工作日)"
                + "\n请抓紧办理; 确需延期请回复「延期 " + a.number().value() + " N天 理由」。";
    }

    static String escalation(Appeal a, String department, String handlerName, List<String> leaderNames,
                             ZonedDateTime now) {
        String who = leaderNames.isEmpty() ? "请" + department + "负责同志督办 (未登记部门领导)。"
                : "请 " + String.join("、", leaderNames) + " 督办。";
        return "**诉求超期** " + a.number().value()
                + "\n> 诉求: " + excerpt(a.facts().maskedText())
                + "\n> 承办: " + department + (handlerName == null ? " (尚未受理)" : " (受理人 " + handlerName + ")")
                + "\n> 办理期限: " + time(a.dueAt()) + ", 已超期 " + late(Duration.between(a.dueAt(), now))
                + "\n" + who;
    }

    static String closedUnrated(Appeal a, int windowDays) {
        return "**诉求已结案** " + a.number().value()
                + "\n> 诉求: " + excerpt(a.facts().maskedText())
                + "\n> 办结后 " + windowDays + " 个工作日内未收到评价, 已自动结案 (不计入满意率)。";
    }

    /** How late, in the largest whole unit: 25 分钟, 5 小时, 3 天. */
    static String late(Duration d) {
        if (d.toHours() < 1) {
            return Math.max(d.toMinutes(), 1) + " 分钟";
        }
        return d.toDays() < 1 ? d.toHours() + " 小时" : d.toDays() + " 天";
    }
}
