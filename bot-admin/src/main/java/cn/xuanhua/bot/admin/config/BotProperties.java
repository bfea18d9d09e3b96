package cn.xuanhua.bot.admin.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.ZoneId;

/**
 * The {@code bot.*} settings of docs/settings.md. Secrets come from the environment
 * ({@code BOT_ADMIN_PASSWORD}, {@code BOT_WECOM_APP_SECRET}, ...), never from a committed file.
 */
@ConfigurationProperties("bot")
public record BotProperties(
        @DefaultValue("Asia/Shanghai") ZoneId timezone,
        @DefaultValue Clock clock,
        @DefaultValue Appeal appeal,
        @DefaultValue Admin admin,
        @DefaultValue Wecom wecom,
        @DefaultValue("memory") String sharedState,
        @DefaultValue("appeal-bot:") String sharedStateNamespace,
        @DefaultValue Outbox outbox,
        @DefaultValue Workers workers,
        @DefaultValue Intake intake) {

    /** {@code bot.intake.refresh-interval}: how soon edits of dictionaries and calendar in the database take effect. */
    public record Intake(@DefaultValue("PT1M") Duration refreshInterval) {
    }

    /**
     * {@code bot.outbox.*}: how sends are retried before a message is parked for the console, and how many posts one
     * chat takes a minute: a group robot takes 20; a person reads 10 notices a minute, beyond which their waiting
     * notices go out together (docs/trust.md).
     */
    public record Outbox(@DefaultValue("8") int maxAttempts, @DefaultValue("PT5S") Duration baseDelay,
                         @DefaultValue("PT10M") Duration maxDelay, @DefaultValue("20") int webhookPerMinute,
                         @DefaultValue("10") int userPerMinute) {
    }

    /** {@code bot.workers.*}: the threads that drain the inbox and the outbox. */
    public record Workers(@DefaultValue("2") int inboxThreads, @DefaultValue("2") int outboxThreads,
                          @DefaultValue("PT1S") Duration pollInterval) {
    }

    /** {@code bot.clock.offset}: an ISO-8601 duration added to the system clock, for drills and tests. */
    public record Clock(@DefaultValue("PT0S") Duration offset) {
    }

    /**
     * {@code bot.appeal.*}: numbering, and the working-day limits of the deadline watch: to accept an appeal
     * ({@code response-limit-days}) and for the requester to rate it before it closes unrated
     * ({@code rating-window-days}).
     */
    public record Appeal(@DefaultValue("XH") String numberPrefix, @DefaultValue("1") int responseLimitDays,
                         @DefaultValue("3") int ratingWindowDays, @DefaultValue("PT1M") Duration watchInterval) {
    }

    /** {@code bot.admin.password}: the built-in admin account's password. */
    public record Admin(String password) {
        @Override
        public String toString() {
            return "Admin[password=" + (password == null ? "unset" : "******") + "]";
        }
    }

    /** {@code bot.wecom.*}: how the bot reaches WeCom. */
    public record Wecom(
            @DefaultValue("sandbox") String mode,
            @DefaultValue("https://qyapi.weixin.qq.com") String apiBaseUrl,
            @DefaultValue("https://open.weixin.qq.com/connect/oauth2/authorize") String oauthAuthorizeUrl,
            String corpId,
            @DefaultValue App app,
            @DefaultValue AiBot aibot,
            @DefaultValue Archive archive) {

        public boolean sandbox() {
            return "sandbox".equalsIgnoreCase(mode);
        }
    }

    /** The self-built app: private messages from staff, notifications to staff. */
    public record App(Integer agentId, String secret, String token, String aesKey) {
        @Override
        public String toString() {
            return "App[agentId=" + agentId + ", secret/token/aesKey hidden]";
        }
    }

    /** The 智能机器人 callback (receive id ""). */
    public record AiBot(String token, String aesKey) {
        @Override
        public String toString() {
            return "AiBot[token/aesKey hidden]";
        }
    }

    /** 会话内容存档: the chat archive of external customer groups. */
    public record Archive(@DefaultValue("false") boolean enabled, String secret, String privateKey, String libPath,
                          @DefaultValue("PT30S") Duration pollInterval) {
        @Override
        public String toString() {
            return "Archive[enabled=" + enabled + ", libPath=" + libPath + ", pollInterval=" + pollInterval
                    + ", secret/privateKey hidden]";
        }
    }
}
