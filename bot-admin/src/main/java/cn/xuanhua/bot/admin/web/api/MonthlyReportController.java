package cn.xuanhua.bot.admin.web.api;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.admin.report.PeriodReportView;
import cn.xuanhua.bot.admin.report.PeriodWorkbook;
import cn.xuanhua.bot.core.digest.PeriodReports;
import cn.xuanhua.bot.core.digest.ReportPeriod;
import cn.xuanhua.bot.core.error.ForbiddenException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZonedDateTime;

/**
 * {@code GET /api/reports/monthly?month=2026-11} and {@code GET /api/reports/monthly.xlsx?month=} (docs/api.md): the
 * district's month per department, per township office and per category, with the digests' rates (docs/rates.md).
 * A missing or malformed month, or one not begun, answers 400. District-wide figures: not for STAFF accounts (403).
 */
@RestController
public class MonthlyReportController {
    private final PeriodReports reports;
    private final Clock clock;

    public MonthlyReportController(PeriodReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/api/reports/monthly")
    public PeriodReportView monthly(ConsoleUser me, @RequestParam(required = false) String month) {
        return report(me, month);
    }

    @GetMapping("/api/reports/monthly.xlsx")
    public ResponseEntity<byte[]> monthlyWorkbook(ConsoleUser me, @RequestParam(required = false) String month) {
        PeriodReportView report = report(me, month);
        return ResponseEntity.ok()
                .contentType(AppealReportController.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("月报_" + report.month() + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .body(PeriodWorkbook.write(report));
    }

    private PeriodReportView report(ConsoleUser me, String month) {
        if (!me.readsAllAppeals()) {
            throw new ForbiddenException("月报是全区的统计, 仅限管理员、调度员和领导查看");
        }
        ReportPeriod period = ReportPeriod.month(month);
        return PeriodReportView.of(reports.report(period, ZonedDateTime.now(clock)));
    }
}
