package cn.xuanhua.bot.wecom.archive;

import cn.xuanhua.bot.core.inbound.ArchiveCursor;
import cn.xuanhua.bot.core.inbound.Channel;
import cn.xuanhua.bot.core.inbound.ChatArchive;
import cn.xuanhua.bot.core.inbound.InboundMessage;
import cn.xuanhua.bot.core.inbound.Inbox;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Reads the chat archive from where it stopped: group text messages go into the inbox like any callback message,
 * and the cursor moves past everything read (other message types included). The caller runs {@link #pollOnce()}
 * in one transaction, so the inbox rows and the new position are stored together: a restart neither skips nor
 * repeats, and the inbox's unique message id makes a repeat harmless anyway.
 */
public class ChatArchivePoller implements ChatArchive {
    static final int BATCH = 500;
    private final ChatArchiveSource source;
    private final ArchiveCursor cursor;
    private final Inbox inbox;
    private final ZoneId zone;

    public ChatArchivePoller(ChatArchiveSource source, ArchiveCursor cursor, Inbox inbox, ZoneId zone) {
        this.source = source;
        this.cursor = cursor;
        this.inbox = inbox;
        this.zone = zone;
    }

    /** Pulls one batch; returns how many records it read (0 = up to date). */
    @Override
    public int pollOnce() {
        long from = cursor.lastSeq();
        List<ArchivedMessage> batch = source.fetch(from, BATCH);
        long last = from;
        for (ArchivedMessage m : batch) {
            if (m.isGroupText()) {
                inbox.store(new InboundMessage(m.msgId(), Channel.ARCHIVE, m.roomId(), true, m.from(), m.text().strip(),
                        null, Instant.ofEpochMilli(m.msgTime()).atZone(zone)));
            }
            last = Math.max(last, m.seq());
        }
        if (last > from) {
            cursor.advanceTo(last);
        }
        return batch.size();
    }
}
