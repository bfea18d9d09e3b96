package cn.xuanhua.bot.wecom.fake;

import cn.xuanhua.bot.core.Secret;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FakeWeComApiTest {
    private final FakeWeComApi api = new FakeWeComApi("wwCorp", Secret.of("the-secret"));

    private FakeWeComApi.Answer token(String corpId, String secret) {
        return api.handle("GET", "/cgi-bin/gettoken", Map.of("corpid", corpId, "corpsecret", secret), null);
    }

    @Test
    void givesATokenOnlyForItsCorpIdAndSecretAsWeComDoes() {
        assertThat(token("wwCorp", "wrong").body()).contains("\"errcode\":40001");
        assertThat(token("wwCorp", "").body()).contains("\"errcode\":40013");
        assertThat(token("wwOther", "the-secret").body()).contains("\"errcode\":40013");
        assertThat(token("wwCorp", "the-secret").body()).contains("\"errcode\":0", "access_token");
        assertThat(api.tokenFetches()).isEqualTo(1);
    }

    @Test
    void everyOtherCallNeedsATokenItHandedOut() {
        assertThat(api.handle("POST", "/cgi-bin/message/send", Map.of("access_token", "guessed"), "{}").body())
                .contains("\"errcode\":40014");
        assertThat(api.deliveries()).isEmpty();
    }

    private String accessToken() {
        String body = token("wwCorp", "the-secret").body();
        return body.replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void anOAuthCodeNamesItsMemberOnceAsWeComsGetUserInfoDoes() {
        String token = accessToken();
        String code = api.issueOAuthCode("ng.clerk");

        assertThat(api.handle("GET", "/cgi-bin/auth/getuserinfo", Map.of("access_token", token, "code", code), null)
                .body()).contains("\"errcode\":0", "\"userid\":\"ng.clerk\"");
        assertThat(api.handle("GET", "/cgi-bin/auth/getuserinfo", Map.of("access_token", token, "code", code), null)
                .body()).contains("\"errcode\":40029");
    }

    @Test
    void theDirectoryNamesMembersAndExternalContactsEachThroughItsOwnCall() {
        String token = accessToken();
        api.setPerson("owner.wang", "王建国");
        api.setPerson("wmLiXiumei", "李秀梅");

        assertThat(api.handle("GET", "/cgi-bin/user/get", Map.of("access_token", token, "userid", "owner.wang"), null)
                .body()).contains("\"name\":\"王建国\"");
        assertThat(api.handle("GET", "/cgi-bin/externalcontact/get",
                Map.of("access_token", token, "external_userid", "wmLiXiumei"), null).body()).contains("\"name\":\"李秀梅\"");
        assertThat(api.handle("GET", "/cgi-bin/user/get", Map.of("access_token", token, "userid", "wmLiXiumei"), null)
                .body()).contains("\"errcode\":60111");
        assertThat(api.handle("GET", "/cgi-bin/user/get", Map.of("access_token", token, "userid", "nobody"), null)
                .body()).contains("\"errcode\":60111");
    }

    private String token() throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(token("wwCorp", "the-secret").body())
                .path("access_token").asText();
    }

    private static final String CARD = "{\"touser\":\"zhang.san\",\"msgtype\":\"template_card\",\"agentid\":1,"
            + "\"template_card\":{\"card_type\":\"button_interaction\",\"task_id\":\"t-1\",\"main_title\":"
            + "{\"title\":\"新诉求待受理\",\"desc\":\"XH20261126-0007\"},\"button_list\":[{\"text\":\"受理\","
            + "\"key\":\"accept:XH20261126-0007\"}]}}";

    @Test
    void takesACardOncePerTaskIdAndPlaysATapWhoseResponseCodeUpdatesItOnce() throws Exception {
        String token = token();
        Map<String, String> q = Map.of("access_token", token);
        assertThat(api.handle("POST", "/cgi-bin/message/send", q, CARD).body()).contains("\"errcode\":0");
        assertThat(api.handle("POST", "/cgi-bin/message/send", q, CARD).body())
                .as("a task id is used once").contains("\"errcode\":40058");
        Delivery card = api.deliveries().get(0);
        assertThat(card.msgType()).isEqualTo("template_card");
        assertThat(card.content()).contains("新诉求待受理", "XH20261126-0007");
        assertThat(card.card().buttons()).containsExactly(new Delivery.Choice("accept:XH20261126-0007", "受理"));

        assertThat(api.tap("li.si", "t-1", "accept:XH20261126-0007", null)).as("not li.si's card").isNull();
        FakeWeComApi.Tap tap = api.tap("zhang.san", "t-1", "accept:XH20261126-0007", null);
        assertThat(tap.xml()).contains("template_card_event", "<TaskId><![CDATA[t-1]]>", tap.responseCode());

        String update = "{\"userids\":[\"zhang.san\"],\"agentid\":1,\"response_code\":\"" + tap.responseCode()
                + "\",\"template_card\":{\"card_type\":\"button_interaction\",\"main_title\":{\"title\":\"诉求\"},"
                + "\"sub_title_text\":\"已受理\",\"replace_text\":\"已受理 · 张三\"}}";
        assertThat(api.handle("POST", "/cgi-bin/message/update_template_card", q, update).body()).contains("\"errcode\":0");
        assertThat(api.handle("POST", "/cgi-bin/message/update_template_card", q, update).body())
                .as("a response code is used once").contains("\"errcode\":40058");
        assertThat(api.deliveries()).filteredOn(d -> d.kind() == Delivery.Kind.CARD_UPDATE).singleElement()
                .satisfies(d -> {
                    assertThat(d.target()).isEqualTo("zhang.san");
                    assertThat(d.card().taskId()).isEqualTo("t-1");
                    assertThat(d.card().replaceText()).isEqualTo("已受理 · 张三");
                });
    }
}
