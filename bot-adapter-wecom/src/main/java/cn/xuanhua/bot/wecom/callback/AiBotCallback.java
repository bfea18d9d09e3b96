package cn.xuanhua.bot.wecom.callback;

import cn.xuanhua.bot.core.inbound.Channel;
import cn.xuanhua.bot.core.inbound.InboundMessage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The 智能机器人 (AI bot) callback: JSON bodies {@code {"encrypt": "..."}}, receive id "". WxJava 4.7 has no
 * AI-bot support, so decryption goes through {@link WeComCrypto} and the JSON is read here.
 */
public class AiBotCallback {
    /** A leading @-mention of the bot ("@诉求助手 ", full-width space too), which is not part of the request. */
    private static final Pattern LEADING_MENTION = Pattern.compile("^[\\s\\u3000]*@[^\\s\\u3000]+[\\s\\u3000]*");

    private final WeComCrypto crypto;
    private final ReplayGuard replays;
    private final ObjectMapper json = new ObjectMapper();

    public AiBotCallback(String token, String encodingAesKey, ReplayGuard replays) {
        this.crypto = new WeComCrypto(token, encodingAesKey, "");
        this.replays = replays;
    }

    /**
     * The URL check: the decrypted echostr, to be answered as plain text. Its timestamp is not checked: WeCom calls it
     * once, when the administrator saves the URL, and answering it again changes nothing.
     */
    public String verifyUrl(String msgSignature, String timestamp, String nonce, String echostr) {
        return crypto.verifyAndDecrypt(msgSignature, timestamp, nonce, echostr);
    }

    /**
     * Verifies, decrypts and reads one callback. Text (and the text parts of mixed) messages become inbound
     * messages; events and other message types carry nothing to act on and give empty. A timestamp more than 10
     * minutes from the system clock is refused (a replay), after the body's own checks.
     *
     * @throws CallbackRejected with the status to answer when the body is refused
     */
    public Optional<InboundMessage> read(String msgSignature, String timestamp, String nonce, byte[] body,
                                         ZonedDateTime receivedAt) {
        JsonNode envelope = parse(CallbackLimits.body(body));
        String encrypted = envelope.path("encrypt").asText(null);
        if (encrypted == null) {
            throw new CallbackRejected(CallbackRejected.Reason.MALFORMED, "no encrypt field");
        }
        replays.check(timestamp);
        JsonNode message = parse(crypto.verifyAndDecrypt(msgSignature, timestamp, nonce, encrypted));
        String text = textOf(message);
        String msgId = message.path("msgid").asText("");
        String sender = message.path("from").path("userid").asText("");
        if (text == null || msgId.isEmpty() || sender.isEmpty()) {
            return Optional.empty();
        }
        boolean group = "group".equals(message.path("chattype").asText());
        String chatId = group ? message.path("chatid").asText(null) : null;
        String responseUrl = message.path("response_url").asText(null);
        return Optional.of(new InboundMessage(msgId, Channel.AIBOT, chatId, group, sender,
                stripMention(text), responseUrl, receivedAt));
    }

    static String stripMention(String text) {
        return LEADING_MENTION.matcher(text).replaceFirst("").strip();
    }

    private static String textOf(JsonNode message) {
        String type = message.path("msgtype").asText();
        if ("text".equals(type)) {
            return message.path("text").path("content").asText(null);
        }
        if ("mixed".equals(type)) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode item : message.path("mixed").path("msg_item")) {
                if ("text".equals(item.path("msgtype").asText())) {
                    sb.append(item.path("text").path("content").asText(""));
                }
            }
            return sb.length() == 0 ? null : sb.toString();
        }
        return null;
    }

    private JsonNode parse(String text) {
        try {
            JsonNode node = json.readTree(text);
            if (node == null || !node.isObject()) {
                throw new CallbackRejected(CallbackRejected.Reason.MALFORMED, "not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new CallbackRejected(CallbackRejected.Reason.MALFORMED, "not JSON");
        }
    }
}
