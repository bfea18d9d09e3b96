package cn.xuanhua.bot.admin.dashboard;

import cn.xuanhua.bot.core.digest.OverdueAppeal;
import cn.xuanhua.bot.core.digest.WeeklyDigest;

import java.util.List;

/**
 * What the console's start page shows: this week's four rates and counts for the person's scope (the district, or a
 * staff member's own department), the trend of the last weeks, and the most overdue appeals.
 *
 * @param scopeName what the figures cover (宣化区 or a department)
 * @param thisWeek  this week so far
 * @param trend     the last weeks, oldest first, this week last
 * @param mostOverdue the open appeals furthest past their due date, most overdue first
 */
public record Dashboard(String scopeName, WeeklyDigest thisWeek, List<WeekPoint> trend, List<OverdueAppeal> mostOverdue) {

    /** One week of the trend chart; rates are fractions or null when there was nothing to count. */
    public record WeekPoint(String week, long created, long resolved, Double responseRate, Double onTimeRate,
                            Double resolutionRate, Double satisfactionRate) {
        static WeekPoint of(WeeklyDigest d) {
            return new WeekPoint(d.isoWeek(), d.counts().created(), d.counts().resolved(), d.rates().responseRate(),
                    d.rates().onTimeRate(), d.rates().resolutionRate(), d.rates().satisfactionRate());
        }
    }
}
