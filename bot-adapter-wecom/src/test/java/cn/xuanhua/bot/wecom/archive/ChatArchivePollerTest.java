package cn.xuanhua.bot.wecom.archive;

import cn.xuanhua.bot.core.inbound.Channel;
import cn.xuanhua.bot.core.inbound.InboundMessage;
import cn.xuanhua.bot.core.inbound.ArchiveCursor;
import cn.xuanhua.bot.core.inbound.Inbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import me.chanjar.weixin.cp.bean.msgaudit.WxCpChatModel;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The poller on recorded archive payloads (decrypted records as WeCom's SDK returns them). */
class ChatArchivePollerTest {
    private final ZoneId zone = ZoneId.of("Asia/Shanghai");
    private final RecordedSource source = new RecordedSource(recorded());
    private final MemoryCursor cursor = new MemoryCursor();
    private final MemoryInbox inbox = new MemoryInbox();
    private final ChatArchivePoller poller = new ChatArchivePoller(source, cursor, inbox, zone);

    @Test
    void storesGroupTextMessagesAndMovesTheCursorPastEverythingRead() {
        assertThat(poller.pollOnce()).isEqualTo(4);
        assertThat(inbox.stored).extracting(InboundMessage::messageId)
                .containsExactly("CAQQluDa4QUY0On2rYSAgAMgzPrShAE=", "CAQQ3fbb4QUY0On2rYSAgAMgip/yzgt=");
        InboundMessage first = inbox.stored.get(0);
        assertThat(first.channel()).isEqualTo(Channel.ARCHIVE);
        assertThat(first.chatId()).isEqualTo("wrErxtDgAAPJ7gRNDM1ENNIvGIsP3Wag");
        assertThat(first.group()).isTrue();
        assertThat(first.text()).startsWith("厂区门口的路灯坏了");
        assertThat(first.sentAt().toInstant().toEpochMilli()).isEqualTo(1795654800000L);
        assertThat(cursor.seq).isEqualTo(104);
    }

    @Test
    void aSecondPollStartsAfterTheCursorAndRepeatsNothing() {
        poller.pollOnce();
        assertThat(poller.pollOnce()).isZero();
        assertThat(source.askedFrom).containsExactly(0L, 104L);
        assertThat(inbox.stored).hasSize(2);
    }

    @Test
    void aRestartWithTheStoredCursorNeitherSkipsNorRepeats() {
        cursor.seq = 102;
        new ChatArchivePoller(source, cursor, inbox, zone).pollOnce();
        assertThat(inbox.stored).extracting(InboundMessage::messageId).containsExactly("CAQQ3fbb4QUY0On2rYSAgAMgip/yzgt=");
    }

    private static List<ArchivedMessage> recorded() {
        try (InputStream in = ChatArchivePollerTest.class.getResourceAsStream("/archive/recorded-batch.json")) {
            List<ArchivedMessage> out = new ArrayList<>();
            for (JsonNode n : new ObjectMapper().readTree(in)) {
                out.add(ChatModels.toArchived(n.get("seq").asLong(), WxCpChatModel.fromJson(n.get("chat").toString())));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class RecordedSource implements ChatArchiveSource {
        private final List<ArchivedMessage> all;
        final List<Long> askedFrom = new ArrayList<>();

        RecordedSource(List<ArchivedMessage> all) {
            this.all = all;
        }

        @Override
        public List<ArchivedMessage> fetch(long afterSeq, int limit) {
            askedFrom.add(afterSeq);
            return all.stream().filter(m -> m.seq() > afterSeq).limit(limit).toList();
        }
    }

    private static final class MemoryCursor implements ArchiveCursor {
        long seq;

        @Override
        public long lastSeq() {
            return seq;
        }

        @Override
        public void advanceTo(long s) {
            seq = s;
        }
    }

    private static final class MemoryInbox implements Inbox {
        final List<InboundMessage> stored = new ArrayList<>();
        private final Map<String, InboundMessage> byKey = new LinkedHashMap<>();

        @Override
        public boolean store(InboundMessage m) {
            if (byKey.putIfAbsent(m.inboxKey(), m) != null) {
                return false;
            }
            stored.add(m);
            return true;
        }
    }
}
