package cn.xuanhua.bot.wecom.callback;

import cn.xuanhua.bot.core.inbound.Channel;
import cn.xuanhua.bot.core.inbound.InboundMessage;
import me.chanjar.weixin.cp.bean.message.WxCpXmlMessage;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The self-built app's callback: encrypted XML, receive id = CorpID. Staff write commands to the app in private
 * chat; events keep customer-group membership current and wake the chat-archive poller.
 */
public class AppCallback {
    private final WeComCrypto crypto;
    private final ZoneId zone;
    private final ReplayGuard replays;

    public AppCallback(String token, String encodingAesKey, String corpId, ZoneId zone, ReplayGuard replays) {
        this.crypto = new WeComCrypto(token, encodingAesKey, corpId);
        this.zone = zone;
        this.replays = replays;
    }

    /** The URL check: the decrypted echostr (its timestamp is not checked, as for the AI bot's). */
    public String verifyUrl(String msgSignature, String timestamp, String nonce, String echostr) {
        return crypto.verifyAndDecrypt(msgSignature, timestamp, nonce, echostr);
    }

    /**
     * Verifies, decrypts and reads one callback; a timestamp more than 10 minutes from the system clock is refused.
     *
     * @throws CallbackRejected with the status to answer when the body is refused
     */
    public AppCallbackEvent read(String msgSignature, String timestamp, String nonce, byte[] body) {
        String envelope = CallbackLimits.body(body);
        String encrypted = SafeXml.firstElementText(envelope, "Encrypt");
        if (encrypted == null || encrypted.isBlank()) {
            throw new CallbackRejected(CallbackRejected.Reason.MALFORMED, "no Encrypt element");
        }
        replays.check(timestamp);
        String inner = crypto.verifyAndDecrypt(msgSignature, timestamp, nonce, encrypted.trim());
        SafeXml.refuseDoctype(inner);
        SafeXml.firstElementText(inner, "MsgType"); // well-formedness check with the hardened parser
        WxCpXmlMessage xml = WxCpXmlMessage.fromXml(inner, null);
        return toEvent(xml);
    }

    /**
     * A tap on a card's button (docs/wecom.md "Cards"): stored like a message, keyed by the card and the person, so
     * a tap WeCom delivers again is stored once and one card takes one tap. The text is the button's key and, after a
     * space, the option chosen in the card's drop-down; the one-use response code travels as the reply handle.
     */
    private AppCallbackEvent cardTap(WxCpXmlMessage xml) {
        String from = xml.getFromUserName();
        String taskId = xml.getTaskId();
        if (from == null || from.isBlank() || taskId == null || taskId.isBlank() || xml.getResponseCode() == null) {
            return new AppCallbackEvent.Ignored("event:template_card_event without user, task or response code");
        }
        String selected = xml.getSelectedItems() == null ? null : xml.getSelectedItems().stream()
                .filter(i -> i.getOptionIds() != null && !i.getOptionIds().isEmpty())
                .map(i -> i.getOptionIds().get(0)).findFirst().orElse(null);
        String key = xml.getEventKey() == null ? "" : xml.getEventKey().strip();
        ZonedDateTime at = Instant.ofEpochSecond(xml.getCreateTime() == null ? 0 : xml.getCreateTime()).atZone(zone);
        return new AppCallbackEvent.Message(new InboundMessage(taskId.strip() + "/" + from, Channel.CARD, null, false,
                from, selected == null ? key : key + " " + selected, xml.getResponseCode(), at));
    }

    private AppCallbackEvent toEvent(WxCpXmlMessage xml) {
        String type = xml.getMsgType();
        if ("text".equals(type) && xml.getMsgId() != null && xml.getFromUserName() != null) {
            ZonedDateTime sentAt = Instant.ofEpochSecond(xml.getCreateTime() == null ? 0 : xml.getCreateTime())
                    .atZone(zone);
            return new AppCallbackEvent.Message(new InboundMessage(String.valueOf(xml.getMsgId()), Channel.APP,
                    null, false, xml.getFromUserName(), xml.getContent() == null ? "" : xml.getContent().strip(),
                    null, sentAt));
        }
        if ("event".equals(type) && "template_card_event".equals(xml.getEvent())) {
            return cardTap(xml);
        }
        if ("event".equals(type) && "change_external_chat".equals(xml.getEvent())) {
            return new AppCallbackEvent.ExternalChatChanged(xml.getChatId(), xml.getChangeType(), xml.getUpdateDetail());
        }
        if ("event".equals(type) && "msgaudit_notify".equals(xml.getEvent())) {
            return new AppCallbackEvent.ArchiveNotified();
        }
        return new AppCallbackEvent.Ignored(type + (xml.getEvent() == null ? "" : ":" + xml.getEvent()));
    }
}
