package cn.xuanhua.bot.admin.support;

import cn.xuanhua.bot.admin.BotAdminApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * One running instance of the bot on the prod profile, started the way an administrator starts it (command-line
 * settings), against a given MariaDB database, the real Redis and a fake WeCom. Several may share a database and
 * Redis namespace to play several instances; closing one is the test's "kill".
 */
public final class BotInstance implements AutoCloseable {
    public static final String ADMIN_PASSWORD = "it-admin-pass-2";
    private final ConfigurableApplicationContext context;

    private BotInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Starts an instance; {@code extra} are more {@code --key=value} settings, each replacing a default of the same key
     * (Spring would join two values of one key with a comma).
     */
    public static BotInstance start(String dbUrl, String redisNamespace, String wecomBase, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.profiles.active=prod",
                "--server.port=0",
                "--spring.datasource.url=" + dbUrl,
                "--spring.datasource.username=" + TestServices.DB_USER,
                "--spring.datasource.password=" + TestServices.DB_PASSWORD,
                "--spring.data.redis.host=" + TestServices.REDIS_HOST,
                "--spring.data.redis.port=" + TestServices.REDIS_PORT,
                "--bot.shared-state-namespace=" + redisNamespace,
                "--bot.admin.password=" + ADMIN_PASSWORD,
                "--bot.wecom.api-base-url=" + wecomBase,
                "--bot.wecom.corp-id=" + WeComDriver.CORP_ID,
                "--bot.wecom.app.agent-id=1000002",
                "--bot.wecom.app.secret=" + WeComDriver.APP_SECRET,
                "--bot.wecom.app.token=" + WeComDriver.APP_TOKEN,
                "--bot.wecom.app.aes-key=" + WeComDriver.AES_KEY,
                "--bot.wecom.aibot.token=" + WeComDriver.AIBOT_TOKEN,
                "--bot.wecom.aibot.aes-key=" + WeComDriver.AES_KEY,
                "--bot.outbox.base-delay=PT0.2S",
                "--bot.outbox.max-delay=PT1S",
                "--bot.workers.poll-interval=PT0.2S",
                "--bot.appeal.watch-interval=PT1H",
                // A test instance keeps few idle connections: several run at once beside the cached Spring contexts,
                // and 20 idle connections each ran MariaDB out of connections (max_connections 151).
                "--spring.datasource.hikari.minimum-idle=2",
                "--spring.datasource.hikari.maximum-pool-size=6"));
        for (String e : extra) {
            args.removeIf(a -> key(a).equals(key(e)));
            args.add(e);
        }
        return new BotInstance(new SpringApplicationBuilder(BotAdminApplication.class).run(args.toArray(String[]::new)));
    }

    private static String key(String arg) {
        int eq = arg.indexOf('=');
        return eq < 0 ? arg : arg.substring(0, eq);
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public JdbcTemplate db() {
        return context.getBean(JdbcTemplate.class);
    }

    public Http admin() {
        return Http.at(port()).as("admin", ADMIN_PASSWORD);
    }

    @Override
    public void close() {
        context.close();
    }
}
