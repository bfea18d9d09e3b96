package cn.xuanhua.bot.admin.dashboard;

import cn.xuanhua.bot.core.digest.DepartmentRank;
import cn.xuanhua.bot.core.digest.DigestCounts;
import cn.xuanhua.bot.core.digest.DigestPeriod;
import cn.xuanhua.bot.core.digest.OverdueAppeal;
import cn.xuanhua.bot.core.digest.Rates;
import cn.xuanhua.bot.core.digest.WeeklyDigest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the console's start page shows for one week and one scope (the district, a group, or a staff member's own
 * department): the four rates and counts, the rankings of departments and township offices with their change
 * against the week before, the category × township heat map, the trend of the last weeks and the most overdue
 * appeals. Every figure carries the link to the appeals behind it ({@link FigureLinks}).
 *
 * @param scopeName   what the figures cover (宣化区, a group or a department)
 * @param groupCode   the group picked, null for the default scope
 * @param week        the week shown
 * @param previous    the week before, which the rankings' trend compares with
 * @param links       where each figure leads
 * @param departments the ranking of district departments and utilities
 * @param townships   the ranking of township and street offices
 * @param heatMap     new appeals of the week per township group and category
 * @param trend       the last weeks, oldest first, the week shown last
 * @param mostOverdue the appeals furthest past their due date at the week's end, most overdue first
 */
public record Dashboard(String scopeName, String groupCode, WeeklyDigest week, DigestPeriod previous,
                        FigureLinks links, List<RankRow> departments, List<RankRow> townships, HeatMap heatMap,
                        List<WeekPoint> trend, List<OverdueAppeal> mostOverdue) {

    /** One week of the trend chart; rates are fractions or null when there was nothing to count. */
    public record WeekPoint(String week, long created, long resolved, Double responseRate, Double onTimeRate,
                            Double resolutionRate, Double satisfactionRate) {
        static WeekPoint of(WeeklyDigest d) {
            return of(d.isoWeek(), d.counts());
        }

        static WeekPoint of(String week, DigestCounts c) {
            Rates r = c.rates();
            return new WeekPoint(week, c.created(), c.resolved(), r.responseRate(), r.onTimeRate(), r.resolutionRate(),
                    r.satisfactionRate());
        }
    }

    /**
     * A department's line of a ranking, beside its line of the week before (null when it had nothing then).
     *
     * @param now    this week's rank, counts and rates
     * @param before last week's, or null
     */
    public record RankRow(DepartmentRank now, DepartmentRank before) {

        /** Each line of {@code now} beside the same department's line of {@code before}. */
        public static List<RankRow> beside(List<DepartmentRank> now, List<DepartmentRank> before) {
            Map<String, DepartmentRank> last = before.stream()
                    .collect(Collectors.toMap(DepartmentRank::departmentCode, r -> r, (a, b) -> a));
            return now.stream().map(r -> new RankRow(r, last.get(r.departmentCode()))).toList();
        }

        /** Change of the rank: {@code ↑2} (two places better), {@code ↓1}, {@code –}, or {@code 新} without a line before. */
        public String rankTrend() {
            if (before == null) {
                return "新";
            }
            int up = before.rank() - now.rank();
            return up > 0 ? "↑" + up : up < 0 ? "↓" + (-up) : "–";
        }

        public String responseTrend() {
            return points(now.rates().responseRate(), before == null ? null : before.rates().responseRate());
        }

        public String onTimeTrend() {
            return points(now.rates().onTimeRate(), before == null ? null : before.rates().onTimeRate());
        }

        public String resolutionTrend() {
            return points(now.rates().resolutionRate(), before == null ? null : before.rates().resolutionRate());
        }

        public String satisfactionTrend() {
            return points(now.rates().satisfactionRate(), before == null ? null : before.rates().satisfactionRate());
        }

        /** The change of a rate in percentage points ({@code ↑12.5}, {@code ↓3.0}, {@code –}); empty without both. */
        static String points(Double now, Double before) {
            if (now == null || before == null) {
                return "";
            }
            double delta = (now - before) * 100;
            if (Math.abs(delta) < 0.05) {
                return "–";
            }
            return String.format(Locale.ROOT, "%s%.1f", delta > 0 ? "↑" : "↓", Math.abs(delta));
        }
    }

    /**
     * The heat map: for each township group (rows) and category (columns) the week's new appeals.
     *
     * @param groups     township groups, {@code [code, name]}
     * @param categories categories that occur, {@code [code, name]}, most frequent first
     * @param cells      non-empty cells
     */
    public record HeatMap(List<Label> groups, List<Label> categories, List<Cell> cells) {
        public boolean isEmpty() {
            return cells.isEmpty();
        }

        /** The count of a cell, 0 when empty (for the table). */
        public long count(String groupCode, String categoryCode) {
            return cells.stream().filter(c -> c.groupCode().equals(groupCode) && c.categoryCode().equals(categoryCode))
                    .mapToLong(Cell::count).findFirst().orElse(0);
        }

        /** The largest cell, for the colour scale. */
        public long max() {
            return cells.stream().mapToLong(Cell::count).max().orElse(0);
        }
    }

    public record Label(String code, String name) {
    }

    /** One cell and the appeals behind it. */
    public record Cell(String groupCode, String categoryCode, long count, String link) {
    }

    /** This week's rates, for the cards. */
    public Rates rates() {
        return week.rates();
    }
}
