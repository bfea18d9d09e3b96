package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.support.Await;
import cn.xuanhua.bot.admin.support.BotInstance;
import cn.xuanhua.bot.admin.support.FakeWeComServer;
import cn.xuanhua.bot.admin.support.TestServices;
import cn.xuanhua.bot.admin.support.WeComDriver;
import cn.xuanhua.bot.wecom.fake.Delivery;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intake's judgement end to end on the prod profile (MariaDB, Redis, the AI-bot callback, a fake WeCom): who speaks
 * decides before what is said, the district's corrections are learned, the catalogue is edited from the console,
 * and the preview never fails on bad input.
 */
class IntakeJudgementIT {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LANE = "我们小区门口胡同里堆了好多垃圾,路灯也坏了三天了,麻烦街道尽快管管";
    private static FakeWeComServer wecom;
    private static BotInstance bot;
    private static WeComDriver driver;

    @BeforeAll
    static void start() {
        wecom = new FakeWeComServer();
        bot = BotInstance.start(TestServices.freshMariaDbDatabase("judgement"), TestServices.freshRedisNamespace(),
                wecom.baseUrl());
        driver = new WeComDriver(bot.port(), wecom.baseUrl());
        assertThat(bot.admin().putJson("/api/groups/tw-nanguan", "{\"chatId\":\"wrJudgeNanguan\",\"webhookKey\":"
                + "\"key-judge-nanguan\",\"ownerUserId\":\"nanguan.head\"}").statusCode()).isEqualTo(200);
        for (String[] s : new String[][]{{"ng.zhao", "南关街道 赵", "office-nanguan"}, {"urban.qian", "城管局 钱", "urban"}}) {
            assertThat(bot.admin().postJson("/api/staff", "{\"userId\":\"" + s[0] + "\",\"name\":\"" + s[1]
                    + "\",\"departmentCode\":\"" + s[2] + "\",\"role\":\"STAFF\"}").statusCode()).isEqualTo(201);
        }
    }

    @AfterAll
    static void stop() {
        bot.close();
        wecom.close();
    }

    private static int appeals() {
        return bot.db().queryForObject("SELECT COUNT(*) FROM appeal", Integer.class);
    }

    private static String handled(String msgId) {
        return Await.value("the message handled", WAIT, () -> bot.db().queryForList(
                "SELECT outcome FROM inbox_message WHERE message_id = ? AND status = 'DONE'", String.class,
                "aibot:" + msgId).stream().findFirst().orElse(null));
    }

    @Test
    void staffAndTheGroupOwnerWritingFreeTextMakeNoAppealAndNoReply() {
        int before = appeals();
        String fromStaff = driver.groupMessage("wrJudgeNanguan", "ng.zhao", LANE).msgId();
        String fromOwner = driver.groupMessage("wrJudgeNanguan", "nanguan.head", LANE).msgId();
        assertThat(handled(fromStaff)).contains("STAFF");
        assertThat(handled(fromOwner)).contains("GROUP_OWNER");
        Await.quietPeriod(Duration.ofSeconds(1));
        assertThat(appeals()).isEqualTo(before);
        assertThat(wecom.deliveries()).noneMatch(d -> d.kind() == Delivery.Kind.REPLY
                && (d.target().equals(fromStaff) || d.target().equals(fromOwner)));
    }

    /**
     * A new problem intake adds to the writer's open appeal is not lost: the answer in the group names the appeal and
     * the way back, and 新诉求 files the same words as an appeal of their own unit; the judge of a new matter learns
     * from it.
     */
    @Test
    void aNewProblemTakenForAFollowUpCanBeFiledAnewWithXinSuQiuAndIsLearnedAsACorrection() {
        String first = driver.groupMessage("wrJudgeNanguan", "boss.he",
                "我们店门口的下水道堵了,污水漫到路上了,麻烦尽快来疏通一下").msgId();
        assertThat(handled(first)).startsWith("appeal ");
        String drain = bot.db().queryForObject("SELECT number FROM appeal WHERE source_message_id = ?", String.class,
                "aibot:" + first);
        // Naming the open appeal by its number ties the words to it, whatever they say: the judge of a new matter,
        // which reads "补一句 门口的燃气管道有股味" alone as the new problem it is, does not overrule that.
        String gas = "门口的燃气管道有股味 怕漏气";
        String followUp = driver.groupMessage("wrJudgeNanguan", "boss.he", drain + " 补一句 " + gas).msgId();
        assertThat(handled(followUp)).startsWith("follow-up");
        Delivery told = Await.value("the answer to the follow-up", WAIT, () -> wecom.deliveries().stream()
                .filter(d -> d.kind() == Delivery.Kind.REPLY && d.target().equals(followUp)).findFirst().orElse(null));
        assertThat(told.content()).contains("已将补充内容加入", "「新诉求 问题内容」");

        String again = driver.groupMessage("wrJudgeNanguan", "boss.he", "新诉求 " + gas).msgId();

        assertThat(handled(again)).startsWith("appeal ");
        assertThat(bot.db().queryForObject("SELECT department_code FROM appeal WHERE source_message_id = ?",
                String.class, "aibot:" + again)).isEqualTo("gas");
        assertThat(bot.db().queryForObject("SELECT COUNT(*) FROM appeal WHERE requester_user_id = 'boss.he'",
                Integer.class)).isEqualTo(2);

        // The 补充 filed again with 新诉求 is the district's correction of the judge of a new matter.
        assertThat(bot.admin().postForm("/rules/model/retrain", Map.of()).statusCode()).isEqualTo(302);
        assertThat(bot.admin().getHtml("/rules").body())
                .containsPattern("id=\"model-new-matter\">[\\s\\S]*?class=\"corrections\">1<");
    }

