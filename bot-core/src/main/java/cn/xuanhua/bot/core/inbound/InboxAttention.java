package cn.xuanhua.bot.core.inbound;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The inbound messages that wait for a person (the console's inbox page): from a group the bot does not serve yet,
 * held back from a sender's flood, or failed on every attempt. Implemented by persistence.
 */
public interface InboxAttention {

    /**
     * A message as stored, its text as sent (the page masks it).
     *
     * @param status  why it waits: {@code UNKNOWN_GROUP}, {@code HELD} or {@code FAILED}
     * @param channel the {@link Channel} it came through, by name
     * @param outcome what the last attempt said, may be null
     */
    record HeldMessage(long id, String status, String channel, String chatId, String senderUserId, String text,
                       LocalDateTime receivedAt, String outcome) {
    }

    /** Up to {@code limit} of them, newest first. */
    List<HeldMessage> needingAttention(int limit);
}
