package cn.xuanhua.bot.core.intake;

/**
 * Who wrote a group message, as far as intake is concerned. Only an {@link #OWNER} (a business owner or any
 * member who is not staff) makes appeals by writing free text; staff file for someone with 代报.
 */
public enum Speaker {
    /** A business owner or any other member of the group. */
    OWNER,
    /** A registered staff member of a department (any role). */
    STAFF,
    /** The group's owner, usually an official of the township or the lead department. */
    GROUP_OWNER,
    /** The bot itself (its own posts seen again through the chat archive). */
    BOT
}
