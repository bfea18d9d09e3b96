package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.support.EmbeddedBot;
import cn.xuanhua.bot.admin.support.Http;
import cn.xuanhua.bot.admin.support.ScriptedWeek;
import cn.xuanhua.bot.core.command.DigestRequest;
import cn.xuanhua.bot.core.digest.DigestPeriod;
import cn.xuanhua.bot.core.digest.WeeklyDigests;
import cn.xuanhua.bot.core.appeal.Appeals;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The digest's SQL on the embedded default's H2 (MySQL mode): the scripted week through the API and 周报, the
 * dashboard's trend and the month report.
 */
class WeeklyDigestH2IT {
    private static final String PASSWORD = "h2-digest-pass";
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void theScriptedWeekGivesTheSameNumbersOnH2() throws Exception {
        try (ConfigurableApplicationContext app = EmbeddedBot.start(dataDir, "--bot.admin.password=" + PASSWORD)) {
            ScriptedWeek.store(app.getBean(Appeals.class), "WDH");
            int port = EmbeddedBot.port(app);

            JsonNode d = json.readTree(Http.at(port).as("admin", PASSWORD)
                    .get("/api/digests/weekly?groupCode=ind-tech&week=2026-W10").body());

            assertThat(d.get("created").asLong()).isEqualTo(3);
            assertThat(d.get("accepted").asLong()).isEqualTo(2);
            assertThat(d.get("resolved").asLong()).isEqualTo(1);
            assertThat(d.get("overdue").asLong()).isZero();
            assertThat(d.get("responseRate").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
            assertThat(d.get("onTimeRate").asDouble()).isEqualTo(1.0);
            assertThat(d.get("resolutionRate").asDouble()).isEqualTo(1.0);
            assertThat(d.get("satisfactionRate").asDouble()).isEqualTo(1.0);
            assertThat(d.get("topCategories").get(0).get("category").asText()).isEqualTo("政策咨询");

            JsonNode district = json.readTree(Http.at(port).as("admin", PASSWORD)
                    .get("/api/digests/weekly?week=2026-W10").body());
            assertThat(district.get("groupCode").asText()).isEqualTo("coord");
            assertThat(district.get("departments").get(0).get("departmentCode").asText()).isEqualTo("science");

            app.getBean(WeeklyDigests.class).requested(new DigestRequest(ScriptedWeek.GROUP,
                    DigestPeriod.parse("2026-W10").monday(), "owner", ScriptedWeek.at("2026-03-09T09:00"), "h2-1"));
            String text = app.getBean(JdbcTemplate.class).queryForObject(
                    "SELECT content FROM outbox_message WHERE idempotency_key = ?", String.class,
                    "digest:ind-tech:2026-W10:h2-1:text");
            assertThat(text).contains("响应率 **66.7%** (2/3)", "满意率 **100.0%** (1/1)");

            // The dashboard (its trend counted in one pass per column) and the month report run on H2 as well.
            var dashboard = Http.at(port).as("admin", PASSWORD).getHtml("/?week=2026-W12");
            assertThat(dashboard.statusCode()).isEqualTo(200);
            // 2026-W10 is one of the trend's earlier weeks (the week shown is W12, the week before W11).
            assertThat(dashboard.body()).contains("&quot;week&quot;:&quot;2026-W10&quot;,&quot;created&quot;:3,"
                    + "&quot;resolved&quot;:1,&quot;responseRate&quot;:0.6666");
            JsonNode month = json.readTree(Http.at(port).as("admin", PASSWORD)
                    .get("/api/reports/monthly?month=2026-03").body());
            assertThat(month.get("departments").get(0).get("code").asText()).isEqualTo("science");
            assertThat(month.get("departments").get(0).get("created").asLong()).isEqualTo(3);
            assertThat(month.get("departments").get(0).get("responseRate").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
        }
    }
}
