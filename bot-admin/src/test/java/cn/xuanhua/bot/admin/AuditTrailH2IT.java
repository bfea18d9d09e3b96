package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.support.EmbeddedBot;
import cn.xuanhua.bot.admin.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default (H2 in MySQL mode, migration V16 included) records and pages the audit trail too. */
class AuditTrailH2IT {
    private static final String PASSWORD = "h2-audit-admin-pass";

    @TempDir
    Path dataDir;

    @Test
    void aBindingModeChangeIsRecordedOnH2() throws Exception {
        try (ConfigurableApplicationContext app = EmbeddedBot.start(dataDir, "--bot.admin.password=" + PASSWORD)) {
            Http admin = Http.at(EmbeddedBot.port(app)).as("admin", PASSWORD);
            assertThat(admin.putJson("/api/groups/tw-nanguan", "{\"chatId\":\"wrH2Nanguan\",\"binding\":\"APPCHAT\"}")
                    .statusCode()).isEqualTo(200);
            assertThat(admin.putJson("/api/groups/tw-nanguan", "{\"ownerUserId\":\"owner.h2\"}").statusCode())
                    .isEqualTo(200);

            JsonNode page = new ObjectMapper().readTree(admin.get("/api/audit?page=2&size=1").body());
            assertThat(page.get("total").asLong()).isEqualTo(2);
            JsonNode first = page.get("items").get(0);
            assertThat(first.get("actor").asText()).isEqualTo("admin");
            // The sandbox bound the group at start-up (not a console change, so not in the trail).
            assertThat(first.get("detail").asText())
                    .isEqualTo("发送方式: WEBHOOK → APPCHAT; 群聊 ID: sandbox-tw-nanguan → wrH2Nanguan");
            assertThat(admin.getHtml("/audit").body()).contains("群主: office-nanguan.leader → owner.h2");
        }
    }
}
