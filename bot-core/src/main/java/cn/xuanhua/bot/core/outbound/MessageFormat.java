package cn.xuanhua.bot.core.outbound;

/**
 * The WeCom message types the bot sends. {@code CARD} is a template card with buttons for one staff member
 * ({@link StaffCard#toJson()} in the content); {@code CARD_UPDATE} replaces a tapped card
 * ({@link CardUpdate#toJson()}, to a {@link Recipient.TappedCard}).
 */
public enum MessageFormat {
    MARKDOWN, TEXT, IMAGE, CARD, CARD_UPDATE
}
