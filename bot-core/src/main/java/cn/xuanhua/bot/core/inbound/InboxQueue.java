package cn.xuanhua.bot.core.inbound;

import java.time.Duration;
import java.util.List;

/**
 * The working side of the {@link Inbox}: workers on any instance claim due messages with a lease, and mark each one
 * handled or failed. A worker that dies leaves its lease to run out, and the message is taken over: nothing stored is
 * ever lost. Implemented by persistence (the {@code inbox_message} table).
 */
public interface InboxQueue {

    /**
     * Claims up to {@code limit} due messages for {@code lease}, oldest first. Messages other workers hold are
     * skipped, and so is any message whose sender has an earlier one still waiting: one person's messages are handled
     * in the order they were sent (受理 before 办结), while different people's run in parallel.
     */
    List<ClaimedMessage> claimDue(int limit, Duration lease);

    /** Marks a claimed message handled, with how it ended; runs in the transaction of the handling itself. */
    void finish(ClaimedMessage message, InboundHandler.HandlingResult result);

    /** A claimed message and how its handling ended. */
    record Handled(ClaimedMessage message, InboundHandler.HandlingResult result) {
    }

    /**
     * Marks several claimed messages handled, in the transaction of their handling: a batch's marks in one go
     * rather than a statement each.
     */
    default void finishAll(List<Handled> handled) {
        handled.forEach(h -> finish(h.message(), h.result()));
    }

    /**
     * Gives a message whose handling failed back for another try after {@code delay}, or marks it failed for the
     * console once it has had {@code maxAttempts}.
     */
    void failed(ClaimedMessage message, String error, Duration delay, int maxAttempts);
}
