package cn.xuanhua.bot.wecom.client;

import cn.xuanhua.bot.core.Secret;

/**
 * What the adapter needs to call WeCom.
 *
 * @param apiBaseUrl where every call goes (the real API, the sandbox's fake, or a test server)
 * @param corpId     the enterprise's CorpID
 * @param agentId    the self-built app's AgentId, for app messages
 * @param appSecret  the app's Secret, for its access token
 */
public record WeComSettings(String apiBaseUrl, String corpId, Integer agentId, Secret appSecret) {

    @Override
    public String toString() {
        return "WeComSettings[apiBaseUrl=" + apiBaseUrl + ", corpId=" + corpId + ", agentId=" + agentId + "]";
    }
}
