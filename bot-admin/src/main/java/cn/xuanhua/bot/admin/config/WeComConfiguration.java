package cn.xuanhua.bot.admin.config;

import cn.xuanhua.bot.admin.jobs.CallbackPriority;
import cn.xuanhua.bot.admin.jobs.CustomerGroupEvents;
import cn.xuanhua.bot.admin.jobs.InboxWorker;
import cn.xuanhua.bot.admin.jobs.OutboxDelivery;
import cn.xuanhua.bot.admin.jobs.OutboxWorker;
import cn.xuanhua.bot.core.coordination.RateLimiter;
import cn.xuanhua.bot.core.inbound.InboundHandler;
import cn.xuanhua.bot.core.inbound.InboxQueue;
import cn.xuanhua.bot.core.org.GroupMembers;
import cn.xuanhua.bot.core.org.Groups;
import cn.xuanhua.bot.core.org.CachedPersonNames;
import cn.xuanhua.bot.core.org.DisplayNames;
import cn.xuanhua.bot.core.org.PersonNames;
import cn.xuanhua.bot.wecom.people.WeComDirectoryNames;
import cn.xuanhua.bot.wecom.people.WeComOAuth;
import cn.xuanhua.bot.core.coordination.SharedState;
import cn.xuanhua.bot.core.outbound.MessageSender;
import cn.xuanhua.bot.core.outbound.OutboxQueue;
import cn.xuanhua.bot.wecom.callback.AiBotCallback;
import cn.xuanhua.bot.wecom.callback.AppCallback;
import cn.xuanhua.bot.wecom.callback.ReplayGuard;
import cn.xuanhua.bot.wecom.client.WeComClients;
import cn.xuanhua.bot.wecom.client.WeComSettings;
import cn.xuanhua.bot.wecom.members.CustomerGroupSync;
import cn.xuanhua.bot.wecom.send.WeComMessageSender;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.Optional;

/**
 * WeCom in and out: callback readers, the WxJava client with its token in shared state, the sender, and the
 * workers that drain the inbox and the outbox. In sandbox mode the keys are generated and every API call goes to
 * the fake WeCom this application serves under {@code /sandbox/qyapi}.
 */
@Configuration(proxyBeanMethods = false)
public class WeComConfiguration {

    @Bean
    WeComKeys weComKeys(BotProperties properties) {
        return properties.wecom().sandbox() ? WeComKeys.forSandbox() : WeComKeys.from(properties.wecom());
    }

    /**
     * The callback readers. Their replay check reads the system clock, not the injected one: WeCom stamps callbacks
     * in real time, and {@code bot.clock.offset} (a drill's shifted days) must not make every real callback stale.
     */
    @Bean
    WeComCallbacks weComCallbacks(WeComKeys keys, BotProperties properties) {
        ReplayGuard replays = new ReplayGuard(Clock.systemUTC());
        AiBotCallback aiBot = keys.aibotConfigured()
                ? new AiBotCallback(keys.aibotToken().reveal(), keys.aibotAesKey().reveal(), replays) : null;
        AppCallback app = keys.appConfigured()
                ? new AppCallback(keys.appToken().reveal(), keys.appAesKey().reveal(), keys.corpId(),
                properties.timezone(), replays)
                : null;
        return new WeComCallbacks(Optional.ofNullable(aiBot), Optional.ofNullable(app));
    }

    /** The callback readers, each present only when its channel is configured. */
    public record WeComCallbacks(Optional<AiBotCallback> aiBot, Optional<AppCallback> app) {
    }

    @Bean
    WxCpService wxCpService(BotProperties properties, WeComKeys keys, SharedState state) {
        return WeComClients.create(new WeComSettings(properties.wecom().apiBaseUrl(), keys.corpId(), keys.agentId(),
                keys.appSecret()), state);
    }

    /**
     * Names of people who are not staff, from WeCom's directory, remembered in shared state (Redis in production)
     * for a day (docs/wecom.md "Names").
     */
    @Bean
    PersonNames personNames(WxCpService wecom, SharedState state) {
        return new CachedPersonNames(new WeComDirectoryNames(wecom), state);
    }

