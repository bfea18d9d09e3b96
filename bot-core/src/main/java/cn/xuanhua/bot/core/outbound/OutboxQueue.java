package cn.xuanhua.bot.core.outbound;

import java.time.Duration;
import java.util.List;

/**
 * The sending side of the {@link Outbox}: senders on any instance claim due posts with a lease, and report each one
 * sent, back to the queue for later, or parked for the console. A sender that dies leaves its lease to run out, and
 * the post is claimed again. Implemented by persistence (the {@code outbox_message} table).
 */
public interface OutboxQueue {

    /**
     * Claims up to {@code limit} due posts for {@code lease}, oldest first. A post waits while an earlier one to the
     * same chat is still queued or being sent, so a group reads 受理 before 办结 however many senders run.
     */
    List<ClaimedPost> claimDue(int limit, Duration lease);

    /**
     * Claims up to {@code max} posts waiting behind {@code head} to the same chat, oldest first (a person's notices
     * that go out together with it). Each is taken only if still waiting, so no other sender holds it.
     */
    List<ClaimedPost> claimBehind(ClaimedPost head, int max, Duration lease);

    /** The messenger took the post. */
    void sent(ClaimedPost post);

    /**
     * Back to the queue, not before {@code delay}, noting {@code error} (null when nothing went wrong);
     * {@code countAttempt} false when the send was never tried.
     */
    void retryLater(ClaimedPost post, Duration delay, String error, boolean countAttempt);

    /**
     * Back to the queue for {@code wait} because its chat had no slot left this minute: not a failure, and no attempt
     * counted. Claimed again, it is {@link ClaimedPost#heldByLimit()}.
     */
    void holdForLimit(ClaimedPost post, Duration wait);

    /** Given up on, with the reason: it stays for the console, where an administrator may resend it. */
    void park(ClaimedPost post, String error);
}
