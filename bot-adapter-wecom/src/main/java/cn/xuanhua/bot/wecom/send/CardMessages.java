package cn.xuanhua.bot.wecom.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import me.chanjar.weixin.cp.bean.message.WxCpMessage;
import me.chanjar.weixin.cp.bean.templatecard.HorizontalContent;
import me.chanjar.weixin.cp.bean.templatecard.QuoteArea;
import me.chanjar.weixin.cp.bean.templatecard.TemplateCardButton;
import me.chanjar.weixin.cp.bean.templatecard.TemplateCardButtonSelection;
import me.chanjar.weixin.cp.bean.templatecard.TemplateCardButtonSelectionOption;

import java.util.ArrayList;
import java.util.List;

/**
 * The WeCom side of the core's staff cards (docs/wecom.md "Cards"): a {@code StaffCard} from the outbox becomes an
 * app message {@code template_card} of type {@code button_interaction} (WxJava's builder), and a {@code CardUpdate}
 * the body of {@code update_template_card}, which WxJava 4.7 has no method for. Texts are cut to the lengths WeCom
 * shows, counted in characters.
 */
final class CardMessages {
    static final String UPDATE_PATH = "/cgi-bin/message/update_template_card";
    private static final String SOURCE = "诉求助手";
    private static final ObjectMapper JSON = new ObjectMapper();

    private CardMessages() {
    }

    /** The app message for one staff member, from the outbox content ({@code StaffCard.toJson()}). */
    static WxCpMessage card(Integer agentId, String userId, String content) {
        JsonNode c = read(content);
        List<HorizontalContent> fields = new ArrayList<>();
        c.path("fields").forEach(f -> fields.add(HorizontalContent.builder()
                .keyname(cut(f.path("label").asText(), 5)).value(cut(f.path("value").asText(), 26)).build()));
        List<TemplateCardButton> buttons = new ArrayList<>();
        c.path("buttons").forEach(b -> buttons.add(TemplateCardButton.builder().text(cut(b.path("text").asText(), 10))
                .key(b.path("key").asText()).style(b.path("style").asInt(1)).build()));
        var builder = WxCpMessage.TEMPLATECARD().agentId(agentId).toUser(userId).cardType("button_interaction")
                .sourceDesc(SOURCE)
                .mainTitleTitle(cut(c.path("title").asText(), 26)).mainTitleDesc(cut(c.path("description").asText(), 30))
                .quoteArea(QuoteArea.builder().quoteText(c.path("quote").asText()).build())
                .horizontalContents(fields).taskId(c.path("taskId").asText()).buttons(buttons);
        JsonNode s = c.path("selection");
        if (s.isObject()) {
            List<TemplateCardButtonSelectionOption> options = new ArrayList<>();
            s.path("options").forEach(o -> options.add(TemplateCardButtonSelectionOption.builder()
                    .id(o.path("id").asText()).text(cut(o.path("text").asText(), 16)).build()));
            builder.buttonSelection(TemplateCardButtonSelection.builder().questionKey(s.path("questionKey").asText())
                    .title(cut(s.path("title").asText(), 13)).optionList(options).build());
        }
        WxCpMessage m = builder.build();
        // WeCom drops an identical message to the same user within the interval: a second guard against re-sends.
        m.setEnableDuplicateCheck(true);
        m.setDuplicateCheckInterval(1800);
        return m;
    }

    /**
     * The body of {@code update_template_card} for the one person who tapped: the card keeps its title, says the
     * result, and its buttons give way to one grey, untappable line ({@code replace_text}).
     */
    static String update(Integer agentId, String userId, String responseCode, String content) {
        JsonNode u = read(content);
        ObjectNode body = JSON.createObjectNode();
        body.putArray("userids").add(userId);
        body.put("agentid", agentId);
        body.put("response_code", responseCode);
        ObjectNode card = body.putObject("template_card");
        card.put("card_type", "button_interaction");
        card.putObject("source").put("desc", SOURCE);
        card.putObject("main_title").put("title", cut(u.path("title").asText(), 26));
        card.put("sub_title_text", cut(u.path("result").asText(), 112));
        card.put("task_id", u.path("taskId").asText());
        String line = cut(u.path("replaceText").asText(), 20);
        card.putArray("button_list").addObject().put("text", cut(line, 10)).put("style", 2).put("key", "done");
        card.put("replace_text", line);
        return body.toString();
    }

    /** The card as one line of text, for logs and the console's outbox view: its title and description. */
    static String describe(String content) {
        JsonNode c = read(content);
        return c.path("title").asText() + " " + c.path("description").asText();
    }

    private static String cut(String s, int chars) {
        return s.codePointCount(0, s.length()) <= chars ? s
                : s.substring(0, s.offsetByCodePoints(0, chars - 1)) + "…";
    }

    private static JsonNode read(String content) {
        try {
            return JSON.readTree(content);
        } catch (Exception e) {
            throw new IllegalArgumentException("not a card: " + e.getMessage());
        }
    }
}
