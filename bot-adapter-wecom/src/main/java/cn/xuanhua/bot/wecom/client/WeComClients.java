package cn.xuanhua.bot.wecom.client;

import cn.xuanhua.bot.core.coordination.SharedState;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.config.impl.AbstractWxCpInRedisConfigImpl;

/** Builds the one {@link WxCpService} the bot uses, with its token kept in {@link SharedState}. */
public final class WeComClients {
    private static final String TOKEN_KEY_PREFIX = "wecom";

    private WeComClients() {
    }

    public static WxCpService create(WeComSettings settings, SharedState state) {
        AbstractWxCpInRedisConfigImpl config = new AbstractWxCpInRedisConfigImpl(new SharedStateRedisOps(state),
                TOKEN_KEY_PREFIX) {
            @Override
            public String toString() {
                return "WeComConfig[corpId=" + getCorpId() + ", agentId=" + getAgentId() + "]";
            }
        };
        config.setCorpId(settings.corpId() == null ? "" : settings.corpId());
        if (settings.appSecret().isSet()) {
            config.setCorpSecret(settings.appSecret().reveal());
        }
        // setAgentId after setCorpId: it derives the Redis key names from both.
        config.setAgentId(settings.agentId());
        config.setBaseApiUrl(stripTrailingSlash(settings.apiBaseUrl()));
        SingleAttemptWxCpService service = new SingleAttemptWxCpService();
        service.setWxCpConfigStorage(config);
        return service;
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
