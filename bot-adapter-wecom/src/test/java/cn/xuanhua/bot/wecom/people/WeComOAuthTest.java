package cn.xuanhua.bot.wecom.people;

import me.chanjar.weixin.cp.api.impl.WxCpServiceImpl;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The authorize URL is exactly WeCom's (docs/wecom.md "Signing in on the phone"). */
class WeComOAuthTest {

    @Test
    void theAuthorizeUrlAsksForTheUseridOnlyAndCarriesTheStateAndTheAgent() {
        WeComOAuth oauth = new WeComOAuth(new WxCpServiceImpl(), "https://open.weixin.qq.com/connect/oauth2/authorize",
                "ww1234567890", 1000002);

        assertThat(oauth.authorizeUrl("https://bot.example.cn/m/oauth", "s-9_x"))
                .isEqualTo("https://open.weixin.qq.com/connect/oauth2/authorize?appid=ww1234567890"
                        + "&redirect_uri=https%3A%2F%2Fbot.example.cn%2Fm%2Foauth&response_type=code"
                        + "&scope=snsapi_base&state=s-9_x&agentid=1000002#wechat_redirect");
    }
}
