package cn.xuanhua.bot.wecom.fake;

import java.util.List;

/**
 * One message the fake WeCom accepted.
 *
 * @param kind     which API took it
 * @param target   webhook key, userid(s), chat id, or the reply id of a response_url
 * @param msgType  text, markdown, image...
 * @param content  the text (for images: the picture as a {@code data:image/png;base64,...} URL)
 * @param mentions userids mentioned (webhook text mentioned_list)
 */
public record Delivery(Kind kind, String target, String msgType, String content, List<String> mentions) {

    /** The WeCom API a delivery came through. */
    public enum Kind {
        WEBHOOK, APP_MESSAGE, APPCHAT, CUSTOMER_GROUP, REPLY
    }
}
