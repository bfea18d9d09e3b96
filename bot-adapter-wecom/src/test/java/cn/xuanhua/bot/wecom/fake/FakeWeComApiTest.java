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
}
