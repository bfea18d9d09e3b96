package cn.xuanhua.bot.core.outbound;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The posts and messages WeCom did not take after every retry, parked for a person to look at and send again (the
 * console's outbox page). Implemented by persistence.
 */
public interface ParkedPosts {

    /**
     * A parked post.
     *
     * @param attempts  how many times it was tried
     * @param lastError what WeCom or the network answered the last time
     * @param createdAt when it was queued, local time in the bot's zone
     */
    record ParkedPost(long id, Recipient recipient, String appealNumber, int attempts, String lastError,
                      String content, LocalDateTime createdAt) {
    }

    /** Every parked post, newest first. */
    List<ParkedPost> parked();

    /**
     * Puts a parked post back in the queue with fresh attempts.
     *
     * @return false when it is not parked (any more): sent again already, or no such post
     */
    boolean resend(long id);
}
