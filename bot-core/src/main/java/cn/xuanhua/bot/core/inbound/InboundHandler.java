package cn.xuanhua.bot.core.inbound;

/**
 * What the bot does with one stored inbound message: a command, a new appeal, or nothing. Called by the inbox
 * workers inside the transaction that also marks the message handled, so its effects (appeal, events, outbox
 * rows) and the "handled" mark are committed together or not at all.
 */
public interface InboundHandler {

    HandlingResult handle(InboundMessage message);

    /**
     * How a message ended.
     *
     * @param status  DONE, or UNKNOWN_GROUP when it came from a group the bot does not serve (kept for the console)
     * @param outcome a short description for the console ("appeal XH20261126-0007", "not an appeal: noise.thanks")
     */
    record HandlingResult(Status status, String outcome) {
        public static HandlingResult done(String outcome) {
            return new HandlingResult(Status.DONE, outcome);
        }

        public static HandlingResult unknownGroup(String chatId) {
            return new HandlingResult(Status.UNKNOWN_GROUP, "unknown group " + chatId);
        }

        /** Kept for a person to look at: one sender's flood of new appeals beyond the admission limit. */
        public static HandlingResult held(String why) {
            return new HandlingResult(Status.HELD, why);
        }
    }

    /** Final states of an inbox message. */
    enum Status {
        DONE, UNKNOWN_GROUP, HELD
    }
}
