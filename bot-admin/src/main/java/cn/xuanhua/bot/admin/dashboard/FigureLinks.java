package cn.xuanhua.bot.admin.dashboard;

import cn.xuanhua.bot.core.digest.DigestScope;
import cn.xuanhua.bot.core.digest.DigestWindow;
import cn.xuanhua.bot.core.digest.ReportPeriod;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.format.DateTimeFormatter;

/**
 * Where a figure of the dashboard or the month report leads: {@code /appeals} with the filters that select the
 * appeals it counts (docs/rates.md): the scope (group or department), the department or township office of a ranking
 * row, and the period's days on the time the count is taken on. A rate leads to its denominator: 响应率 to the
 * period's new appeals, 按时办结率 and 解决率 to its resolutions, 满意率 to its ratings. Overdue leads to the appeals
 * overdue at the period's end (now, while it runs).
 *
 * @param scope  whose appeals the dashboard shows
 * @param period the week, month or quarter
 * @param window its moments ({@code asOf} for overdue)
 */
public record FigureLinks(DigestScope scope, ReportPeriod period, DigestWindow window) {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** Appeals created in the period, of {@code department} (null: every one of the scope). */
    public String created(String department) {
        return inPeriod(department, null).toUriString();
    }

    public String accepted(String department) {
        return inPeriod(department, "accepted").toUriString();
    }

    public String resolved(String department) {
        return inPeriod(department, "resolved").toUriString();
    }

    public String rated(String department) {
        return inPeriod(department, "rated").toUriString();
    }

    /** Appeals overdue at the period's end (while it runs: overdue now), of {@code department} or the whole scope. */
    public String overdue(String department) {
        UriComponentsBuilder b = base(department).queryParam("overdue", "true");
        if (!window.partial()) {
            b.queryParam("asOf", window.asOf().toLocalDateTime().format(MINUTE));
        }
        return b.encode().toUriString();
    }

    /** Appeals open at the period's end (while it runs: open now), of {@code department} or the whole scope. */
    public String open(String department) {
        UriComponentsBuilder b = base(department).queryParam("open", "true");
        if (!window.partial()) {
            b.queryParam("asOf", window.asOf().toLocalDateTime().format(MINUTE));
        }
        return b.encode().toUriString();
    }

    /** Appeals of {@code category} created in the period in the group {@code groupCode} (a heat map cell). */
    public String createdIn(String groupCode, String category) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/appeals").queryParam("groupCode", groupCode)
                .queryParam("category", category);
        if (scope.departmentCode() != null) {
            b.queryParam("departmentCode", scope.departmentCode());
        }
        return days(b).encode().toUriString();
    }

    private UriComponentsBuilder inPeriod(String department, String on) {
        UriComponentsBuilder b = days(base(department));
        if (on != null) {
            b.queryParam("on", on);
        }
        return b.encode();
    }

    private UriComponentsBuilder days(UriComponentsBuilder b) {
        return b.queryParam("from", period.first().toString()).queryParam("to", period.last().toString());
    }

    private UriComponentsBuilder base(String department) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/appeals");
        if (scope.groupCode() != null) {
            b.queryParam("groupCode", scope.groupCode());
        }
        String dept = department != null ? department : scope.departmentCode();
        if (dept != null) {
            b.queryParam("departmentCode", dept);
        }
        return b;
    }
}
