package cn.xuanhua.bot.wecom.fake;

import java.util.List;

/**
 * One message the fake WeCom accepted.
 *
 * @param kind     which API took it
 * @param target   webhook key, userid(s), chat id, or the reply id of a response_url
 * @param msgType  text, markdown, image, template_card...
 * @param content  the text (for images: the picture as a {@code data:image/png;base64,...} URL; for a card its text)
 * @param mentions userids mentioned (webhook text mentioned_list)
 * @param card     the card's task id, buttons and drop-down (a template card or its update), else null
 */
public record Delivery(Kind kind, String target, String msgType, String content, List<String> mentions, Card card) {

    public Delivery(Kind kind, String target, String msgType, String content, List<String> mentions) {
        this(kind, target, msgType, content, mentions, null);
    }

    /** The WeCom API a delivery came through. */
    public enum Kind {
        WEBHOOK, APP_MESSAGE, APPCHAT, CUSTOMER_GROUP, REPLY,
        /** {@code update_template_card}: a tapped card replaced; {@code target} is the userid. */
        CARD_UPDATE
    }

    /**
     * A template card as WeCom would show it: its task id, its buttons (key and text), the drop-down's question
     * key and options (id and text), and, for an update, the grey line that replaced the buttons.
     */
    public record Card(String taskId, List<Choice> buttons, String questionKey, List<Choice> options,
                       String replaceText) {
        public Card {
            buttons = buttons == null ? List.of() : List.copyOf(buttons);
            options = options == null ? List.of() : List.copyOf(options);
        }
    }

    /** A button (key, text) or an option of the drop-down (id, text). */
    public record Choice(String key, String text) {
    }
}
