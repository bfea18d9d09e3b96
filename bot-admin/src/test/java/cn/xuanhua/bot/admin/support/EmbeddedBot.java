package cn.xuanhua.bot.admin.support;

import cn.xuanhua.bot.admin.BotAdminApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bot on the embedded default (H2 in MySQL mode, in-process shared state, the sandbox), as {@code java -jar}
 * starts it, but with its H2 file in a test's temporary folder instead of ./data so that it leaves nothing behind.
 */
public final class EmbeddedBot {
    private EmbeddedBot() {
    }

    /** Starts it on a free port; {@code extra} are more {@code --key=value} settings. */
    public static ConfigurableApplicationContext start(Path dataDir, String... extra) {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("appeal-bot")
                        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_ON_EXIT=FALSE"));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(BotAdminApplication.class).run(args.toArray(String[]::new));
    }

    public static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
