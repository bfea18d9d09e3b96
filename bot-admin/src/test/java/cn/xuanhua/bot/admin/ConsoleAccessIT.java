package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.support.Await;
import cn.xuanhua.bot.admin.support.BotInstance;
import cn.xuanhua.bot.admin.support.FakeWeComServer;
import cn.xuanhua.bot.admin.support.Http;
import cn.xuanhua.bot.admin.support.TestServices;
import cn.xuanhua.bot.admin.support.WeComDriver;
import cn.xuanhua.bot.wecom.fake.Delivery;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees and does what in the console and the appeals API, on the prod profile: department staff log in with
 * their own accounts, read and act on their department's appeals only, and an action taken in the console reaches
 * the group exactly as the chat command does.
 */
class ConsoleAccessIT {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String GROUP_KEY = "key-console-nanguan";
    private static final String PASSWORD = "console-it-pass";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger WRITERS = new AtomicInteger();
    private static final AtomicInteger BUILDINGS = new AtomicInteger();
    private static FakeWeComServer wecom;
    private static BotInstance bot;
    private static WeComDriver driver;

    @BeforeAll
    static void start() {
        wecom = new FakeWeComServer();
        bot = BotInstance.start(TestServices.freshMariaDbDatabase("console"), TestServices.freshRedisNamespace(),
                wecom.baseUrl());
        driver = new WeComDriver(bot.port(), wecom.baseUrl());
        assertThat(bot.admin().putJson("/api/groups/tw-nanguan", "{\"chatId\":\"wrConsoleNanguan\",\"webhookKey\":\""
                + GROUP_KEY + "\"}").statusCode()).isEqualTo(200);
        staffWithAccount("ng.liu", "南关街道 刘敏", "office-nanguan", "STAFF");
        staffWithAccount("urban.sun", "城管局 孙丽", "urban", "STAFF");
        staffWithAccount("disp.chen", "审批局 陈静", "approval", "DISPATCHER");
    }

    @AfterAll
    static void stop() {
        bot.close();
        wecom.close();
    }

    /** Registers staff through the API and gives them a console account through the staff page's form. */
    private static void staffWithAccount(String userId, String name, String department, String role) {
        assertThat(bot.admin().postJson("/api/staff", "{\"userId\":\"" + userId + "\",\"name\":\"" + name
                + "\",\"departmentCode\":\"" + department + "\",\"role\":\"" + role + "\"}").statusCode()).isEqualTo(201);
        HttpResponse<String> saved = bot.admin().postForm("/staff/" + userId + "/account",
                Map.of("username", userId, "password", PASSWORD));
        assertThat(saved.statusCode()).isEqualTo(302);
    }

    private static Http as(String username) {
        return Http.at(bot.port()).as(username, PASSWORD);
    }

    /**
     * A new appeal from the 南关 group by an owner of its own (one writer's open appeals would take a like complaint
     * for a repeat, and more than five in ten minutes are held); returns its number.
     */
    private static String newAppeal(String text) {
        return newAppeal("owner.ng" + WRITERS.incrementAndGet(), text);
    }

    /** Each appeal at a building of its own: like complaints of one place from several owners are one (并单). */
    private static String newAppeal(String writer, String text) {
        var sent = driver.groupMessage("wrConsoleNanguan", writer, text + " (" + (100 + BUILDINGS.incrementAndGet()) + "号楼)");
        return Await.value("appeal made", WAIT, () -> bot.db().queryForList(
                "SELECT number FROM appeal WHERE source_message_id = ?", String.class, "aibot:" + sent.msgId())
                .stream().findFirst().orElse(null));
    }

    private static String status(String number) {
        return bot.db().queryForObject("SELECT status FROM appeal WHERE number = ?", String.class, number);
    }

