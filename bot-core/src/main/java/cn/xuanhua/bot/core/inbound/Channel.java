package cn.xuanhua.bot.core.inbound;

/** How a message reached the bot. */
public enum Channel {
    /** An @-mention of the 智能机器人 (AI bot) in a group or a private chat with it. */
    AIBOT,
    /** A private message to the self-built app (staff commands). */
    APP,
    /** A message pulled from the chat archive (会话内容存档), e.g. in an external customer group. */
    ARCHIVE,
    /**
     * A tap on a button of a staff card ({@code template_card_event} on the app callback): the message id is
     * {@code {taskId}/{userid}}, the text the button's key (and the option chosen on the card after a space), the
     * reply handle the tap's one-use response code.
     */
    CARD,
    /** Typed in the admin console on someone's behalf. */
    CONSOLE
}