    /**
     * With no marker and an opening on the open appeal, the act rules take the next problem for a follow-up; the judge
     * of a new matter, trained at start-up on the messages written beside open appeals, files it as an appeal of its
     * own, routed on its own words, and /rules shows what it learned from.
     */
    @Test
    void theJudgeOfANewMatterFilesANewProblemWrittenAfterTheOpenOne() throws Exception {
        String first = driver.groupMessage("wrJudgeNanguan", "boss.ma", "我们农机补贴款说发了 一直没到账 麻烦农业农村局给查查")
                .msgId();
        assertThat(handled(first)).startsWith("appeal ");
        String next = driver.groupMessage("wrJudgeNanguan", "boss.ma",
                "农机补贴还等着呢 门口的电线杆让大车撞斜了 看着随时要倒").msgId();
        assertThat(handled(next)).startsWith("appeal ");
        JsonNode appeal = JSON.readTree(bot.admin().get("/api/appeals/" + bot.db().queryForObject(
                "SELECT number FROM appeal WHERE source_message_id = ?", String.class, "aibot:" + next)).body());
        assertThat(appeal.get("departmentCode").asText()).isNotEqualTo("agri");
        assertThat(bot.db().queryForObject("SELECT COUNT(*) FROM appeal WHERE requester_user_id = 'boss.ma'",
                Integer.class)).isEqualTo(2);

        String rules = bot.admin().getHtml("/rules").body();
        assertThat(rules).containsPattern("id=\"model-new-matter\">\\s*<td>新诉求还是补充</td>\\s*<td>[1-9][0-9]{2,}<");
    }

    @Test
    void aTransferThatChangesTheUnitIsLearnedAsACorrection() throws Exception {
        String msgId = driver.groupMessage("wrJudgeNanguan", "boss.sun", LANE).msgId();
        assertThat(handled(msgId)).startsWith("appeal ");
        String number = bot.db().queryForObject("SELECT number FROM appeal WHERE source_message_id = ?", String.class,
                "aibot:" + msgId);
        assertThat(driver.appMessage("ng.zhao", "转办 " + number + " 城管 这条街的路灯归城管").statusCode()).isEqualTo(200);
        Await.until("transferred", WAIT, () -> "urban".equals(bot.db().queryForObject(
                "SELECT department_code FROM appeal WHERE number = ?", String.class, number)));

        assertThat(bot.admin().postForm("/rules/model/retrain", Map.of()).statusCode()).isEqualTo(302);

        String rules = bot.admin().getHtml("/rules").body();
        assertThat(rules).containsPattern("id=\"model-routing\"[\\s\\S]*?class=\"corrections\">1<");
    }

    @Test
    void aMatterAddedInTheConsoleRoutesTheNextMessage() throws Exception {
        String text = "{\"text\":\"厂里的光伏板被冰雹砸坏了一大片,麻烦看看怎么办\",\"groupCode\":\"ind-industry\"}";
        assertThat(preview(text).get("matterCode").asText()).isNotEqualTo("hail-damage");
        HttpResponse<String> saved = bot.admin().postForm("/rules/catalogue", Map.of("code", "hail-damage",
                "name", "冰雹灾害损失", "categoryCode", "work-safety", "ownerCode", "emergency",
                "terms", "冰雹砸坏:9, 雹灾:8"));
        assertThat(saved.statusCode()).isEqualTo(302);
        JsonNode after = preview(text);
        assertThat(after.get("matterCode").asText()).isEqualTo("hail-damage");
        assertThat(bot.admin().getHtml("/rules/catalogue?q=冰雹").body()).contains("hail-damage");
        assertThat(bot.admin().postForm("/rules/catalogue", Map.of("code", "x", "name", "x", "categoryCode", "nope",
                "ownerCode", "urban", "terms", "x")).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/rules/catalogue"));
    }

    @Test
    void thePreviewAnswersWhoSpeaksAndNeverFailsOnBadInput() throws Exception {
        JsonNode staff = preview("{\"text\":\"" + LANE + "\",\"groupCode\":\"tw-nanguan\",\"senderUserId\":\"ng.zhao\"}");
        assertThat(staff.get("speaker").asText()).isEqualTo("STAFF");
        assertThat(staff.get("appeal").asBoolean()).isFalse();
        JsonNode stranger = preview("{\"text\":\"" + LANE + "\",\"groupCode\":\"tw-nanguan\",\"senderUserId\":\"nobody.known\"}");
        assertThat(stranger.get("speaker").asText()).isEqualTo("OWNER");
        assertThat(stranger.get("act").asText()).isEqualTo("APPEAL");
        assertThat(preview("{\"text\":\"我问了供电所,说下午三点前来电\",\"groupCode\":\"tw-nanguan\"}").get("act").asText())
                .isEqualTo("ANSWER");
        for (String bad : new String[]{"{\"text\":\"\"}", "{\"text\":\"" + "长".repeat(10_001) + "\"}",
                "{\"text\":\"路灯坏了\",\"senderUserId\":\"\"}", "{\"text\":null,\"senderUserId\":\"x\"}"}) {
            int status = bot.admin().postJson("/api/appeals/preview", bad).statusCode();
            assertThat(status).as(bad.length() > 80 ? "10,001 characters" : bad).isIn(200, 400);
        }
    }

    private static JsonNode preview(String body) throws Exception {
        HttpResponse<String> r = bot.admin().postJson("/api/appeals/preview", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }
}
