package cn.xuanhua.bot.wecom.people;

import cn.xuanhua.bot.core.error.ExternalServiceException;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.bean.WxCpOauth2UserInfo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * WeCom web sign-in for the app's own pages (docs/wecom.md "Signing in on the phone"): the {@code snsapi_base}
 * authorize URL a visitor is sent to, and the userid behind the one-use {@code code} WeCom sends back, from
 * {@code GET /cgi-bin/auth/getuserinfo} through WxJava's OAuth2 service.
 */
public final class WeComOAuth {
    /** WeCom's answer to a code that is unknown, used or older than five minutes. */
    private static final int INVALID_CODE = 40029;
    private final WxCpService wecom;
    private final String authorizeUrl;
    private final String corpId;
    private final Integer agentId;

    /**
     * @param authorizeUrl WeCom's authorize page ({@code https://open.weixin.qq.com/connect/oauth2/authorize}), or
     *                     the sandbox's stand-in
     */
    public WeComOAuth(WxCpService wecom, String authorizeUrl, String corpId, Integer agentId) {
        this.wecom = wecom;
        this.authorizeUrl = authorizeUrl;
        this.corpId = corpId == null ? "" : corpId;
        this.agentId = agentId;
    }

    /** Where to send a visitor: WeCom asks nothing (snsapi_base) and comes back to {@code redirectUri} with a code. */
    public String authorizeUrl(String redirectUri, String state) {
        return authorizeUrl + "?appid=" + encode(corpId) + "&redirect_uri=" + encode(redirectUri)
                + "&response_type=code&scope=snsapi_base&state=" + encode(state)
                + (agentId == null ? "" : "&agentid=" + agentId) + "#wechat_redirect";
    }

    /**
     * The member of the enterprise the code was issued to; empty when WeCom refuses the code or names no member
     * (an outsider gets an openid only).
     *
     * @throws ExternalServiceException when WeCom cannot be asked
     */
    public Optional<String> userIdFor(String code) {
        try {
            WxCpOauth2UserInfo info = wecom.getOauth2Service().getAuthUserInfo(code);
            String userId = info == null ? null : info.getUserId();
            return userId == null || userId.isBlank() ? Optional.empty() : Optional.of(userId);
        } catch (WxErrorException e) {
            if (e.getError() != null && e.getError().getErrorCode() == INVALID_CODE) {
                return Optional.empty();
            }
            throw new ExternalServiceException("企业微信身份验证失败 (" + (e.getError() == null ? "?"
                    : e.getError().getErrorCode()) + ")", e);
        } catch (RuntimeException e) {
            throw new ExternalServiceException("企业微信暂时无法访问, 请稍后重试", e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
