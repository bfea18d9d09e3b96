package cn.xuanhua.bot.admin.sandbox;

import cn.xuanhua.bot.wecom.fake.Delivery;

import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sandbox's chat windows: what people typed and what the bot sent, per group and per private chat. The bot's
 * side arrives from the fake WeCom API, so a line here is proof the real outbound code delivered it.
 */
public class SandboxChat {
    /**
     * One chat line. {@code window} is {@code group:CODE} or {@code user:USERID}; {@code card} the template card
     * the line shows (its buttons tap through the app callback), or the update of one ({@code replaceText} set).
     */
    public record Line(long id, String window, String speaker, boolean fromBot, String text, String time,
                       Delivery.Card card) {
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private final Map<String, String> webhookKeyToGroup = new ConcurrentHashMap<>();
    private final Map<String, String> chatIdToGroup = new ConcurrentHashMap<>();
    private final Map<String, String> replyIdToGroup = new ConcurrentHashMap<>();
    private final Clock clock;

    public SandboxChat(Clock clock) {
        this.clock = clock;
    }

    void knowGroup(String groupCode, String chatId, String webhookKey) {
        chatIdToGroup.put(chatId, groupCode);
        webhookKeyToGroup.put(webhookKey, groupCode);
    }

    void expectReply(String replyId, String window) {
        replyIdToGroup.put(replyId, window);
    }

    void said(String window, String speaker, String text) {
        add(window, speaker, false, text);
    }

    /** Files a delivery of the fake WeCom under the window it belongs to. */
    void delivered(Delivery d) {
        switch (d.kind()) {
            case WEBHOOK -> add("group:" + webhookKeyToGroup.getOrDefault(d.target(), "?"), "诉求助手", true, withMentions(d));
            case APPCHAT -> add("group:" + chatIdToGroup.getOrDefault(d.target(), "?"), "诉求助手", true, d.content());
            case REPLY -> add(replyIdToGroup.getOrDefault(d.target(), "group:?"), "诉求助手", true, d.content());
            case APP_MESSAGE -> {
                for (String user : d.target().split("\\|")) {
                    add("user:" + user, "诉求助手", true, d.content(), d.card());
                }
            }
            case CARD_UPDATE -> add("user:" + d.target(), "诉求助手 (卡片已更新)", true, d.content(), d.card());
            case CUSTOMER_GROUP -> add("user:" + d.target(), "诉求助手 (客户群群发, 待群主确认)", true, d.content());
        }
    }

    /** The lines after {@code afterId}, oldest first. */
    public List<Line> after(long afterId) {
        return lines.stream().filter(l -> l.id() > afterId).toList();
    }

    private static String withMentions(Delivery d) {
        return d.mentions().isEmpty() ? d.content() : d.content() + "\n@" + String.join(" @", d.mentions());
    }

    private void add(String window, String speaker, boolean fromBot, String text) {
        add(window, speaker, fromBot, text, null);
    }

    private void add(String window, String speaker, boolean fromBot, String text, Delivery.Card card) {
        lines.add(new Line(ids.incrementAndGet(), window, speaker, fromBot, text,
                LocalTime.now(clock).withNano(0).toString(), card));
    }
}
