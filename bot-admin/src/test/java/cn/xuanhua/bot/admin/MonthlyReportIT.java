package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.support.ProdProfileContext;
import cn.xuanhua.bot.admin.support.ScriptedMonth;
import cn.xuanhua.bot.core.appeal.Appeals;
import cn.xuanhua.bot.core.digest.DigestBuilder;
import cn.xuanhua.bot.core.digest.DigestCounts;
import cn.xuanhua.bot.core.digest.DigestPeriod;
import cn.xuanhua.bot.core.digest.DigestQueries;
import cn.xuanhua.bot.core.digest.DigestScope;
import cn.xuanhua.bot.core.digest.ReportPeriod;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The month report on the prod profile (MariaDB): the scripted September 2025 as JSON and as a workbook; and the
 * dashboard trend's one-pass weekly counts against each week's digest.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthlyReportIT extends ProdProfileContext {
    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    Appeals appeals;
    @Autowired
    DigestQueries queries;
    @Autowired
    DigestBuilder builder;
    @Autowired
    Clock clock;

    @BeforeAll
    void scriptTheMonth() {
        ScriptedMonth.store(appeals, "MRIT");
    }

    @Test
    void theJsonHasTheContractsShapeAndTheMonthsNumbers() throws Exception {
        HttpResponse<String> response = admin().get("/api/reports/monthly?month=" + ScriptedMonth.MONTH);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode r = json.readTree(response.body());
        assertThat(fieldNames(r)).containsExactly("month", "departments", "townships", "categories");
        assertThat(r.get("month").asText()).isEqualTo("2025-09");

        assertThat(r.get("departments")).hasSize(1);
        JsonNode science = r.get("departments").get(0);
        assertThat(fieldNames(science)).containsExactly("code", "name", "created", "accepted", "resolved", "overdue",
                "responseRate", "onTimeRate", "resolutionRate", "satisfactionRate");
        assertThat(science.get("code").asText()).isEqualTo("science");
        assertThat(science.get("name").asText()).isEqualTo("科技局");
        assertThat(science.get("created").asLong()).isEqualTo(2);
        assertThat(science.get("accepted").asLong()).isEqualTo(2);
        assertThat(science.get("resolved").asLong()).isEqualTo(1);
        assertThat(science.get("overdue").asLong()).isEqualTo(1);
        assertThat(science.get("responseRate").asDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(science.get("onTimeRate").asDouble()).isEqualTo(1.0);
        assertThat(science.get("resolutionRate").asDouble()).isEqualTo(1.0);
        assertThat(science.get("satisfactionRate").asDouble()).isEqualTo(1.0);

        assertThat(r.get("townships")).hasSize(1);
        JsonNode nanguan = r.get("townships").get(0);
        assertThat(nanguan.get("code").asText()).isEqualTo("office-nanguan");
        assertThat(nanguan.get("created").asLong()).isEqualTo(1);
        assertThat(nanguan.get("overdue").asLong()).isEqualTo(1);
        assertThat(nanguan.get("responseRate").asDouble()).isEqualTo(1.0);
        assertThat(nanguan.get("onTimeRate").asDouble()).isZero();
        assertThat(nanguan.get("resolutionRate").asDouble()).isZero();
        assertThat(nanguan.get("satisfactionRate").asDouble()).isZero();

        assertThat(r.get("categories")).hasSize(2);
        assertThat(fieldNames(r.get("categories").get(0))).containsExactly("category", "count");
        assertThat(r.get("categories").get(0).get("category").asText()).isEqualTo("政策咨询");
        assertThat(r.get("categories").get(0).get("count").asLong()).isEqualTo(2);
        assertThat(r.get("categories").get(1).get("category").asText()).isEqualTo("市政设施");
    }

    @Test
    void aMonthWithoutAppealsHasEmptyListsNotZeroRates() throws Exception {
        JsonNode r = json.readTree(admin().get("/api/reports/monthly?month=2025-08").body());

        assertThat(r.get("month").asText()).isEqualTo("2025-08");
        assertThat(r.get("departments")).isEmpty();
        assertThat(r.get("townships")).isEmpty();
        assertThat(r.get("categories")).isEmpty();
    }

    @Test
    void theWorkbookOpensAndHoldsTheSameRows() throws Exception {
        HttpResponse<byte[]> response = admin().getBytes("/api/reports/monthly.xlsx?month=" + ScriptedMonth.MONTH);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("2025-09.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            Sheet departments = book.getSheetAt(0);
            assertThat(departments.getSheetName()).contains("部门");
            assertThat(departments.getRow(0).getCell(6).getStringCellValue()).isEqualTo("响应率");
            Row science = departments.getRow(1);
            assertThat(science.getCell(1).getStringCellValue()).isEqualTo("科技局");
            assertThat(science.getCell(2).getNumericCellValue()).isEqualTo(2);
            assertThat(science.getCell(5).getNumericCellValue()).isEqualTo(1);
            assertThat(science.getCell(6).getNumericCellValue()).isEqualTo(0.5);
            assertThat(departments.getLastRowNum()).isEqualTo(1);
            Sheet townships = book.getSheetAt(1);
            assertThat(townships.getRow(1).getCell(0).getStringCellValue()).isEqualTo("office-nanguan");
            assertThat(townships.getRow(1).getCell(7).getNumericCellValue()).isZero();
            Sheet categories = book.getSheetAt(2);
            assertThat(categories.getRow(1).getCell(0).getStringCellValue()).isEqualTo("政策咨询");
            assertThat(categories.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(categories.getRow(2).getCell(0).getStringCellValue()).isEqualTo("市政设施");
        }
    }

    @Test
    void aBadOrMissingMonthIs400WithTheReason() throws Exception {
        for (String query : List.of("?month=2026-13", "?month=abc", "", "?month=", "?month=2099-01")) {
            for (String path : List.of("/api/reports/monthly", "/api/reports/monthly.xlsx")) {
                HttpResponse<String> bad = admin().get(path + query);
                assertThat(bad.statusCode()).as(path + query).isEqualTo(400);
                JsonNode error = json.readTree(bad.body());
                assertThat(error.get("error").asText()).isEqualTo("invalid_input");
                assertThat(error.get("message").asText()).as(path + query).isNotBlank();
            }
        }
        assertThat(json.readTree(admin().get("/api/reports/monthly?month=2026-13").body()).get("message").asText())
                .contains("1–12");
        assertThat(anonymous().get("/api/reports/monthly?month=2025-09").statusCode()).isEqualTo(401);
    }

    @Test
    void theTrendsOnePassPerColumnGivesEachWeeksDigestCounts() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        DigestPeriod first = DigestPeriod.parse("2025-W36");
        ReportPeriod threeWeeks = new ReportPeriod("2025-W36+3", first.monday(), first.monday().plusWeeks(3));

        List<DigestCounts> trend = queries.weeklyTotals(DigestScope.everyGroup(), builder.window(threeWeeks, now));

        assertThat(trend).hasSize(3);
        for (int i = 0; i < 3; i++) {
            DigestPeriod week = new DigestPeriod(first.monday().plusWeeks(i));
            DigestCounts digest = builder.figures(DigestScope.everyGroup(), builder.window(ReportPeriod.of(week), now))
                    .total();
            DigestCounts t = trend.get(i);
            assertThat(List.of(t.created(), t.respondedInTime(), t.resolved(), t.resolvedOnTime(),
                    t.resolvedNotReopened(), t.rated(), t.satisfied())).as(week.isoWeek())
                    .isEqualTo(List.of(digest.created(), digest.respondedInTime(), digest.resolved(),
                            digest.resolvedOnTime(), digest.resolvedNotReopened(), digest.rated(), digest.satisfied()));
        }
        assertThat(trend.get(0).created()).isEqualTo(2);
        assertThat(trend.get(1).created()).isEqualTo(1);
        assertThat(trend.get(2).resolved()).as("南关's, on 15 September").isEqualTo(1);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
