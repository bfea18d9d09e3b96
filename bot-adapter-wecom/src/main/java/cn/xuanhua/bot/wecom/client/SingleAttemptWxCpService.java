package cn.xuanhua.bot.wecom.client;

import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.util.http.RequestExecutor;
import me.chanjar.weixin.cp.api.impl.WxCpServiceImpl;

/**
 * {@link WxCpServiceImpl} making one attempt per call. WxJava retries {@code -1} itself, sleeping on the calling
 * thread (up to half a minute) and then throwing an exception that has lost the error code; the bot's outbox
 * retries with back-off instead, so here each call tries once and keeps WeCom's code. Token refresh on an expired
 * token (40014, 42001) still happens inside the one attempt. {@code WxCpServiceImpl} is kept as the base because it
 * re-checks the token under the shared lock, so several instances fetch one token between them.
 */
public class SingleAttemptWxCpService extends WxCpServiceImpl {

    @Override
    public <T, E> T execute(RequestExecutor<T, E> executor, String uri, E data) throws WxErrorException {
        return executeInternal(executor, uri, data, false);
    }
}
