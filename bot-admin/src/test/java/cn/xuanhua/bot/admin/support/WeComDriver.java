package cn.xuanhua.bot.admin.support;

import me.chanjar.weixin.common.util.crypto.WxCryptUtil;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Plays WeCom's part in integration tests: encrypts messages with the test keys and POSTs them to the bot's
 * callback endpoints, as WeCom delivers them.
 */
public final class WeComDriver {
    public static final String AIBOT_TOKEN = "itAibotToken";
    public static final String APP_TOKEN = "itAppToken";
    public static final String AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    public static final String CORP_ID = "wwIntegrationTest";
    public static final String APP_SECRET = "it-app-secret-value";

    private final Http http;
    private final String replyBase;

    /** @param replyBase where response_urls point (the fake WeCom server) */
    public WeComDriver(int port, String replyBase) {
        this.http = Http.at(port);
        this.replyBase = replyBase;
    }

    /** A group @-mention as the AI bot callback carries it; returns the message id. */
    public record Sent(String msgId, HttpResponse<String> response) {
    }

    public Sent groupMessage(String chatId, String userId, String text) {
        return groupMessage(UUID.randomUUID().toString().replace("-", ""), chatId, userId, text);
    }

    public Sent groupMessage(String msgId, String chatId, String userId, String text) {
        String json = "{\"msgid\":\"" + msgId + "\",\"aibotid\":\"it\",\"chatid\":\"" + chatId + "\",\"chattype\":\"group\","
                + "\"from\":{\"userid\":\"" + userId + "\"},\"response_url\":\"" + replyBase + "/aibot/response/" + msgId + "\","
                + "\"msgtype\":\"text\",\"text\":{\"content\":\"@诉求助手 " + text.replace("\"", "\\\"") + "\"}}";
        return new Sent(msgId, postAiBot(json));
    }

    public HttpResponse<String> postAiBot(String plainJson) {
        WxCryptUtil.EncryptContext c = new WxCryptUtil(AIBOT_TOKEN, AES_KEY, "").encryptContext(plainJson);
        return http.postJson("/wecom/aibot/callback?" + query(c), "{\"encrypt\":\"" + c.getEncrypt() + "\"}");
    }

    /** A group message correctly encrypted and signed, but stamped with {@code timestamp} (a replay, or a forgery). */
    public HttpResponse<String> groupMessageStamped(String timestamp, String msgId, String chatId, String userId,
                                                    String text) {
        String json = "{\"msgid\":\"" + msgId + "\",\"chatid\":\"" + chatId + "\",\"chattype\":\"group\","
                + "\"from\":{\"userid\":\"" + userId + "\"},\"msgtype\":\"text\",\"text\":{\"content\":\"" + text + "\"}}";
        String encrypted = new WxCryptUtil(AIBOT_TOKEN, AES_KEY, "").encryptContext(json).getEncrypt();
        String nonce = "n" + msgId;
        return http.postJson("/wecom/aibot/callback?" + query(AIBOT_TOKEN, timestamp, nonce, encrypted),
                "{\"encrypt\":\"" + encrypted + "\"}");
    }

    /** A private message to the app, correctly encrypted and signed, but stamped with {@code timestamp}. */
    public HttpResponse<String> appMessageStamped(String timestamp, long msgId, String userId, String text) {
        String inner = "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><FromUserName><![CDATA[" + userId
                + "]]></FromUserName><CreateTime>" + (System.currentTimeMillis() / 1000) + "</CreateTime>"
                + "<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[" + text + "]]></Content>"
                + "<MsgId>" + msgId + "</MsgId><AgentID>1000002</AgentID></xml>";
        String encrypted = new WxCryptUtil(APP_TOKEN, AES_KEY, CORP_ID).encryptContext(inner).getEncrypt();
        return http.postXml("/wecom/app/callback?" + query(APP_TOKEN, timestamp, "n" + msgId, encrypted),
                "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><Encrypt><![CDATA[" + encrypted
                        + "]]></Encrypt></xml>");
    }

    private static String query(String token, String timestamp, String nonce, String encrypted) {
        return "msg_signature=" + me.chanjar.weixin.common.util.crypto.SHA1.gen(token, timestamp, nonce, encrypted)
                + "&timestamp=" + URLEncoder.encode(timestamp, StandardCharsets.UTF_8) + "&nonce=" + nonce;
    }

    /** A private message to the self-built app (staff commands). */
    public HttpResponse<String> appMessage(String userId, String text) {
        long msgId = Math.abs(UUID.randomUUID().getMostSignificantBits());
        String inner = "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><FromUserName><![CDATA[" + userId
                + "]]></FromUserName><CreateTime>" + (System.currentTimeMillis() / 1000) + "</CreateTime>"
                + "<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[" + text + "]]></Content>"
                + "<MsgId>" + msgId + "</MsgId><AgentID>1000002</AgentID></xml>";
        WxCryptUtil.EncryptContext c = new WxCryptUtil(APP_TOKEN, AES_KEY, CORP_ID).encryptContext(inner);
        return http.postXml("/wecom/app/callback?" + query(c), "<xml><ToUserName><![CDATA[" + CORP_ID
                + "]]></ToUserName><Encrypt><![CDATA[" + c.getEncrypt() + "]]></Encrypt></xml>");
    }

    /** An event of the self-built app, e.g. {@code change_external_chat}; {@code fields} are inner XML elements. */
    public HttpResponse<String> appEvent(String event, String fields) {
        String inner = "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><FromUserName><![CDATA[sys]]></FromUserName>"
                + "<CreateTime>" + (System.currentTimeMillis() / 1000) + "</CreateTime><MsgType><![CDATA[event]]></MsgType>"
                + "<Event><![CDATA[" + event + "]]></Event>" + fields + "</xml>";
        WxCryptUtil.EncryptContext c = new WxCryptUtil(APP_TOKEN, AES_KEY, CORP_ID).encryptContext(inner);
        return http.postXml("/wecom/app/callback?" + query(c), "<xml><ToUserName><![CDATA[" + CORP_ID
                + "]]></ToUserName><Encrypt><![CDATA[" + c.getEncrypt() + "]]></Encrypt></xml>");
    }

    /** A tap on a card's button, as WeCom posts it to the app callback (the same tap again is WeCom's retry). */
    public HttpResponse<String> cardTap(cn.xuanhua.bot.wecom.fake.FakeWeComApi.Tap tap) {
        WxCryptUtil.EncryptContext c = new WxCryptUtil(APP_TOKEN, AES_KEY, CORP_ID).encryptContext(tap.xml());
        return http.postXml("/wecom/app/callback?" + query(c), "<xml><ToUserName><![CDATA[" + CORP_ID
                + "]]></ToUserName><Encrypt><![CDATA[" + c.getEncrypt() + "]]></Encrypt></xml>");
    }

    public static String query(WxCryptUtil.EncryptContext c) {
        return "msg_signature=" + c.getSignature() + "&timestamp=" + c.getTimeStamp() + "&nonce="
                + URLEncoder.encode(c.getNonce(), StandardCharsets.UTF_8);
    }
}
