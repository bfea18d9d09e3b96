package cn.xuanhua.bot.admin.web.page;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.admin.dashboard.Dashboard;
import cn.xuanhua.bot.admin.dashboard.FigureLinks;
import cn.xuanhua.bot.admin.report.PeriodReportView;
import cn.xuanhua.bot.core.digest.DigestScope;
import cn.xuanhua.bot.core.digest.PeriodReport;
import cn.xuanhua.bot.core.digest.PeriodReports;
import cn.xuanhua.bot.core.digest.ReportPeriod;
import cn.xuanhua.bot.core.error.ForbiddenException;
import cn.xuanhua.bot.core.error.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /reports?month=2026-11} or {@code ?quarter=2026-Q4}: the district's month (the month report of
 * {@code GET /api/reports/monthly}) or quarter (its three months counted together, rates from the summed counts), with
 * the rankings against the period before, a chart, the categories and, for a quarter, its months side by side.
 * Every figure links to its appeals. A bad month or quarter answers 400 with the reason above this month's report.
 */
@Controller
public class ReportPageController {
    private final PeriodReports reports;
    private final Clock clock;

    public ReportPageController(PeriodReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    /** One month of a quarter, beside the others. */
    public record MonthLine(String month, long created, long accepted, long resolved, long overdue, Double responseRate,
                            Double onTimeRate, Double resolutionRate, Double satisfactionRate) {
        static MonthLine of(PeriodReport r) {
            var c = r.ranked().total();
            var rates = c.rates();
            return new MonthLine(r.period().name(), c.created(), c.accepted(), c.resolved(), c.overdue(),
                    rates.responseRate(), rates.onTimeRate(), rates.resolutionRate(), rates.satisfactionRate());
        }
    }

    @GetMapping("/reports")
    public String report(ConsoleUser me, @RequestParam(required = false) String month,
                         @RequestParam(required = false) String quarter, Model model, HttpServletResponse response) {
        if (!me.readsAllAppeals()) {
            throw new ForbiddenException("月报和季报是全区的统计, 仅限管理员、调度员和领导查看");
        }
        ZonedDateTime now = ZonedDateTime.now(clock);
        ReportPeriod period;
        PeriodReport shown;
        try {
            period = quarter != null && !quarter.isBlank() ? ReportPeriod.quarter(quarter)
                    : month != null && !month.isBlank() ? ReportPeriod.month(month)
                    : ReportPeriod.monthOf(now.toLocalDate());
            shown = reports.report(period, now);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e.getMessage());
            period = ReportPeriod.monthOf(now.toLocalDate());
            shown = reports.report(period, now);
        }
        boolean isQuarter = period.months().size() > 1;
        ReportPeriod before = isQuarter ? ReportPeriod.quarterOf(period.first().minusDays(1))
                : ReportPeriod.monthOf(period.first().minusDays(1));
        PeriodReport previous = reports.report(before, now);
        FigureLinks links = new FigureLinks(DigestScope.everyGroup(), period, shown.window());
        model.addAttribute("report", shown);
        model.addAttribute("view", PeriodReportView.of(shown));
        model.addAttribute("quarter", isQuarter);
        model.addAttribute("previous", before);
        model.addAttribute("links", links);
        model.addAttribute("departments", Dashboard.RankRow.beside(shown.ranked().departments(),
                previous.ranked().departments()));
        model.addAttribute("townships", Dashboard.RankRow.beside(shown.ranked().townships(),
                previous.ranked().townships()));
        model.addAttribute("compared", isQuarter ? "较上季" : "较上月");
        model.addAttribute("months", isQuarter ? period.months().stream().filter(m -> m.begunBy(now))
                .map(m -> MonthLine.of(reports.report(m, now))).toList() : List.of());
        model.addAttribute("pickedMonth", isQuarter ? "" : period.name());
        model.addAttribute("pickedQuarter", isQuarter ? period.name() : "");
        List<String> quarters = recentQuarters(now.toLocalDate());
        if (isQuarter && !quarters.contains(period.name())) {
            quarters.add(period.name());
        }
        model.addAttribute("quarters", quarters);
        model.addAttribute("total", shown.ranked().total());
        return "reports";
    }

    /** This quarter and the seven before, newest first, for the picker. */
    private static List<String> recentQuarters(LocalDate today) {
        ReportPeriod q = ReportPeriod.quarterOf(today);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            names.add(q.name());
            q = ReportPeriod.quarterOf(q.first().minusDays(1));
        }
        return names;
    }
}
