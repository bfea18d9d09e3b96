package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.support.Await;
import cn.xuanhua.bot.admin.support.BotInstance;
import cn.xuanhua.bot.admin.support.FakeWeComServer;
import cn.xuanhua.bot.admin.support.TestServices;
import cn.xuanhua.bot.admin.support.WeComDriver;
import cn.xuanhua.bot.wecom.fake.Delivery;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** Nothing a user sent is lost across a crash, and several instances on one database and Redis act once. */
class RestartAndInstancesIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static void bind(BotInstance bot, String group, String chatId, String key) {
        assertThat(bot.admin().putJson("/api/groups/" + group, "{\"chatId\":\"" + chatId + "\",\"webhookKey\":\"" + key + "\"}")
                .statusCode()).isEqualTo(200);
    }

    private static long replies(FakeWeComServer wecom, String msgId) {
        return wecom.deliveries().stream().filter(d -> d.kind() == Delivery.Kind.REPLY && d.target().equals(msgId)).count();
    }

    @Test
    void aMessageAnsweredButNotYetProcessedWhenTheBotDiesIsProcessedOnceAfterRestart() {
        String db = TestServices.freshMariaDbDatabase("crash");
        String redis = TestServices.freshRedisNamespace();
        try (FakeWeComServer wecom = new FakeWeComServer()) {
            String msgId;
            try (BotInstance first = BotInstance.start(db, redis, wecom.baseUrl(), "--bot.workers.inbox-threads=0")) {
                bind(first, "tw-huangcheng", "wrHuangcheng", "key-huangcheng-crash");
                var sent = new WeComDriver(first.port(), wecom.baseUrl())
                        .groupMessage("wrHuangcheng", "owner.li", "厂后面胡同里堆了好多垃圾,路灯也坏了好几天了,麻烦街道管管");
                assertThat(sent.response().statusCode()).isEqualTo(200);
                msgId = sent.msgId();
                assertThat(first.db().queryForObject("SELECT status FROM inbox_message WHERE message_id = ?",
                        String.class, "aibot:" + msgId)).isEqualTo("PENDING");
            }
            try (BotInstance second = BotInstance.start(db, redis, wecom.baseUrl())) {
                Await.until("processed after restart", WAIT, () -> replies(wecom, msgId) == 1);
                Await.quietPeriod(Duration.ofSeconds(1));
                assertThat(second.db().queryForObject("SELECT COUNT(*) FROM appeal WHERE source_message_id = ?",
                        Integer.class, "aibot:" + msgId)).isEqualTo(1);
                assertThat(replies(wecom, msgId)).isEqualTo(1);
            }
        }
    }

    @Test
    void aPostQueuedWhileWeComIsDownIsDeliveredOnceAfterARestart() {
        String db = TestServices.freshMariaDbDatabase("down");
        String redis = TestServices.freshRedisNamespace();
        try (FakeWeComServer wecom = new FakeWeComServer()) {
            try (BotInstance first = BotInstance.start(db, redis, wecom.baseUrl())) {
                bind(first, "tw-dabeijie", "wrDabeijie", "key-dabeijie-down");
                wecom.setDown(true);
                first.admin().postJson("/api/staff", "{\"userId\":\"db.a\",\"name\":\"大北街 甲\",\"departmentCode\":\"office-dabeijie\"}");
                new WeComDriver(first.port(), wecom.baseUrl())
                        .groupMessage("wrDabeijie", "owner.zhou", "店门口的下水道堵了两天了,麻烦派人疏通");
                Await.until("a failed attempt", WAIT, () -> first.db().queryForObject(
                        "SELECT COUNT(*) FROM outbox_message WHERE attempts >= 1 AND status <> 'SENT'", Integer.class) > 0);
            }
            wecom.setDown(false);
            try (BotInstance second = BotInstance.start(db, redis, wecom.baseUrl())) {
                Await.until("all sent", WAIT, () -> second.db().queryForObject(
                        "SELECT COUNT(*) FROM outbox_message WHERE status <> 'SENT'", Integer.class) == 0);
                int queued = second.db().queryForObject("SELECT COUNT(*) FROM outbox_message", Integer.class);
                Await.quietPeriod(Duration.ofSeconds(1));
                assertThat(wecom.deliveries()).hasSize(queued);
            }
        }
    }

    @Test
    void twoInstancesMakeOneAppealSendEachNoticeOnceAndFetchOneToken() throws Exception {
        String db = TestServices.freshMariaDbDatabase("twins");
        String redis = TestServices.freshRedisNamespace();
        try (FakeWeComServer wecom = new FakeWeComServer();
             BotInstance a = BotInstance.start(db, redis, wecom.baseUrl());
             BotInstance b = BotInstance.start(db, redis, wecom.baseUrl())) {
            bind(a, "tw-jianguojie", "wrJianguojie", "key-jianguojie-twins");
            for (String user : new String[]{"jg.a", "jg.b", "jg.c"}) {
                assertThat(a.admin().postJson("/api/staff", "{\"userId\":\"" + user + "\",\"name\":\"建国街 " + user
                        + "\",\"departmentCode\":\"office-jianguojie\"}").statusCode()).isEqualTo(201);
            }
            // Each instance keeps staff and groups in memory and sees another's edit within a second (docs/architecture.md).
            Await.quietPeriod(Duration.ofSeconds(1));
            String msgId = "twins-" + System.nanoTime();
            // WeCom retries the same message; the retries land on different instances at the same time.
            CompletableFuture<?> toA = CompletableFuture.runAsync(() -> new WeComDriver(a.port(), wecom.baseUrl())
                    .groupMessage(msgId, "wrJianguojie", "owner.ma", "胡同里堆了好多垃圾,路灯也不亮了,晚上很黑,麻烦街道管管"));
            CompletableFuture<?> toB = CompletableFuture.runAsync(() -> new WeComDriver(b.port(), wecom.baseUrl())
                    .groupMessage(msgId, "wrJianguojie", "owner.ma", "胡同里堆了好多垃圾,路灯也不亮了,晚上很黑,麻烦街道管管"));
            CompletableFuture.allOf(toA, toB).get();
            Await.until("three staff notices", WAIT, () -> wecom.deliveries().stream()
                    .filter(d -> d.kind() == Delivery.Kind.APP_MESSAGE).count() == 3);
            Await.quietPeriod(Duration.ofSeconds(2));
            assertThat(a.db().queryForObject("SELECT COUNT(*) FROM appeal", Integer.class)).isEqualTo(1);
            assertThat(replies(wecom, msgId)).isEqualTo(1);
            assertThat(wecom.deliveries().stream().filter(d -> d.kind() == Delivery.Kind.APP_MESSAGE).map(Delivery::target))
                    .containsExactlyInAnyOrder("jg.a", "jg.b", "jg.c");
            assertThat(wecom.api().tokenFetches()).isEqualTo(1);
        }
    }

    @Test
    void aGroupBindingEditedOnOneInstanceIsUsedByTheOtherWithinASecond() {
        String db = TestServices.freshMariaDbDatabase("rebind");
        String redis = TestServices.freshRedisNamespace();
        try (FakeWeComServer wecom = new FakeWeComServer();
             BotInstance console = BotInstance.start(db, redis, wecom.baseUrl(), "--bot.workers.inbox-threads=0");
             BotInstance worker = BotInstance.start(db, redis, wecom.baseUrl())) {
            // Only the second instance processes messages: what it does shows what it knows of the binding.
            WeComDriver toWorker = new WeComDriver(worker.port(), wecom.baseUrl());
            bind(console, "tw-pangjiabao", "wrPangjiabaoOld", "key-pangjiabao-rebind");
            Await.quietPeriod(Duration.ofSeconds(1));
            String before = toWorker.groupMessage("wrPangjiabaoOld", "owner.han", "我们店门口的下水井盖丢了,晚上很危险,麻烦镇里尽快补上")
                    .msgId();
            Await.until("the appeal from the old chat", WAIT, () -> outcome(worker, before).startsWith("appeal "));

            bind(console, "tw-pangjiabao", "wrPangjiabaoNew", "key-pangjiabao-rebind");
            Await.quietPeriod(Duration.ofSeconds(1));

            String moved = toWorker.groupMessage("wrPangjiabaoNew", "owner.feng", "我们厂区门口的路灯坏了一个星期了,晚上很黑,麻烦镇里修一下")
                    .msgId();
            String left = toWorker.groupMessage("wrPangjiabaoOld", "owner.qin", "村口的垃圾好几天没人清运了,味道很大,麻烦镇里处理")
                    .msgId();
            Await.until("both handled", WAIT, () -> !outcome(worker, moved).isEmpty() && !outcome(worker, left).isEmpty());
            assertThat(outcome(worker, moved)).startsWith("appeal ");
            assertThat(worker.db().queryForObject("SELECT group_code FROM appeal WHERE source_message_id = ?",
                    String.class, "aibot:" + moved)).isEqualTo("tw-pangjiabao");
            assertThat(outcome(worker, left)).isEqualTo("unknown group wrPangjiabaoOld");
        }
    }

    /** What became of a stored message; empty while it waits. */
    private static String outcome(BotInstance bot, String msgId) {
        List<String> found = bot.db().queryForList("SELECT outcome FROM inbox_message WHERE message_id = ?"
                + " AND status IN ('DONE', 'UNKNOWN_GROUP')", String.class, "aibot:" + msgId);
        return found.isEmpty() || found.get(0) == null ? "" : found.get(0);
    }
}