    /**
     * Signing staff in on the phone (/m) through WeCom's web authorization; in sandbox mode the sandbox's own page
     * stands in for WeCom's authorize page (it lets an administrator choose whom to be).
     */
    @Bean
    WeComOAuth weComOAuth(WxCpService wecom, WeComKeys keys, BotProperties properties) {
        String authorize = properties.wecom().sandbox() ? SANDBOX_AUTHORIZE : properties.wecom().oauthAuthorizeUrl();
        return new WeComOAuth(wecom, authorize, keys.corpId(), keys.agentId());
    }

    /** The sandbox's stand-in for WeCom's authorize page, relative to this application. */
    public static final String SANDBOX_AUTHORIZE = "/sandbox/wecom-oauth";

    /** Everything the bot says goes out through WeCom; a group's binding decides how, and whether it can. */
    @Bean
    MessageSender messageSender(WxCpService wecom, WeComKeys keys, Groups groups) {
        return new WeComMessageSender(wecom, keys.agentId(), groups);
    }

    @Bean
    OutboxDelivery outboxDelivery(OutboxQueue outbox, MessageSender sender, RateLimiter limiter,
                                  SharedState state, BotProperties properties) {
        BotProperties.Outbox o = properties.outbox();
        return new OutboxDelivery(outbox, sender, limiter, state,
                new OutboxDelivery.Policy(o.maxAttempts(), o.baseDelay(), o.maxDelay(), o.webhookPerMinute(),
                        o.userPerMinute()));
    }

    /** Counted by the callback endpoints; the inbox and outbox workers step back while callbacks keep coming. */
    @Bean
    CallbackPriority callbackPriority() {
        return new CallbackPriority();
    }

    @Bean
    OutboxWorker outboxWorker(OutboxQueue outbox, OutboxDelivery delivery, BotProperties properties,
                              CallbackPriority callbacks) {
        return new OutboxWorker(outbox, delivery, properties.workers().outboxThreads(), properties.workers().pollInterval(),
                callbacks);
    }

    /**
     * An inbox worker holds a connection for its batch's transaction and takes appeal numbers on a second one
     * (docs/architecture.md, "Appeal numbers"), one worker at a time: with no connection left beyond the workers'
     * own, that worker would wait for one the others cannot give back. Refused at start-up rather than hanging.
     */
    @Bean
    InboxWorker inboxWorker(InboxQueue inbox, InboundHandler handler, TransactionTemplate transactions,
                            DisplayNames names, BotProperties properties, javax.sql.DataSource dataSource,
                            CallbackPriority callbacks) {
        int threads = properties.workers().inboxThreads();
        if (dataSource instanceof com.zaxxer.hikari.HikariDataSource pool && pool.getMaximumPoolSize() <= threads) {
            throw new IllegalStateException("spring.datasource.hikari.maximum-pool-size (" + pool.getMaximumPoolSize()
                    + ") must be larger than bot.workers.inbox-threads (" + threads + "): each inbox worker takes"
                    + " appeal numbers on a connection beside its own");
        }
        return new InboxWorker(inbox, handler, transactions, names, properties.workers().inboxThreads(),
                properties.workers().pollInterval(), callbacks);
    }

    @Bean
    CustomerGroupEvents customerGroupEvents(WxCpService wecom, Groups groups, GroupMembers members,
                                            BotProperties properties) {
        return new CustomerGroupEvents(new CustomerGroupSync(wecom, groups, members, properties.timezone()));
    }

    /** In sandbox mode every WeCom call goes to this application's own fake API, on whatever port it got. */
    @Bean
    SandboxApiBase sandboxApiBase(BotProperties properties, WxCpService wecom) {
        return new SandboxApiBase(properties.wecom().sandbox(), wecom);
    }

    /** Points WxJava at {@code http://127.0.0.1:PORT/sandbox/qyapi} once the port is known. */
    public static class SandboxApiBase {
        private final boolean sandbox;
        private final WxCpService wecom;
        private volatile String baseUrl;

        SandboxApiBase(boolean sandbox, WxCpService wecom) {
            this.sandbox = sandbox;
            this.wecom = wecom;
        }

        @EventListener
        public void onWebServer(WebServerInitializedEvent event) {
            if (sandbox) {
                baseUrl = "http://127.0.0.1:" + event.getWebServer().getPort() + "/sandbox/qyapi";
                ((WxCpDefaultConfigImpl) wecom.getWxCpConfigStorage()).setBaseApiUrl(baseUrl);
            }
        }

        /** The fake API's base, once the server runs (sandbox mode only). */
        public Optional<String> baseUrl() {
            return Optional.ofNullable(baseUrl);
        }
    }
}
