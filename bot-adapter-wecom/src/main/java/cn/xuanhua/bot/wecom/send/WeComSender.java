package cn.xuanhua.bot.wecom.send;

import cn.xuanhua.bot.core.outbound.MessageFormat;
import cn.xuanhua.bot.core.outbound.SendOutcome;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.bean.external.WxCpMsgTemplate;
import me.chanjar.weixin.cp.bean.external.msg.Text;
import me.chanjar.weixin.cp.bean.message.WxCpAppChatMessage;
import me.chanjar.weixin.cp.bean.message.WxCpMessage;
import me.chanjar.weixin.cp.constant.WxCpApiPathConsts;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Sends one message to one WeCom destination through WxJava, making a single attempt and reporting what happened
 * instead of throwing; the outbox decides when to retry. Group posts are cut to WeCom's size limits.
 */
class WeComSender {
    private final WxCpService wecom;
    private final Integer agentId;
    private final ResponseUrlClient responseUrls;

    WeComSender(WxCpService wecom, Integer agentId, ResponseUrlClient responseUrls) {
        this.wecom = wecom;
        this.agentId = agentId;
        this.responseUrls = responseUrls;
    }

    /** One attempt. {@code content} is markdown or text; for IMAGE it is the PNG in Base64. */
    SendOutcome send(Destination destination, MessageFormat format, String content, List<String> mentions) {
        try {
            if (destination instanceof Destination.Webhook w) {
                sendToWebhook(w, format, content, mentions);
            } else if (destination instanceof Destination.AppChat a) {
                wecom.getChatService().sendMsg(appChat(a.chatId(), format, content));
            } else if (destination instanceof Destination.CustomerGroup c) {
                wecom.getExternalContactService().addMsgTemplate(customerGroup(c, content));
            } else if (destination instanceof Destination.AppUser u) {
                wecom.getMessageService().send(format == MessageFormat.CARD ? CardMessages.card(agentId, u.userId(), content)
                        : appMessage(u.userId(), format, content));
            } else if (destination instanceof Destination.TappedCard t) {
                wecom.post(wecom.getWxCpConfigStorage().getApiUrl(CardMessages.UPDATE_PATH),
                        CardMessages.update(agentId, t.userId(), t.responseCode(), content));
            } else if (destination instanceof Destination.ResponseUrl r) {
                return responseUrls.reply(r.url(), format, WeComLimits.fit(content, WeComLimits.MARKDOWN_BYTES));
            }
            return new SendOutcome.Delivered();
        } catch (Exception e) {
            return WeComFailures.classify(e);
        }
    }

    private void sendToWebhook(Destination.Webhook w, MessageFormat format, String content, List<String> mentions)
            throws Exception {
        String url = wecom.getWxCpConfigStorage().getApiUrl(WxCpApiPathConsts.WEBHOOK_SEND) + w.key().reveal();
        var robot = wecom.getGroupRobotService();
        if (format == MessageFormat.IMAGE) {
            byte[] png = Base64.getDecoder().decode(content);
            robot.sendImage(url, content, HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(png)));
        } else if (format == MessageFormat.TEXT) {
            robot.sendText(url, WeComLimits.fit(content, WeComLimits.TEXT_BYTES), mentions.isEmpty() ? null : mentions, null);
        } else {
            robot.sendMarkdown(url, WeComLimits.fit(withMentions(content, mentions), WeComLimits.MARKDOWN_BYTES));
        }
    }

    /** Markdown mentions are written inline as {@code <@userid>}. */
    private static String withMentions(String content, List<String> mentions) {
        if (mentions.isEmpty()) {
            return content;
        }
        StringBuilder sb = new StringBuilder(content).append('\n');
        mentions.forEach(m -> sb.append("<@").append(m).append("> "));
        return sb.toString().strip();
    }

    private static WxCpAppChatMessage appChat(String chatId, MessageFormat format, String content) {
        WxCpAppChatMessage m = new WxCpAppChatMessage();
        m.setChatId(chatId);
        m.setMsgType(format == MessageFormat.TEXT ? "text" : "markdown");
        m.setContent(WeComLimits.fit(content, format == MessageFormat.TEXT ? WeComLimits.TEXT_BYTES : WeComLimits.MARKDOWN_BYTES));
        return m;
    }

    private static WxCpMsgTemplate customerGroup(Destination.CustomerGroup c, String content) {
        Text text = new Text();
        text.setContent(WeComLimits.fit(MarkdownText.plain(content), WeComLimits.TEXT_BYTES));
        return WxCpMsgTemplate.builder().chatType("group").sender(c.ownerUserId()).text(text).build();
    }

    private WxCpMessage appMessage(String userId, MessageFormat format, String content) {
        WxCpMessage m = format == MessageFormat.TEXT
                ? WxCpMessage.TEXT().agentId(agentId).toUser(userId).content(WeComLimits.fit(content, WeComLimits.TEXT_BYTES)).build()
                : WxCpMessage.MARKDOWN().agentId(agentId).toUser(userId).content(WeComLimits.fit(content, WeComLimits.MARKDOWN_BYTES)).build();
        // WeCom drops an identical message to the same user within the interval: a second guard against re-sends.
        m.setEnableDuplicateCheck(true);
        m.setDuplicateCheckInterval(1800);
        return m;
    }
}
