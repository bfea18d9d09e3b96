package cn.xuanhua.bot.admin.web.api;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.admin.report.AppealWorkbook;
import cn.xuanhua.bot.admin.web.AppealFilterForm;
import cn.xuanhua.bot.admin.web.ConsoleNames;
import cn.xuanhua.bot.core.appeal.AppealListing;
import cn.xuanhua.bot.core.appeal.AppealQueries;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * {@code GET /api/reports/appeals.xlsx?from=&to=} with the filters of {@code GET /api/appeals}: the appeals created
 * in that range as an Excel workbook, a STAFF account's held to their department. A bad date answers 400 in the
 * API's error body.
 */
@RestController
public class AppealReportController {
    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private final AppealQueries appeals;
    private final ConsoleNames names;
    private final Clock clock;

    public AppealReportController(AppealQueries appeals, ConsoleNames names, Clock clock) {
        this.appeals = appeals;
        this.names = names;
        this.clock = clock;
    }

    @GetMapping("/api/reports/appeals.xlsx")
    public ResponseEntity<byte[]> appeals(ConsoleUser me, AppealFilterForm filter) {
        List<AppealListing> rows = filter.toFilter(me, clock).map(appeals::all).orElse(List.of());
        byte[] workbook = AppealWorkbook.write(rows, names.load(), LocalDateTime.now(clock));
        String name = "诉求" + (filter.from() == null ? "" : "_" + filter.from())
                + (filter.to() == null ? "" : "_" + filter.to()) + ".xlsx";
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(workbook);
    }
}
