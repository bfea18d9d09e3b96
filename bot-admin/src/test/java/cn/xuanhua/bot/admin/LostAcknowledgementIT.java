package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.support.BotInstance;
import cn.xuanhua.bot.admin.support.CuttableProxy;
import cn.xuanhua.bot.admin.support.FakeWeComServer;
import cn.xuanhua.bot.admin.support.TestServices;
import cn.xuanhua.bot.admin.support.WeComDriver;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 200 to WeCom means stored. The database is cut again and again under a stream of callbacks (every open
 * connection closed mid-statement, then no connection for a moment, as when the server is killed or fails over);
 * afterwards every message that was answered 200 must be in the inbox, and the ones that were not stored must have
 * been answered 5xx so that WeCom sends them again.
 */
class LostAcknowledgementIT {
    private static final int SENDERS = 8;
    private static final int CUTS = 12;

    @Test
    void everyCallbackAnswered200IsStoredWhenTheDatabaseDiesUnderIt() throws Exception {
        String directUrl = TestServices.freshMariaDbDatabase("cut");
        Map<String, Integer> statusByMessage = new ConcurrentHashMap<>();
        try (CuttableProxy proxy = new CuttableProxy(TestServices.DB_HOST, Integer.parseInt(TestServices.DB_PORT));
             FakeWeComServer wecom = new FakeWeComServer();
             BotInstance bot = BotInstance.start(throughProxy(directUrl, proxy), TestServices.freshRedisNamespace(),
                     wecom.baseUrl(), "--spring.datasource.hikari.connection-timeout=2000")) {
            WeComDriver driver = new WeComDriver(bot.port(), wecom.baseUrl());
            AtomicBoolean sending = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
            List<Future<?>> senders = new ArrayList<>();
            for (int s = 0; s < SENDERS; s++) {
                int sender = s;
                senders.add(pool.submit(() -> {
                    for (int i = 0; sending.get(); i++) {
                        WeComDriver.Sent sent = driver.groupMessage("cut-" + sender + "-" + i, "wrCut", "owner.cut" + sender,
                                "你好");
                        statusByMessage.put("aibot:" + sent.msgId(), sent.response().statusCode());
                    }
                }));
            }
            for (int cut = 0; cut < CUTS; cut++) {
                Thread.sleep(250);
                proxy.down(true);
                Thread.sleep(100);
                proxy.down(false);
            }
            Thread.sleep(300);
            sending.set(false);
            for (Future<?> f : senders) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
        }

        Set<String> acknowledged = new HashSet<>();
        Set<String> refused = new HashSet<>();
        statusByMessage.forEach((id, status) -> (status == 200 ? acknowledged : refused).add(id));
        assertThat(refused).as("some callbacks met the cut database and were refused")
                .isNotEmpty();
        assertThat(acknowledged).as("messages answered 200").hasSizeGreaterThan(100);
        assertThat(storedIn(directUrl)).as("every message answered 200 is in the inbox")
                .containsAll(acknowledged);
        assertThat(statusByMessage.values()).as("a storage failure is a 503, never another answer")
                .allMatch(status -> status == 200 || status == 503);
    }

    private static String throughProxy(String url, CuttableProxy proxy) {
        return url.replace(TestServices.DB_HOST + ":" + TestServices.DB_PORT + "/", "127.0.0.1:" + proxy.port() + "/");
    }

    private static Set<String> storedIn(String url) throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection c = DriverManager.getConnection(url, TestServices.DB_USER, TestServices.DB_PASSWORD);
             PreparedStatement s = c.prepareStatement("SELECT message_id FROM inbox_message");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        return ids;
    }
}
