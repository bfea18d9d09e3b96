package cn.xuanhua.bot.core.org;

/** How the bot posts into a group on its own initiative (replies to an AI-bot message use its response_url). */
public enum GroupBinding {
    /** A 群机器人 webhook key: internal groups. */
    WEBHOOK,
    /** appchat/send: groups the self-built app created. */
    APPCHAT,
    /** add_msg_template: external customer groups, the owner confirms each post in the client. */
    EXTERNAL
}
