package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.support.Await;
import cn.xuanhua.bot.admin.support.BotInstance;
import cn.xuanhua.bot.admin.support.FakeWeComServer;
import cn.xuanhua.bot.admin.support.TestServices;
import cn.xuanhua.bot.admin.support.WeComDriver;
import cn.xuanhua.bot.wecom.fake.Delivery;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Marks in Redis belong to one deployment: two deployments sharing one Redis (even one namespace), or a database
 * restored from a backup, make the same appeal numbers again, and each must still deliver every post of its own.
 */
class SharedRedisIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String TEXT = "门口的路灯坏了好几天了,晚上很黑,麻烦尽快修一下";

    @Test
    void twoDeploymentsSharingOneRedisNamespaceBothDeliverTheirReplies() {
        String sharedNamespace = TestServices.freshRedisNamespace();
        try (FakeWeComServer wecom = new FakeWeComServer()) {
            String firstReply = appealAndAwaitReply(TestServices.freshMariaDbDatabase("staging"), sharedNamespace, wecom);
            String secondReply = appealAndAwaitReply(TestServices.freshMariaDbDatabase("production"), sharedNamespace, wecom);
            assertThat(firstReply).contains("-0001");
            assertThat(secondReply).as("the same appeal number, made by the other deployment").contains("-0001");
        }
    }

    @Test
    void aDatabaseRestoredFromABackupDeliversThePostsItMakesAgain() {
        String namespace = TestServices.freshRedisNamespace();
        String backup = TestServices.freshMariaDbDatabase("backup");
        String restored = TestServices.freshMariaDbDatabase("restored");
        try (FakeWeComServer wecom = new FakeWeComServer()) {
            // The restored copy is the same deployment (the same installation id) with none of last night's appeals.
            try (BotInstance migrate = BotInstance.start(restored, namespace, wecom.baseUrl(), "--bot.workers.inbox-threads=0");
                 BotInstance original = BotInstance.start(backup, namespace, wecom.baseUrl(), "--bot.workers.inbox-threads=0")) {
                String id = original.db().queryForObject("SELECT id FROM installation", String.class);
                migrate.db().update("UPDATE installation SET id = ?", id);
            }
            appealAndAwaitReply(backup, namespace, wecom);
            String again = appealAndAwaitReply(restored, namespace, wecom);
            assertThat(again).contains("-0001");
        }
    }

    /** Starts a deployment, binds a group, sends one appeal; returns the reply WeCom received for it. */
    private static String appealAndAwaitReply(String db, String namespace, FakeWeComServer wecom) {
        try (BotInstance bot = BotInstance.start(db, namespace, wecom.baseUrl())) {
            assertThat(bot.admin().putJson("/api/groups/tw-nanguan", "{\"chatId\":\"wrNanguan\",\"webhookKey\":\"key-nanguan-shared\"}")
                    .statusCode()).isEqualTo(200);
            String msgId = new WeComDriver(bot.port(), wecom.baseUrl()).groupMessage("wrNanguan", "owner.zhang", TEXT).msgId();
            Await.until("the outbox has sent the reply", WAIT, () -> bot.db().queryForObject(
                    "SELECT COUNT(*) FROM outbox_message WHERE status = 'SENT' AND recipient_kind = 'REPLY'", Integer.class) == 1);
            return wecom.deliveries().stream()
                    .filter(d -> d.kind() == Delivery.Kind.REPLY && d.target().equals(msgId))
                    .map(Delivery::content)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("marked SENT, but WeCom never received the reply to " + msgId));
        }
    }
}
