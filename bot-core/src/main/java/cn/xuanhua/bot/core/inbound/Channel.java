package cn.xuanhua.bot.core.inbound;

/** How a message reached the bot. */
public enum Channel {
    /** An @-mention of the 智能机器人 (AI bot) in a group or a private chat with it. */
    AIBOT,
    /** A private message to the self-built app (staff commands). */
    APP,
    /** A message pulled from the chat archive (会话内容存档), e.g. in an external customer group. */
    ARCHIVE,
    /** Typed in the admin console on someone's behalf. */
    CONSOLE
}
