package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.learning.LearnedRoutingService;
import cn.xuanhua.bot.admin.support.Await;
import cn.xuanhua.bot.admin.support.BotInstance;
import cn.xuanhua.bot.core.learning.Learned;
import cn.xuanhua.bot.admin.support.FakeWeComServer;
import cn.xuanhua.bot.admin.support.Http;
import cn.xuanhua.bot.admin.support.TestServices;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue as a workbook on MariaDB (docs/intake.md, "The catalogue as a workbook"): exported and imported back
 * it changes nothing; an edited workbook is checked and measured first, then replaces the catalogue in one step with
 * its audit entry and routes the next message; a workbook with a bad row, a file that is no workbook, a candidate
 * changed on the way and a catalogue edited since the trial change nothing; only an administrator imports.
 */
class CatalogueImportIT {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String LEADER_PASSWORD = "leader-catalogue-123";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern HIDDEN = Pattern.compile("name=\"(candidate|fingerprint)\" value=\"([^\"]*)\"");
    private static FakeWeComServer wecom;
    private static BotInstance bot;
    private static String database;
    private static String redisNamespace;

    @BeforeAll
    static void start() {
        wecom = new FakeWeComServer();
        database = TestServices.freshMariaDbDatabase("catalogue_import");
        redisNamespace = TestServices.freshRedisNamespace();
        bot = BotInstance.start(database, redisNamespace, wecom.baseUrl());
        bot.admin().postJson("/api/staff", "{\"userId\":\"leader.catalogue\",\"name\":\"区领导 目录\","
                + "\"departmentCode\":\"office-nanguan\",\"role\":\"LEADER\"}");
        bot.admin().postForm("/staff/leader.catalogue/account", Map.of("username", "leader.catalogue",
                "password", LEADER_PASSWORD));
    }

    @AfterAll
    static void stop() {
        bot.close();
        wecom.close();
    }

    @Test
    void anExportedWorkbookImportedBackChangesNothing() throws Exception {
        byte[] exported = export();
        HttpResponse<String> trial = bot.admin().postBytes("/rules/catalogue/import/trial", exported, XLSX);

        assertThat(trial.statusCode()).as(trial.body()).isEqualTo(200);
        assertThat(trial.body()).contains("工作簿与当前目录相同").contains("新增事项 0 个, 修改 0 个, 删除 0 个")
                .doesNotContain("确认导入");
        int matters = bot.db().queryForObject("SELECT COUNT(*) FROM responsibility_matter", Integer.class);
        assertThat(trial.body()).contains("不变 " + matters + " 个");
    }

    @Test
    void anEditedWorkbookIsMeasuredFirstThenReplacesTheCatalogueAndRoutesTheNextMessage() throws Exception {
        long auditBefore = auditTotal();
        String removed = bot.db().queryForObject("SELECT code FROM responsibility_matter ORDER BY sort_order DESC LIMIT 1",
                String.class);
        byte[] edited = edit(export(), matters -> {
            // street lights to the street office instead of 城管, a matter of words no catalogue knows, the last
            // matter gone
            Row lights = find(matters, "street-lights");
            lights.getCell(3).setCellValue("属地");
            Row added = matters.createRow(matters.getLastRowNum() + 1);
            String[] cells = {"mill-oil-leak", "碾坊漏油", "municipal", "城管局", "", "碾坊漏油:8, 碾子漏油:7", "", "", "导入测试"};
            for (int c = 0; c < cells.length; c++) {
                added.createCell(c).setCellValue(cells[c]);
            }
            matters.removeRow(find(matters, removed));
        });

        HttpResponse<String> trial = bot.admin().postBytes("/rules/catalogue/import/trial", edited, XLSX);
        assertThat(trial.statusCode()).as(trial.body()).isEqualTo(200);
        assertThat(trial.body()).contains("新增事项 1 个, 修改 1 个, 删除 1 个").contains("mill-oil-leak")
                .contains("承办: urban → LOCAL").contains("试算: 已标注诉求按规则派单").contains("确认导入");
        // The labelled street-light appeals of street groups now go to the street office: the trial lists them.
        assertThat(trial.body()).containsPattern("派往的单位变了的诉求: [1-9]\\d* 条");
        assertThat(trial.body()).contains("计入写作者也认可的单位");
        assertThat(bot.db().queryForObject("SELECT owner_code FROM responsibility_matter WHERE code = 'street-lights'",
                String.class)).as("a trial stores nothing").isEqualTo("urban");
        assertThat(auditTotal()).isEqualTo(auditBefore);

        LearnedRoutingService learned = bot.bean(LearnedRoutingService.class);
        Learned trainedBefore = learned.current();
        HttpResponse<String> imported = bot.admin().postForm("/rules/catalogue/import", hidden(trial.body()));
        assertThat(imported.statusCode()).isEqualTo(302);
        assertThat(bot.db().queryForObject("SELECT owner_code FROM responsibility_matter WHERE code = 'street-lights'",
                String.class)).isEqualTo("LOCAL");
        assertThat(bot.db().queryForObject("SELECT COUNT(*) FROM responsibility_matter WHERE code IN (?, ?)",
                Integer.class, "mill-oil-leak", removed)).isEqualTo(1);
        JsonNode entry = JSON.readTree(bot.admin().get("/api/audit?page=1&size=1").body()).get("items").get(0);
        assertThat(entry.get("action").asText()).isEqualTo("导入派单目录");
        assertThat(entry.get("detail").asText()).contains("新增 1, 修改 1, 删除 1").contains("新增: mill-oil-leak")
                .contains("删除: " + removed).contains("单位称呼");

        JsonNode preview = JSON.readTree(bot.admin().postJson("/api/appeals/preview",
                "{\"text\":\"我们村口的碾坊漏油了,麻烦来人看看\",\"groupCode\":\"tw-nanguan\"}").body());
        assertThat(preview.get("matterCode").asText()).isEqualTo("mill-oil-leak");
        // The models read the catalogue's matters: they are trained again on the imported one, off the request.
        Await.until("models retrained on the imported catalogue", Duration.ofSeconds(90),
                () -> learned.current() != trainedBefore);
        assertThat(learned.current().routing().report().examples()).isPositive();
    }