    @Test
    void staffOfAnotherDepartmentCannotReadOrActOnAnAppeal() throws Exception {
        String n = newAppeal("我们小区门口胡同里堆了好多垃圾,路灯也坏了三天了,麻烦街道尽快管管");

        assertThat(as("urban.sun").getHtml("/appeals/" + n).statusCode()).isEqualTo(403);
        HttpResponse<String> api = as("urban.sun").get("/api/appeals/" + n);
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(api.body()).get("error").asText()).isEqualTo("forbidden");
        assertThat(as("urban.sun").postForm("/appeals/" + n + "/accept", Map.of()).statusCode()).isEqualTo(403);
        assertThat(status(n)).isEqualTo("PENDING");

        assertThat(as("urban.sun").get("/api/appeals").body()).doesNotContain(n);
        JsonNode asked = JSON.readTree(as("urban.sun").get("/api/appeals?departmentCode=office-nanguan").body());
        assertThat(asked.get("total").asInt()).isZero();
        assertThat(as("urban.sun").getHtml("/appeals?q=" + n).body()).doesNotContain("/appeals/" + n).contains("没有符合条件的诉求");
    }

    @Test
    void staffSeeTheOriginalTextOfTheirOwnAppealOthersOnlyTheMaskedOne() {
        String n = newAppeal("小区门口胡同里的井盖丢了,垃圾也没人清,晚上很危险,我电话13912345678,麻烦街道尽快处理");

        assertThat(as("ng.liu").getHtml("/appeals/" + n).body()).contains("13912345678");
        String dispatcherView = as("disp.chen").getHtml("/appeals/" + n).body();
        assertThat(dispatcherView).contains(n, "139****5678").doesNotContain("13912345678");
        assertThat(as("ng.liu").getHtml("/appeals").body()).contains(n);
    }

    @Test
    void anotherGroupCannotReadAnAppealAndOtherDepartmentsSeeItsNotesMasked() throws Exception {
        String n = newAppeal("owner.wang", "胡同里的下水道堵了,污水往外冒,麻烦街道处理");
        assertThat(driver.groupMessage("wrConsoleNanguan", "owner.wang", "补充 " + n + " 我电话13812345678 随时联系")
                .response().statusCode()).isEqualTo(200);
        Await.until("supplemented", WAIT, () -> bot.db().queryForObject("SELECT COUNT(*) FROM appeal_event e JOIN appeal a"
                + " ON a.id = e.appeal_id WHERE a.number = ? AND e.type = 'SUPPLEMENTED'", Integer.class, n) == 1);

        String dispatcher = as("disp.chen").get("/api/appeals/" + n).body();
        assertThat(dispatcher).contains("138****5678").doesNotContain("13812345678");
        assertThat(as("ng.liu").get("/api/appeals/" + n).body()).contains("13812345678");

        assertThat(bot.admin().putJson("/api/groups/tw-huangcheng", "{\"chatId\":\"wrConsoleHuangcheng\","
                + "\"webhookKey\":\"key-console-huangcheng\"}").statusCode()).isEqualTo(200);
        var asked = driver.groupMessage("wrConsoleHuangcheng", "owner.zhou", "#查询 " + n);
        Delivery answer = Await.value("the answer in 皇城", WAIT, () -> wecom.deliveries().stream()
                .filter(d -> d.kind() == Delivery.Kind.REPLY && d.target().equals(asked.msgId())).findFirst().orElse(null));
        assertThat(answer.content()).contains("不是本群的诉求").doesNotContain("下水道", "南关街道", "办理期限");
    }

    @Test
    void staffAcceptFromTheConsoleAndTheGroupIsToldAsFromTheChat() {
        String n = newAppeal("小区门口胡同里积水很深,车都开不过去,麻烦街道处理一下");

        HttpResponse<String> accepted = as("ng.liu").postForm("/appeals/" + n + "/accept", Map.of());

        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(accepted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/appeals/" + n));
        assertThat(status(n)).isEqualTo("ACCEPTED");
        Delivery post = wecom.awaitDelivery(d -> d.kind() == Delivery.Kind.WEBHOOK && d.target().equals(GROUP_KEY)
                && d.content().contains(n) && d.content().contains("受理"), WAIT);
        assertThat(post.content()).contains("刘敏", "办理期限");
        assertThat(bot.db().queryForObject("SELECT handler_user_id FROM appeal WHERE number = ?", String.class, n))
                .isEqualTo("ng.liu");
    }

    @Test
    void aRefusedActionChangesNothingAndAnAdministratorActsLikeADispatcher() {
        String n = newAppeal("我们胡同的路灯一到晚上就不亮,麻烦街道找人修一下");

        assertThat(as("ng.liu").postForm("/appeals/" + n + "/resolve", Map.of("note", "已修好")).statusCode())
                .isEqualTo(302);
        assertThat(status(n)).isEqualTo("PENDING");

        bot.admin().postForm("/appeals/" + n + "/reassign", Map.of("department", "urban"));
        assertThat(bot.db().queryForObject("SELECT department_code FROM appeal WHERE number = ?", String.class, n))
                .isEqualTo("urban");
        assertThat(as("urban.sun").getHtml("/appeals/" + n).statusCode()).isEqualTo(200);
        assertThat(as("ng.liu").getHtml("/appeals/" + n).statusCode()).isEqualTo(403);
    }

    @Test
    void staffPagesOfOtherRolesAreClosedToThem() {
        assertThat(as("urban.sun").getHtml("/groups").statusCode()).isEqualTo(403);
        assertThat(as("urban.sun").getHtml("/outbox").statusCode()).isEqualTo(403);
        assertThat(as("urban.sun").postForm("/staff", Map.of("userId", "x.y", "name", "某人",
                "departmentCode", "urban")).statusCode()).isEqualTo(403);
        assertThat(as("disp.chen").getHtml("/rules").statusCode()).isEqualTo(200);
        assertThat(as("disp.chen").postForm("/rules/categories/tax/time-limit", Map.of("days", "9")).statusCode())
                .isEqualTo(403);
        assertThat(as("urban.sun").getHtml("/calendar").statusCode()).isEqualTo(200);
    }

    @Test
    void staffReadTheGroupListAndTheStaffListNotAtAllSupervisorsDo() {
        for (String path : List.of("/api/groups", "/api/groups/tw-nanguan", "/api/staff")) {
            HttpResponse<String> staff = as("ng.liu").get(path);
            assertThat(staff.statusCode()).as(path).isEqualTo(403);
            assertThat(staff.body()).as(path).doesNotContain("wrConsoleNanguan", "disp.chen");
            assertThat(as("disp.chen").get(path).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void staffReadTheDigestsOfTheirDepartmentAndOfTheGroupsItLeadsOnly() throws Exception {
        String week = "&week=" + cn.xuanhua.bot.core.digest.DigestPeriod.lastWeek(
                java.time.ZonedDateTime.now(ZoneId.of("Asia/Shanghai"))).isoWeek();
        for (String other : List.of("ind-tech", "coord", "tw-guocun", "department:urban")) {
            assertThat(as("ng.liu").get("/api/digests/weekly?groupCode=" + other + week).statusCode()).as(other)
                    .isEqualTo(403);
        }
        for (String own : List.of("tw-nanguan", "department:office-nanguan")) {
            HttpResponse<String> d = as("ng.liu").get("/api/digests/weekly?groupCode=" + own + week);
            assertThat(d.statusCode()).as(own).isEqualTo(200);
            assertThat(JSON.readTree(d.body()).get("groupCode").asText()).isEqualTo(own);
        }
        HttpResponse<String> byDefault = as("ng.liu").get("/api/digests/weekly?" + week.substring(1));
        assertThat(byDefault.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(byDefault.body()).get("groupCode").asText())
                .as("a staff member's default is their department").isEqualTo("department:office-nanguan");
        assertThat(as("disp.chen").get("/api/digests/weekly?groupCode=department:urban" + week).statusCode())
                .isEqualTo(200);
        assertThat(as("disp.chen").get("/api/digests/weekly?groupCode=ind-tech" + week).statusCode()).isEqualTo(200);
        assertThat(as("disp.chen").get("/api/digests/weekly?groupCode=department:nope" + week).statusCode())
                .isEqualTo(404);
    }

    @Test
    void searchingForPercentOrUnderscoreFindsOnlyTextThatHasThem() throws Exception {
        String percent = newAppeal("电费一下子涨了50%,收费标准是不是有问题,麻烦帮忙核实一下");
        String plain = newAppeal("门口的下水道堵了两天了,污水漫到路上,麻烦尽快疏通");
        for (String q : List.of("%25", "_", "%25%25", "%5C")) {
            JsonNode found = JSON.readTree(bot.admin().get("/api/appeals?size=200&q=" + q).body());
            List<String> numbers = new ArrayList<>();
            found.get("items").forEach(i -> numbers.add(i.get("number").asText()));
            assertThat(numbers).as("q=" + q).doesNotContain(plain);
        }
        assertThat(JSON.readTree(bot.admin().get("/api/appeals?q=50%25").body()).get("items").get(0)
                .get("number").asText()).isEqualTo(percent);
        assertThat(bot.admin().getHtml("/appeals?q=_").body()).doesNotContain("/appeals/" + plain);
    }

    @Test
    void theExcelExportOpensWithPoiAndHoldsTheRowsTheUserMaySee() throws Exception {
        String n = newAppeal("胡同两边的树枝挡住了路灯,垃圾也堆着没人清,麻烦街道管管");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

        HttpResponse<byte[]> export = bot.admin().getBytes("/api/reports/appeals.xlsx?from=" + today + "&to=" + today);

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("spreadsheetml"));
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(c.toString()));
                rows.add(cells);
            }
            Row mine = null;
            for (Row row : sheet) {
                if (row.getCell(0).getStringCellValue().equals(n)) {
                    mine = row;
                }
            }
            assertThat(mine).isNotNull();
            assertThat(DateUtil.isCellDateFormatted(mine.getCell(7))).isTrue();
            assertThat(mine.getCell(7).getLocalDateTimeCellValue().toLocalDate().toString()).isEqualTo(today);
            assertThat(mine.getCell(1).getStringCellValue()).isEqualTo("待受理");
            assertThat(mine.getCell(6).getStringCellValue()).isEqualTo("南关街道");
            assertThat(mine.getCell(12).getStringCellValue()).isEqualTo("否");
        }
        assertThat(rows.get(0)).containsExactly("编号", "状态", "群", "提交人", "诉求", "类别", "承办部门", "提交时间",
                "期限", "受理时间", "办结时间", "评价", "是否超期", "诉求人数", "全部诉求人");

        String urbans = newAppeal("路边违章占道经营,堵得车辆没法通行,麻烦管一管");
        bot.admin().postForm("/appeals/" + urbans + "/reassign", Map.of("department", "urban"));
        List<String> theirNumbers = new ArrayList<>();
        try (XSSFWorkbook theirs = new XSSFWorkbook(new ByteArrayInputStream(
                as("urban.sun").getBytes("/api/reports/appeals.xlsx?from=" + today).body()))) {
            for (Row row : theirs.getSheetAt(0)) {
                if (row.getRowNum() > 0) {
                    theirNumbers.add(row.getCell(0).getStringCellValue());
                    assertThat(row.getCell(6).getStringCellValue()).isEqualTo("城市管理局");
                }
            }
        }
        assertThat(theirNumbers).contains(urbans).doesNotContain(n);
    }

    @Test
    void aBadDateRangeOfTheExportAnswers400InTheApiErrorShape() throws Exception {
        HttpResponse<String> bad = bot.admin().get("/api/reports/appeals.xlsx?from=2026-13-01");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("error").asText()).isEqualTo("invalid_input");
        assertThat(bot.admin().get("/api/reports/appeals.xlsx?from=2026-11-02&to=2026-11-01").statusCode()).isEqualTo(400);
    }
}
