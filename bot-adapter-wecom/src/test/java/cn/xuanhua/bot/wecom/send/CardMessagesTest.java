package cn.xuanhua.bot.wecom.send;

import cn.xuanhua.bot.core.outbound.CardUpdate;
import cn.xuanhua.bot.core.outbound.StaffCard;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The core's card and card update as WeCom's JSON: what {@code message/send} and {@code update_template_card} get. */
class CardMessagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String s) throws Exception {
        return JSON.readTree(s);
    }

    @Test
    void aStaffCardIsAButtonInteractionTemplateCardWithItsKeysTaskAndDropDown() throws Exception {
        StaffCard card = new StaffCard("XH20261126-0007_new_abc", "新诉求待受理", "XH20261126-0007",
                "南关大街路灯坏了一周没人修", List.of(new StaffCard.Field("来自", "南关街道市场主体交流群"),
                new StaffCard.Field("办理期限", "12月3日 17:30")),
                List.of(new StaffCard.Button("accept:XH20261126-0007", "受理", 1),
                        new StaffCard.Button("return:XH20261126-0007", "退回", 2)),
                new StaffCard.Selection("dept:XH20261126-0007", "转办部门",
                        List.of(new StaffCard.Option("urban", "城市管理局"))), "**新诉求待受理**");

        JsonNode m = json(CardMessages.card(1000002, "zhang.san", card.toJson()).toJson());

        assertThat(m.path("msgtype").asText()).isEqualTo("template_card");
        assertThat(m.path("touser").asText()).isEqualTo("zhang.san");
        assertThat(m.path("agentid").asInt()).isEqualTo(1000002);
        JsonNode c = m.path("template_card");
        assertThat(c.path("card_type").asText()).isEqualTo("button_interaction");
        assertThat(c.path("task_id").asText()).isEqualTo("XH20261126-0007_new_abc");
        assertThat(c.path("main_title").path("title").asText()).isEqualTo("新诉求待受理");
        assertThat(c.path("main_title").path("desc").asText()).isEqualTo("XH20261126-0007");
        assertThat(c.path("quote_area").path("quote_text").asText()).isEqualTo("南关大街路灯坏了一周没人修");
        assertThat(c.path("horizontal_content_list").path(0).path("keyname").asText()).isEqualTo("来自");
        assertThat(c.path("horizontal_content_list").path(1).path("keyname").asText())
                .as("WeCom shows five characters of a label").hasSize(4);
        assertThat(c.path("button_list").path(0).path("key").asText()).isEqualTo("accept:XH20261126-0007");
        assertThat(c.path("button_list").path(1).path("text").asText()).isEqualTo("退回");
        assertThat(c.path("button_selection").path("question_key").asText()).isEqualTo("dept:XH20261126-0007");
        assertThat(c.path("button_selection").path("option_list").path(0).path("id").asText()).isEqualTo("urban");
        assertThat(m.path("enable_duplicate_check").asInt()).isEqualTo(1);
    }

    @Test
    void anUpdateReplacesTheTappersCardWithTheResultAndAGreyLine() throws Exception {
        String content = new CardUpdate("XH20261126-0007_new_abc", "诉求 XH20261126-0007",
                "未执行: 该诉求不属于您所在部门", "未执行").toJson();

        JsonNode body = json(CardMessages.update(1000002, "hr.wu", "rc-1", content));

        assertThat(body.path("userids").path(0).asText()).isEqualTo("hr.wu");
        assertThat(body.path("agentid").asInt()).isEqualTo(1000002);
        assertThat(body.path("response_code").asText()).isEqualTo("rc-1");
        JsonNode c = body.path("template_card");
        assertThat(c.path("card_type").asText()).isEqualTo("button_interaction");
        assertThat(c.path("task_id").asText()).isEqualTo("XH20261126-0007_new_abc");
        assertThat(c.path("sub_title_text").asText()).isEqualTo("未执行: 该诉求不属于您所在部门");
        assertThat(c.path("replace_text").asText()).isEqualTo("未执行");
    }

    @Test
    void unreadableContentIsRefusedNotRetried() {
        assertThatThrownBy(() -> CardMessages.card(1, "u", "not json")).isInstanceOf(IllegalArgumentException.class);
        assertThat(WeComFailures.classify(new IllegalArgumentException("not a card")))
                .isInstanceOf(cn.xuanhua.bot.core.outbound.SendOutcome.Rejected.class);
    }
}
