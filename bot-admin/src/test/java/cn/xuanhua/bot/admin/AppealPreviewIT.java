package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.support.Await;
import cn.xuanhua.bot.admin.support.ProdProfileContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/appeals/preview} (docs/api.md and docs/deadlines.md) on the prod profile with the seeded dictionaries. */
@TestPropertySource(properties = "bot.intake.refresh-interval=PT1S")
class AppealPreviewIT extends ProdProfileContext {
    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    JdbcTemplate db;

    private JsonNode preview(String body) throws Exception {
        var response = admin().postJson("/api/appeals/preview", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void readsTheStatedDeadlineRoutesAndMasksWithoutStoringAnything() throws Exception {
        int appealsBefore = db.queryForObject("SELECT COUNT(*) FROM appeal", Integer.class);
        JsonNode p = preview("{\"text\":\"这周六之前能否安排人来看一下道路积水,联系电话13812345678\","
                + "\"sentAt\":\"2023-08-04T10:00:00+08:00\",\"groupCode\":\"tw-nanguan\"}");
        assertThat(p.get("appeal").asBoolean()).isTrue();
        assertThat(p.get("departmentCode").asText()).isEqualTo("office-nanguan");
        assertThat(p.get("departmentName").asText()).isEqualTo("南关街道");
        assertThat(p.get("requestedDeadline").asText()).isEqualTo("2023-08-05T23:59:59+08:00");
        assertThat(p.get("dueAt").asText()).isEqualTo("2023-08-05T23:59:59+08:00");
        assertThat(p.get("urgent").asBoolean()).isTrue();
        assertThat(p.get("maskedText").asText()).doesNotContain("13812345678").contains("138****5678");
        assertThat(p.get("reasons").size()).isPositive();
        assertThat(db.queryForObject("SELECT COUNT(*) FROM appeal", Integer.class)).isEqualTo(appealsBefore);
    }

    @Test
    void saysNotAnAppealForThanksAndHasNoDeadlineForPastMentions() throws Exception {
        assertThat(preview("{\"text\":\"谢谢领导,收到\"}").get("appeal").asBoolean()).isFalse();
        JsonNode past = preview("{\"text\":\"上周三提交的用电增容申请到现在没消息\",\"sentAt\":\"2023-08-04T10:00:00+08:00\"}");
        assertThat(past.get("requestedDeadline").isNull()).isTrue();
        assertThat(past.get("dueAt").asText()).startsWith("2023-08-");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"text\":\"\"}", "{\"text\":\"😀😀😀\"}", "{\"text\":\"1234567890123456\"}",
            "{\"text\":\"路灯坏了 broken light もう three days\"}"})
    void answersOddButValidTextClearly(String body) throws Exception {
        var response = admin().postJson("/api/appeals/preview", body);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).has("appeal")).isTrue();
    }

    @Test
    void refusesBadInputWith400AndNeverA500() throws Exception {
        for (String body : new String[]{"{}", "{\"text\":\"路灯坏了\",\"sentAt\":\"yesterday\"}",
                "{\"text\":\"路灯坏了\",\"groupCode\":\"no-such-group\"}", "{\"text\":\"" + "长".repeat(10_001) + "\"}", "not json"}) {
            var response = admin().postJson("/api/appeals/preview", body);
            assertThat(response.statusCode()).as(body.length() > 60 ? "long text" : body).isEqualTo(400);
            assertThat(json.readTree(response.body()).get("error").asText()).isEqualTo("invalid_input");
        }
        assertThat(admin().postJson("/api/appeals/preview", "{\"text\":\"" + "路灯坏了".repeat(2500) + "\"}").statusCode())
                .as("10,000 characters are still read").isEqualTo(200);
    }

    @Test
    void aKeywordAddedInTheDatabaseTakesEffectWithoutARebuild() throws Exception {
        String text = "{\"text\":\"厂里的光伏板被冰雹砸坏了一大片,麻烦看看怎么办\",\"groupCode\":\"ind-industry\"}";
        String before = preview(text).get("categoryCode").asText();
        assertThat(before).isNotEqualTo("construction");
        db.update("INSERT INTO category_keyword (category_code, keyword, weight) VALUES ('construction', '光伏板', 20)");
        try {
            Await.until("the new keyword is used", Duration.ofSeconds(10), () -> {
                try {
                    return "construction".equals(preview(text).get("categoryCode").asText());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } finally {
            db.update("DELETE FROM category_keyword WHERE keyword = '光伏板'");
        }
    }

    @Test
    void refusesWithoutLogIn() {
        assertThat(anonymous().postJson("/api/appeals/preview", "{\"text\":\"路灯坏了\"}").statusCode()).isEqualTo(401);
    }
}
