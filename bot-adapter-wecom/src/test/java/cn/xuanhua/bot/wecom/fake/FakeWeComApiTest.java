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
}
