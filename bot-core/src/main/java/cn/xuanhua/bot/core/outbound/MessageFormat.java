package cn.xuanhua.bot.core.outbound;

/** The WeCom message types the bot sends. */
public enum MessageFormat {
    MARKDOWN, TEXT, IMAGE
}
