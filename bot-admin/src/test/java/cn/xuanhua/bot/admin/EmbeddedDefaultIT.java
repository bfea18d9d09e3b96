package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.coordination.InMemorySharedState;
import cn.xuanhua.bot.admin.support.EmbeddedBot;
import cn.xuanhua.bot.admin.support.Http;
import cn.xuanhua.bot.core.coordination.SharedState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default: no settings but the H2 file's place (a temporary folder instead of ./data, so the
 * test leaves nothing behind): H2, in-process shared state, sandbox mode, a generated password shown once.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDefaultIT {
    private static final Pattern PASSWORD = Pattern.compile("generated password: (\\S+)");

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return EmbeddedBot.start(dataDir);
    }

    @Test
    void runsOnH2WithInProcessStateAndShowsTheGeneratedPasswordOnlyOnTheFirstStart(CapturedOutput output) {
        String password;
        try (ConfigurableApplicationContext app = start()) {
            assertThat(app.getBean(SharedState.class)).isInstanceOf(InMemorySharedState.class);
            Matcher m = PASSWORD.matcher(output.getOut());
            assertThat(m.find()).as("the first start prints the generated password").isTrue();
            password = m.group(1);
            Http http = Http.at(port(app));
            assertThat(http.get("/actuator/health").body()).isEqualTo("{\"status\":\"UP\"}");
            assertThat(http.get("/api/groups").statusCode()).isEqualTo(401);
            assertThat(http.as("admin", password).get("/api/groups").statusCode()).isEqualTo(200);
            assertThat(http.getHtml("/sandbox").statusCode()).as("pages redirect to the log-in form").isEqualTo(302);
            var sandbox = http.as("admin", password).getHtml("/sandbox");
            assertThat(sandbox.statusCode()).isEqualTo(200);
            assertThat(sandbox.body()).contains("宣化区市场主体诉求解决交流群", "南关街道市场主体交流群", "新办企业交流群");
        }
        int printedBefore = countMatches(output.getOut());
        try (ConfigurableApplicationContext app = start()) {
            assertThat(countMatches(output.getOut())).as("a restart does not print it again").isEqualTo(printedBefore);
            assertThat(Http.at(port(app)).as("admin", password).get("/api/groups").statusCode()).isEqualTo(200);
        }
        assertThat(output.getAll().lines().filter(l -> l.contains(password)))
                .as("the password appears on one terminal line only, never in a log line").hasSize(1);
    }

    private static int port(ConfigurableApplicationContext app) {
        return EmbeddedBot.port(app);
    }

    private static int countMatches(String text) {
        Matcher m = PASSWORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
