package cn.xuanhua.bot.admin.support;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bot instance on the prod profile (fresh MariaDB database, fresh Redis namespace) with a fake WeCom behind it and
 * a driver playing WeCom's callbacks: what a test of the whole message path needs.
 */
public final class WeComBot implements AutoCloseable {
    private final FakeWeComServer wecom = new FakeWeComServer();
    private final BotInstance bot;
    private final WeComDriver driver;

    private WeComBot(String purpose, String... extra) {
        bot = BotInstance.start(TestServices.freshMariaDbDatabase(purpose), TestServices.freshRedisNamespace(),
                wecom.baseUrl(), extra);
        driver = new WeComDriver(bot.port(), wecom.baseUrl());
    }

    public static WeComBot start(String purpose, String... extra) {
        return new WeComBot(purpose, extra);
    }

    public FakeWeComServer wecom() {
        return wecom;
    }

    public BotInstance bot() {
        return bot;
    }

    public WeComDriver driver() {
        return driver;
    }

    /** Binds a group to a WeCom chat and robot through the API, as the administrator does. */
    public void bind(String groupCode, String chatId, String webhookKey) {
        assertThat(bot.admin().putJson("/api/groups/" + groupCode, "{\"chatId\":\"" + chatId + "\",\"webhookKey\":\""
                + webhookKey + "\"}").statusCode()).isEqualTo(200);
    }

    @Override
    public void close() {
        bot.close();
        wecom.close();
    }
}
