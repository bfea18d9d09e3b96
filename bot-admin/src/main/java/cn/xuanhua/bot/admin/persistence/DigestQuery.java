package cn.xuanhua.bot.admin.persistence;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The parameters of the digest statements in {@link DigestMapper}: the week as local times in the bot's zone (as
 * the columns store them), the scope, and the response limit of each day of the week.
 *
 * @param start          Monday 00:00
 * @param end            the next Monday 00:00 (exclusive)
 * @param asOf           when open and overdue appeals are counted
 * @param groupCode      only this group's appeals, or null
 * @param departmentCode only this department's appeals, or null
 * @param days           appeals created before {@code until} count as answered in time when accepted by
 *                       {@code created_at + addDays} days; Monday first
 * @param limit          rows wanted by the list statements
 * @param weeks          for the trend statements, the window's weeks (empty otherwise)
 * @param responseJudgedAt for the week still running, the moment 响应率 is judged at (an appeal whose response limit
 *                       ends later and that is not accepted yet counts neither way); null for a past week
 */
public record DigestQuery(LocalDateTime start, LocalDateTime end, LocalDateTime asOf, String groupCode,
                          String departmentCode, List<Day> days, int limit, LocalDateTime responseJudgedAt,
                          List<Week> weeks) {

    public DigestQuery(LocalDateTime start, LocalDateTime end, LocalDateTime asOf, String groupCode,
                       String departmentCode, List<Day> days, int limit, LocalDateTime responseJudgedAt) {
        this(start, end, asOf, groupCode, departmentCode, days, limit, responseJudgedAt, List.of());
    }

    /** The weeks of a trend statement: times before {@code until} (and after the week before) are week {@code index}. */
    public record Week(LocalDateTime until, int index) {
    }

    /** One day of the week's response limit. */
    public record Day(LocalDateTime until, int addDays) {
    }
}
