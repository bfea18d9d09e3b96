package cn.xuanhua.bot.admin.dashboard;

import cn.xuanhua.bot.core.digest.DigestPeriod;
import cn.xuanhua.bot.core.digest.DigestScope;
import cn.xuanhua.bot.core.digest.DigestWindow;
import cn.xuanhua.bot.core.digest.ReportPeriod;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the dashboard's figures lead (docs/rates.md, "Every figure leads to its appeals"). */
class FigureLinksTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DigestPeriod W47 = DigestPeriod.parse("2026-W47");

    private static FigureLinks links(DigestScope scope, ZonedDateTime now) {
        return new FigureLinks(scope, ReportPeriod.of(W47), DigestWindow.of(W47, now, (day, n) -> day.plusDays(n), 1));
    }

    @Test
    void aPastWeeksFiguresRangeOverItsDaysOnTheTimeTheyCountAndOverdueIsAtItsEnd() {
        FigureLinks l = links(DigestScope.everyGroup(), ZonedDateTime.of(2026, 11, 26, 10, 0, 0, 0, ZONE));

        assertThat(l.created("urban")).isEqualTo("/appeals?departmentCode=urban&from=2026-11-16&to=2026-11-22");
        assertThat(l.accepted("urban")).endsWith("&on=accepted");
        assertThat(l.resolved(null)).isEqualTo("/appeals?from=2026-11-16&to=2026-11-22&on=resolved");
        assertThat(l.rated(null)).endsWith("on=rated");
        assertThat(l.overdue("urban")).isEqualTo("/appeals?departmentCode=urban&overdue=true&asOf=2026-11-23T00:00");
        assertThat(l.open(null)).isEqualTo("/appeals?open=true&asOf=2026-11-23T00:00");
    }

    @Test
    void theRunningWeeksOverdueIsNowAndAGroupsScopeIsKept() {
        FigureLinks l = links(DigestScope.group("tw-nanguan"), ZonedDateTime.of(2026, 11, 18, 10, 0, 0, 0, ZONE));

        assertThat(l.overdue(null)).isEqualTo("/appeals?groupCode=tw-nanguan&overdue=true");
        assertThat(l.open(null)).isEqualTo("/appeals?groupCode=tw-nanguan&open=true");
        assertThat(l.created("office-nanguan"))
                .isEqualTo("/appeals?groupCode=tw-nanguan&departmentCode=office-nanguan&from=2026-11-16&to=2026-11-22");
        assertThat(l.createdIn("tw-nanguan", "municipal"))
                .isEqualTo("/appeals?groupCode=tw-nanguan&category=municipal&from=2026-11-16&to=2026-11-22");
    }

    @Test
    void aDepartmentsScopeHoldsEveryLinkToIt() {
        FigureLinks l = links(DigestScope.department("urban"), ZonedDateTime.of(2026, 11, 26, 10, 0, 0, 0, ZONE));

        assertThat(l.created(null)).startsWith("/appeals?departmentCode=urban&");
        assertThat(l.createdIn("tw-nanguan", "municipal")).contains("departmentCode=urban");
    }
}