    @Test
    void aCatalogueOfThousandsOfMattersGoesThroughAndTheExportTakenBeforeUndoesIt() throws Exception {
        byte[] backup = export();
        List<String> codesBefore = bot.db().queryForList(
                "SELECT code FROM responsibility_matter ORDER BY sort_order, id", String.class);
        int stored = bot.db().queryForObject("SELECT COUNT(*) FROM responsibility_matter", Integer.class);
        byte[] large = edit(backup, matters -> {
            String category = matters.getRow(1).getCell(2).getStringCellValue();
            for (int i = 0; i < 2500; i++) {
                Row row = matters.createRow(matters.getLastRowNum() + 1);
                String[] cells = {"bulk-" + i, "批量事项第" + i + "项", category, "城管局", "", "批量说法甲" + i + ":6, 批量说法乙" + i,
                        "", "", "三定方案里的一条很长的说明, 让每行都像真实的权责清单那样带着依据和出处"};
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
        });

        HttpResponse<String> trial = bot.admin().postBytes("/rules/catalogue/import/trial", large, XLSX);
        assertThat(trial.statusCode()).isEqualTo(200);
        assertThat(trial.body()).contains("新增事项 2500 个");
        assertThat(bot.admin().postForm("/rules/catalogue/import", hidden(trial.body())).statusCode()).isEqualTo(302);
        assertThat(bot.db().queryForObject("SELECT COUNT(*) FROM responsibility_matter", Integer.class))
                .isEqualTo(stored + 2500);

        HttpResponse<String> undo = bot.admin().postBytes("/rules/catalogue/import/trial", backup, XLSX);
        assertThat(undo.body()).contains("删除 2500 个");
        assertThat(bot.admin().postForm("/rules/catalogue/import", hidden(undo.body())).statusCode()).isEqualTo(302);
        // As it was, order included: the backup now changes nothing (terms are stored as the form writes them).
        assertThat(bot.admin().postBytes("/rules/catalogue/import/trial", backup, XLSX).body())
                .contains("工作簿与当前目录相同");
        assertThat(bot.db().queryForList("SELECT code FROM responsibility_matter ORDER BY sort_order", String.class))
                .isEqualTo(codesBefore);
    }

    @Test
    void anotherInstanceRoutesByTheImportedCatalogueAndRetrainsOnItWithinItsRefreshInterval() throws Exception {
        BotInstance second = BotInstance.start(database, redisNamespace, wecom.baseUrl(),
                "--bot.intake.refresh-interval=PT2S");
        try {
            LearnedRoutingService there = second.bean(LearnedRoutingService.class);
            Learned before = there.current();
            byte[] edited = edit(export(), matters -> {
                Row added = matters.createRow(matters.getLastRowNum() + 1);
                String[] cells = {"kiln-smoke-two", "砖窑冒烟", matters.getRow(1).getCell(2).getStringCellValue(),
                        "城管局", "", "砖窑冒黑烟:8", "", "", "第二个实例"};
                for (int c = 0; c < cells.length; c++) {
                    added.createCell(c).setCellValue(cells[c]);
                }
            });
            HttpResponse<String> trial = bot.admin().postBytes("/rules/catalogue/import/trial", edited, XLSX);
            assertThat(bot.admin().postForm("/rules/catalogue/import", hidden(trial.body())).statusCode())
                    .isEqualTo(302);

            // Imported on the first instance: the second reads the catalogue within its refresh interval and trains
            // its models on it, as the first does, so the two agree.
            Await.until("the second instance routes by the imported catalogue", Duration.ofSeconds(30),
                    () -> second.admin().postJson("/api/appeals/preview",
                            "{\"text\":\"村东头的砖窑冒黑烟好几天了\",\"groupCode\":\"tw-nanguan\"}").body()
                            .contains("\"matterCode\":\"kiln-smoke-two\""));
            Await.until("the second instance retrained on it", Duration.ofSeconds(90), () -> there.current() != before);
            LearnedRoutingService here = bot.bean(LearnedRoutingService.class);
            Await.until("the first instance retrained on it", Duration.ofSeconds(90),
                    () -> here.current().routing().report().trainedAt().isAfter(before.routing().report().trainedAt()));
            assertThat(there.current().routing().report()).usingRecursiveComparison()
                    .ignoringFields("trainedAt", "trainingMillis").isEqualTo(here.current().routing().report());
        } finally {
            second.close();
        }
    }

    @Test
    void aWorkbookWithBadRowsListsThemAllAndChangesNothing() throws Exception {
        String before = catalogueState();
        long auditBefore = auditTotal();
        byte[] bad = edit(export(), matters -> {
            matters.getRow(1).getCell(3).setCellValue("月球管理局");
            matters.getRow(2).getCell(0).setCellValue(matters.getRow(3).getCell(0).getStringCellValue());
            matters.getRow(4).getCell(5).setCellFormula("1+1");
        });

        HttpResponse<String> trial = bot.admin().postBytes("/rules/catalogue/import/trial", bad, XLSX);

        assertThat(trial.statusCode()).isEqualTo(400);
        assertThat(trial.body()).contains("有公式").doesNotContain("确认导入");
        byte[] badRows = edit(export(), matters -> {
            matters.getRow(1).getCell(3).setCellValue("月球管理局");
            matters.getRow(2).getCell(0).setCellValue(matters.getRow(3).getCell(0).getStringCellValue());
            matters.getRow(5).getCell(5).setCellValue("");
        });
        HttpResponse<String> listed = bot.admin().postBytes("/rules/catalogue/import/trial", badRows, XLSX);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains("工作簿有误, 没有导入").contains("未知的承办单位: 月球管理局")
                .contains("与第 3 行重复").contains("至少要有一个词").doesNotContain("确认导入");
        assertThat(catalogueState()).isEqualTo(before);
        assertThat(auditTotal()).isEqualTo(auditBefore);
    }

    @Test
    void twoPhrasesTheDatabaseHoldsForOneAreRefusedWithNothingChanged() throws Exception {
        byte[] exported = export();
        byte[] widths;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exported));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet phrases = book.getSheet("单位称呼");
            int last = phrases.getLastRowNum();
            phrases.createRow(last + 1).createCell(0).setCellValue("ETC办理点");
            phrases.getRow(last + 1).createCell(1).setCellValue("城管局");
            phrases.createRow(last + 2).createCell(0).setCellValue("ＥＴＣ办理点");
            phrases.getRow(last + 2).createCell(1).setCellValue("城管局");
            book.write(out);
            widths = out.toByteArray();
        }
        String before = catalogueState();
        HttpResponse<String> trial = bot.admin().postBytes("/rules/catalogue/import/trial", widths, XLSX);
        assertThat(trial.statusCode()).isEqualTo(200);

        HttpResponse<String> refused = bot.admin().postForm("/rules/catalogue/import", hidden(trial.body()));

        assertThat(refused.statusCode()).as("a clear refusal, not a 500").isEqualTo(302);
        assertThat(catalogueState()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNoWorkbookOrNoFileAtAllGetsAClearError() {
        HttpResponse<String> text = bot.admin().postBytes("/rules/catalogue/import/trial",
                "代码,名称\nstreet-lights,路灯".getBytes(), XLSX);
        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(text.body()).contains("无法读取这个文件");
        HttpResponse<String> empty = bot.admin().postBytes("/rules/catalogue/import/trial", new byte[0], XLSX);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("没有收到文件");
    }

    @Test
    void aCandidateChangedOnTheWayOrACatalogueEditedSinceTheTrialIsNotImported() throws Exception {
        byte[] edited = edit(export(), matters -> find(matters, "street-lights").getCell(1).setCellValue("城区路灯 (改)"));
        Map<String, String> carried = hidden(bot.admin().postBytes("/rules/catalogue/import/trial", edited, XLSX).body());
        String before = catalogueState();

        String tampered = pack(unpack(carried.get("candidate"))
                .replaceFirst("\"ownerCode\":\"[^\"]+\"", "\"ownerCode\":\"nobody\""));
        for (String candidate : List.of(tampered, "not-a-candidate", "")) {
            HttpResponse<String> refused = bot.admin().postForm("/rules/catalogue/import",
                    Map.of("candidate", candidate, "fingerprint", carried.get("fingerprint")));
            assertThat(refused.statusCode()).isEqualTo(302);
            assertThat(refused.headers().firstValue("Location").orElse("")).endsWith("/rules/catalogue");
            assertThat(catalogueState()).isEqualTo(before);
        }

        assertThat(bot.admin().postForm("/rules/catalogue/agencies", Map.of("phrase", "试算后的称呼", "unit", "urban"))
                .statusCode()).isEqualTo(302);
        String edit = catalogueState();
        assertThat(bot.admin().postForm("/rules/catalogue/import", carried).statusCode()).isEqualTo(302);
        assertThat(catalogueState()).as("edited since the trial: not imported").isEqualTo(edit);
    }

    @Test
    void twoImportsOfOneTrialAtOnceStoreItOnce() throws Exception {
        byte[] edited = edit(export(), matters -> find(matters, "street-lights").getCell(1).setCellValue("城区路灯 (并发)"));
        Map<String, String> carried = hidden(bot.admin().postBytes("/rules/catalogue/import/trial", edited, XLSX).body());
        long auditBefore = auditTotal();
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.CompletableFuture<Integer>> both = java.util.stream.IntStream.range(0, 2)
                .mapToObj(i -> java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return bot.admin().postForm("/rules/catalogue/import", carried).statusCode();
                })).toList();
        go.countDown();

        assertThat(both).allSatisfy(f -> assertThat(f.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(302));
        assertThat(auditTotal() - auditBefore).as("the second waited for the first, then found the catalogue changed")
                .isEqualTo(1);
        assertThat(bot.db().queryForObject("SELECT name FROM responsibility_matter WHERE code = 'street-lights'",
                String.class)).isEqualTo("城区路灯 (并发)");
    }

    @Test
    void aLeaderDownloadsTheWorkbookButOnlyAnAdministratorImports() throws Exception {
        Http leader = Http.at(bot.port()).as("leader.catalogue", LEADER_PASSWORD);
        HttpResponse<byte[]> workbook = leader.getBytes("/rules/catalogue.xlsx");
        assertThat(workbook.statusCode()).isEqualTo(200);
        assertThat(workbook.headers().firstValue("Content-Type").orElse("")).startsWith(XLSX);
        assertThat(workbook.headers().firstValue("Content-Disposition").orElse("")).contains(".xlsx");

        String before = catalogueState();
        assertThat(leader.postBytes("/rules/catalogue/import/trial", workbook.body(), XLSX).statusCode()).isEqualTo(403);
        Map<String, String> carried = hidden(bot.admin().postBytes("/rules/catalogue/import/trial",
                edit(workbook.body(), m -> m.removeRow(find(m, "street-lights"))), XLSX).body());
        assertThat(leader.postForm("/rules/catalogue/import", carried).statusCode()).isEqualTo(403);
        assertThat(catalogueState()).isEqualTo(before);
    }

    private static byte[] export() {
        HttpResponse<byte[]> response = bot.admin().getBytes("/rules/catalogue.xlsx");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static byte[] edit(byte[] xlsx, Consumer<Sheet> change) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book.getSheet("派单事项"));
            book.write(out);
            return out.toByteArray();
        }
    }

    private static Row find(Sheet matters, String code) {
        for (Row row : matters) {
            if (row.getCell(0) != null && code.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + code);
    }

    /** The trial page's hidden fields, as the browser would send them back. */
    private static Map<String, String> hidden(String page) {
        Matcher m = HIDDEN.matcher(page);
        Map<String, String> fields = new java.util.HashMap<>();
        while (m.find()) {
            fields.put(m.group(1), org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(2)));
        }
        assertThat(fields).as(page).containsKeys("candidate", "fingerprint");
        return fields;
    }

    private static String unpack(String carried) throws Exception {
        try (var in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(carried)))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String pack(String json) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(out)) {
            gzip.write(json.getBytes(StandardCharsets.UTF_8));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    private static String catalogueState() {
        List<Map<String, Object>> matters = bot.db().queryForList(
                "SELECT code, name, owner_code, terms, sort_order FROM responsibility_matter ORDER BY sort_order, code");
        List<Map<String, Object>> phrases = bot.db().queryForList(
                "SELECT phrase, department_code FROM agency_phrase ORDER BY phrase");
        return matters + "|" + phrases;
    }

    private static long auditTotal() throws Exception {
        return JSON.readTree(bot.admin().get("/api/audit?page=1&size=1").body()).get("total").asLong();
    }
}
