package cn.xuanhua.bot.admin.sandbox;

import cn.xuanhua.bot.admin.config.WeComKeys;
import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.Groups;
import cn.xuanhua.bot.wecom.fake.FakeWeComApi;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

/**
 * Plays WeCom's part for what a person types in the sandbox: the message is encrypted with the sandbox keys and
 * POSTed to the bot's real callback endpoints, exactly as WeCom would deliver it. A group message goes to the AI
 * bot callback (with a one-use response_url on the fake API); a private message goes to the app callback.
 */
public class SandboxConversation {
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final WeComKeys keys;
    private final Groups groups;
    private final SandboxChat chat;
    private final FakeWeComApi api;
    private final Clock clock;

    public SandboxConversation(WeComKeys keys, Groups groups, SandboxChat chat, FakeWeComApi api, Clock clock) {
        this.keys = keys;
        this.groups = groups;
        this.chat = chat;
        this.api = api;
        this.clock = clock;
    }

    /** Says {@code text} as {@code userId} in {@code window} ({@code group:CODE} or {@code user:USERID}). */
    public int say(int port, String window, String userId, String speakerName, String text) {
        if (text == null || text.isBlank() || userId == null || userId.isBlank()) {
            throw new InvalidInputException("说话人和内容都不能为空");
        }
        // The window is checked before the line is shown: a message to no window changes nothing.
        if (window != null && window.startsWith("group:")) {
            ChatGroup group = groups.byCode(window.substring(6))
                    .orElseThrow(() -> new InvalidInputException("未知的群: " + window));
            chat.said(window, speakerName, text);
            return postToAiBot(port, group, window, userId, text);
        }
        if (window != null && window.startsWith("user:")) {
            chat.said(window, speakerName, text);
            return postToApp(port, userId, text);
        }
        throw new InvalidInputException("未知的窗口: " + window);
    }

    /**
     * Taps a button of a card the sandbox's fake WeCom delivered to {@code userId}: the {@code template_card_event}
     * WeCom would send, encrypted with the sandbox keys and POSTed to the real app callback.
     */
    public int tap(int port, String userId, String taskId, String key, String option) {
        FakeWeComApi.Tap tap = userId == null || taskId == null || key == null ? null
                : api.tap(userId, taskId, key, option == null || option.isBlank() ? null : option);
        if (tap == null) {
            throw new InvalidInputException("没有发给该成员的这张卡片");
        }
        chat.said("user:" + userId, "点击卡片按钮", buttonText(tap));
        return postAppXml(port, tap.xml());
    }

    private String buttonText(FakeWeComApi.Tap tap) {
        return api.deliveries().stream().filter(d -> d.card() != null && tap.taskId().equals(d.card().taskId()))
                .flatMap(d -> d.card().buttons().stream()).filter(b -> b.key().equals(tap.eventKey()))
                .map(b -> "「" + b.text() + "」").findFirst().orElse(tap.eventKey());
    }

    private int postToAiBot(int port, ChatGroup group, String window, String userId, String text) {
        String msgId = UUID.randomUUID().toString().replace("-", "");
        String replyPath = api.newReplyPath();
        chat.expectReply(replyPath.substring(replyPath.lastIndexOf('/') + 1), window);
        ObjectNode m = json.createObjectNode();
        m.put("msgid", msgId).put("aibotid", "sandbox-aibot").put("chatid", group.chatId()).put("chattype", "group");
        m.putObject("from").put("userid", userId);
        m.put("response_url", "http://127.0.0.1:" + port + "/sandbox/qyapi" + replyPath);
        m.put("msgtype", "text").putObject("text").put("content", "@诉求助手 " + text);
        WxCryptUtil.EncryptContext c = new WxCryptUtil(keys.aibotToken().reveal(), keys.aibotAesKey().reveal(), "")
                .encryptContext(m.toString());
        return post(port, "/wecom/aibot/callback", c, "{\"encrypt\":\"" + c.getEncrypt() + "\"}", "application/json");
    }

    private int postToApp(int port, String userId, String text) {
        long msgId = Math.abs(UUID.randomUUID().getMostSignificantBits());
        String inner = "<xml><ToUserName><![CDATA[" + keys.corpId() + "]]></ToUserName>"
                + "<FromUserName><![CDATA[" + userId + "]]></FromUserName>"
                + "<CreateTime>" + clock.instant().getEpochSecond() + "</CreateTime>"
                + "<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[" + text.replace("]]>", "]] >") + "]]></Content>"
                + "<MsgId>" + msgId + "</MsgId><AgentID>" + keys.agentId() + "</AgentID></xml>";
        return postAppXml(port, inner);
    }

    private int postAppXml(int port, String inner) {
        WxCryptUtil.EncryptContext c = new WxCryptUtil(keys.appToken().reveal(), keys.appAesKey().reveal(), keys.corpId())
                .encryptContext(inner);
        String envelope = "<xml><ToUserName><![CDATA[" + keys.corpId() + "]]></ToUserName><AgentID><![CDATA["
                + keys.agentId() + "]]></AgentID><Encrypt><![CDATA[" + c.getEncrypt() + "]]></Encrypt></xml>";
        return post(port, "/wecom/app/callback", c, envelope, "text/xml");
    }

    private int post(int port, String path, WxCryptUtil.EncryptContext c, String body, String contentType) {
        String query = "?msg_signature=" + c.getSignature() + "&timestamp=" + c.getTimeStamp()
                + "&nonce=" + URLEncoder.encode(c.getNonce(), StandardCharsets.UTF_8);
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path + query))
                    .header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException("the sandbox could not reach its own callback", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
