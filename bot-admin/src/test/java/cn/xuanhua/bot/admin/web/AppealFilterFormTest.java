package cn.xuanhua.bot.admin.web;

import cn.xuanhua.bot.admin.account.ConsoleRole;
import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.core.appeal.AppealFilter;
import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.org.StaffMember;
import cn.xuanhua.bot.core.org.StaffRole;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The appeal filters of the list page, the API and the export. */
class AppealFilterFormTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final ConsoleUser ADMIN = new ConsoleUser("admin", ConsoleRole.ADMIN, null, null);
    private static final ConsoleUser URBAN = new ConsoleUser("sun", ConsoleRole.STAFF,
            new StaffMember("urban.sun", "孙丽", "urban", StaffRole.STAFF), "城管局");

    private static AppealFilterForm form(String department, String from, String to, Boolean overdue) {
        return new AppealFilterForm("PENDING", " tw-nanguan ", department, "municipal", " 路灯 ", from, to, overdue);
    }

    @Test
    void daysAreInclusiveAndOverdueMeansNow() {
        AppealFilter f = form(null, "2026-11-01", "2026-11-30", true).toFilter(ADMIN, CLOCK).orElseThrow();

        assertThat(f.from()).isEqualTo(LocalDateTime.parse("2026-11-01T00:00"));
        assertThat(f.to()).isEqualTo(LocalDateTime.parse("2026-12-01T00:00"));
        assertThat(f.overdueAt()).isEqualTo(LocalDateTime.parse("2026-11-26T10:00"));
        assertThat(f.groupCode()).isEqualTo("tw-nanguan");
        assertThat(f.query()).isEqualTo("路灯");
    }

    @Test
    void staffAreHeldToTheirDepartmentAndAskingForAnotherFindsNothing() {
        assertThat(form(null, null, null, null).toFilter(URBAN, CLOCK).orElseThrow().departmentCode()).isEqualTo("urban");
        assertThat(form("office-nanguan", null, null, null).toFilter(URBAN, CLOCK)).isEmpty();
        assertThat(form("office-nanguan", null, null, null).toFilter(ADMIN, CLOCK).orElseThrow().departmentCode())
                .isEqualTo("office-nanguan");
    }

    @Test
    void refusesBadDatesAReversedRangeAndAnUnknownStatus() {
        assertThatThrownBy(() -> form(null, "2026-13-01", null, null).toFilter(ADMIN, CLOCK))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("from");
        assertThatThrownBy(() -> form(null, "2026-11-02", "2026-11-01", null).toFilter(ADMIN, CLOCK))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new AppealFilterForm("DONE", null, null, null, null, null, null, null)
                .toFilter(ADMIN, CLOCK)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theQueryStringCarriesTheSetFiltersForLinksAndTheExport() {
        assertThat(form(null, "2026-11-01", null, true).query())
                .isEqualTo("status=PENDING&groupCode=tw-nanguan&category=municipal&q=%E8%B7%AF%E7%81%AF"
                        + "&from=2026-11-01&overdue=true");
        assertThat(AppealFilterForm.none().query()).isEmpty();
    }

    @Test
    void theDashboardsLinksCanRangeOverAnotherTimeAndAskForOverdueAtAMoment() {
        AppealFilter resolved = new AppealFilterForm(null, null, "urban", null, null, "2026-11-16", "2026-11-22", null,
                "resolved", null).toFilter(ADMIN, CLOCK).orElseThrow();
        assertThat(resolved.dated()).isEqualTo(AppealFilter.Dated.RESOLVED);
        assertThat(resolved.from()).isEqualTo(LocalDateTime.parse("2026-11-16T00:00"));
        assertThat(resolved.to()).isEqualTo(LocalDateTime.parse("2026-11-23T00:00"));

        AppealFilter atWeekEnd = new AppealFilterForm(null, null, "urban", null, null, null, null, true, null,
                "2026-11-23T00:00").toFilter(ADMIN, CLOCK).orElseThrow();
        assertThat(atWeekEnd.overdueAsOf()).isEqualTo(LocalDateTime.parse("2026-11-23T00:00"));
        assertThat(atWeekEnd.overdueAt()).as("not overdue now as well").isNull();
        assertThat(atWeekEnd.dated()).isEqualTo(AppealFilter.Dated.CREATED);

        AppealFilter openThen = new AppealFilterForm(null, null, null, null, null, null, null, null, null,
                "2026-11-23T00:00", true).toFilter(ADMIN, CLOCK).orElseThrow();
        assertThat(openThen.openAsOf()).isEqualTo(LocalDateTime.parse("2026-11-23T00:00"));
        assertThat(openThen.overdueAsOf()).isNull();
        assertThat(new AppealFilterForm(null, null, null, null, null, null, null, null, null, null, true)
                .toFilter(ADMIN, CLOCK).orElseThrow().openAsOf()).as("open now").isEqualTo(LocalDateTime.parse("2026-11-26T10:00"));

        assertThat(new AppealFilterForm(null, null, null, null, null, "2026-11-16", null, true, "rated",
                "2026-11-23T00:00").query()).isEqualTo("from=2026-11-16&on=rated&overdue=true&asOf=2026-11-23T00:00");
        assertThat(new AppealFilterForm(null, null, null, null, null, null, null, null, "rated", null).datedLabel())
                .isEqualTo("评价日期");
    }

    @Test
    void refusesAnUnknownTimeAndAMalformedMoment() {
        assertThatThrownBy(() -> new AppealFilterForm(null, null, null, null, null, null, null, null, "closed", null)
                .toFilter(ADMIN, CLOCK)).isInstanceOf(InvalidInputException.class).hasMessageContaining("on");
        assertThatThrownBy(() -> new AppealFilterForm(null, null, null, null, null, null, null, true, null, "yesterday")
                .toFilter(ADMIN, CLOCK)).isInstanceOf(InvalidInputException.class).hasMessageContaining("asOf");
        assertThat(new AppealFilterForm(null, null, null, null, null, null, null, null, "closed", null).datedLabel())
                .isEqualTo("提交日期");
    }
}
