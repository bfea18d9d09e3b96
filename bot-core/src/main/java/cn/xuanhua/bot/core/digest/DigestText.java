package cn.xuanhua.bot.core.digest;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A digest as WeCom markdown, complete without its chart and at most {@link #MAX_BYTES} bytes of UTF-8 (WeCom's
 * markdown limit): when the lists do not fit, fewer lines of them are shown, and the rest is counted.
 */
public final class DigestText {
    /** WeCom's limit on a markdown message. */
    public static final int MAX_BYTES = 4096;
    private static final int[] LIST_LINES = {10, 8, 6, 5, 4, 3, 2, 1, 0};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日", Locale.CHINA);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("M月d日 HH:mm", Locale.CHINA);
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.CHINA);

    private DigestText() {
    }

    public static String markdown(WeeklyDigest d) {
        for (int lines : LIST_LINES) {
            String text = render(d, lines);
            if (bytes(text) <= MAX_BYTES) {
                return text;
            }
        }
        return cut(render(d, 0));
    }

    private static String render(WeeklyDigest d, int listLines) {
        StringBuilder sb = new StringBuilder();
        header(sb, d);
        numbers(sb, d);
        rates(sb, d.counts(), d.rates());
        categories(sb, d.topCategories());
        overdue(sb, d, listLines);
        if (d.district() && !(d.departments().isEmpty() && d.townships().isEmpty())) {
            ranking(sb, "部门排名", d.departments(), listLines);
            ranking(sb, "乡镇(街道)排名", d.townships(), listLines);
            sb.append("<font color=\"comment\">排名按四率均值 (无数据的率不计), 同分时超期少者在前</font>");
        }
        return sb.toString().strip();
    }

    private static void header(StringBuilder sb, WeeklyDigest d) {
        sb.append("## ").append(d.district() ? "全区诉求周报" : d.groupName() + " 周报").append('\n');
        sb.append("**").append(d.isoWeek()).append("** ").append(d.period().monday().format(DAY)).append('—')
                .append(d.period().sunday().format(DAY));
        if (d.partial()) {
            sb.append(" (本周截至 ").append(d.window().asOf().format(STAMP)).append(')');
        }
        sb.append('\n');
    }

    private static void numbers(StringBuilder sb, WeeklyDigest d) {
        DigestCounts c = d.counts();
        sb.append("> 新增诉求 **").append(c.created()).append("** 件");
        if (d.businesses() > c.created()) {
            // 并单: one problem reported by several businesses is one appeal; say how many it reached.
            sb.append(" (涉及 **").append(d.businesses()).append("** 家企业)");
        }
        sb.append(" · 受理 **").append(c.accepted())
                .append("** 件 · 办结 **").append(c.resolved()).append("** 件\n");
        sb.append("> 未办结 **").append(c.open()).append("** 件 · 超期 ")
                .append(c.overdue() == 0 ? "**0**" : "<font color=\"warning\">**" + c.overdue() + "**</font>")
                .append(" 件 (截至 ").append(d.window().asOf().format(STAMP)).append(")\n\n");
    }

    private static void rates(StringBuilder sb, DigestCounts c, Rates r) {
        sb.append("**四率**\n");
        rate(sb, "响应率", r.responseRate(), c.respondedInTime(), c.responseDue(),
                c.created() == 0 ? "本周无新增诉求" : "新增诉求均在响应时限内");
        rate(sb, "按时办结率", r.onTimeRate(), c.resolvedOnTime(), c.resolved(), "本周无办结");
        rate(sb, "解决率", r.resolutionRate(), c.resolvedNotReopened(), c.resolved(), "本周无办结");
        rate(sb, "满意率", r.satisfactionRate(), c.satisfied(), c.rated(), "本周无评价");
        sb.append('\n');
    }

    private static void rate(StringBuilder sb, String name, Double value, long part, long whole, String none) {
        sb.append("> ").append(name).append(' ');
        if (value == null) {
            sb.append("— (").append(none).append(")\n");
        } else {
            sb.append("**").append(percent(value)).append("** (").append(part).append('/').append(whole).append(")\n");
        }
    }

    private static void categories(StringBuilder sb, List<CategoryCount> top) {
        if (top.isEmpty()) {
            return;
        }
        sb.append("**热点类别** ");
        for (int i = 0; i < top.size(); i++) {
            CategoryCount c = top.get(i);
            sb.append(i == 0 ? "" : " · ").append(c.categoryName()).append(' ').append(c.count()).append(" 件");
        }
        sb.append("\n\n");
    }

    private static void overdue(StringBuilder sb, WeeklyDigest d, int listLines) {
        long total = d.counts().overdue();
        sb.append("**超期诉求** ").append(total == 0 ? "无" : total + " 件").append('\n');
        List<OverdueAppeal> shown = d.overdueAppeals().subList(0, Math.min(listLines, d.overdueAppeals().size()));
        for (OverdueAppeal a : shown) {
            sb.append("> ").append(a.number()).append(" · ").append(a.departmentName()).append(" · 期限 ")
                    .append(a.dueAt().format(DUE)).append('\n');
        }
        if (total > shown.size() && listLines > 0) {
            sb.append("> 另有 ").append(total - shown.size()).append(" 件, 详见管理后台\n");
        }
        sb.append('\n');
    }

    private static void ranking(StringBuilder sb, String title, List<DepartmentRank> ranks, int listLines) {
        if (ranks.isEmpty()) {
            return;
        }
        sb.append("**").append(title).append("**\n");
        List<DepartmentRank> shown = ranks.subList(0, Math.min(listLines, ranks.size()));
        for (DepartmentRank r : shown) {
            Rates x = r.rates();
            sb.append(r.rank()).append(". ").append(r.departmentName()).append(" 响应").append(shortPercent(x.responseRate()))
                    .append(" 按时").append(shortPercent(x.onTimeRate())).append(" 解决")
                    .append(shortPercent(x.resolutionRate())).append(" 满意").append(shortPercent(x.satisfactionRate()))
                    .append(" 超期").append(r.counts().overdue()).append('\n');
        }
        if (ranks.size() > shown.size()) {
            sb.append("……共 ").append(ranks.size()).append(" 个单位, 其余见管理后台\n");
        }
        sb.append('\n');
    }

    /** 0.6667 → 66.7% */
    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    private static String shortPercent(Double fraction) {
        return fraction == null ? "—" : String.format(Locale.ROOT, "%.0f%%", fraction * 100);
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The longest prefix within the limit, cut at a line end: only reached with absurdly long names. */
    private static String cut(String text) {
        String s = text;
        while (bytes(s) > MAX_BYTES - 4) {
            int nl = s.lastIndexOf('\n');
            s = nl > 0 ? s.substring(0, nl) : s.substring(0, s.length() / 2);
        }
        return s + "\n…";
    }
}
