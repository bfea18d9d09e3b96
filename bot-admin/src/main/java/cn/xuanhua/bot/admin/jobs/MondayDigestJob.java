package cn.xuanhua.bot.admin.jobs;

import cn.xuanhua.bot.core.digest.MondayDigests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;
import java.time.ZonedDateTime;

/**
 * Every Monday at 09:00 Asia/Shanghai ({@code bot.digest.cron}, {@code -} turns it off): last week's digest into
 * every group. Every instance fires; the week's shared lock and the outbox keys let one set of posts through.
 */
public class MondayDigestJob {
    private static final Logger log = LoggerFactory.getLogger(MondayDigestJob.class);
    private final MondayDigests digests;
    private final Clock clock;

    public MondayDigestJob(MondayDigests digests, Clock clock) {
        this.digests = digests;
        this.clock = clock;
    }

    @Scheduled(cron = "${bot.digest.cron:0 0 9 * * MON}", zone = "${bot.timezone:Asia/Shanghai}")
    public MondayDigests.Outcome run() {
        MondayDigests.Outcome outcome = digests.run(ZonedDateTime.now(clock));
        if (!outcome.ran()) {
            log.info("weekly digests {}: another instance is posting them", outcome.week());
            return outcome;
        }
        log.info("weekly digests {}: queued for {} groups, {} not bound to WeCom yet {}", outcome.week(),
                outcome.posted().size(), outcome.unbound().size(), outcome.unbound());
        outcome.failed().forEach((group, e) -> log.error("weekly digest {} for {} failed", outcome.week(), group, e));
        return outcome;
    }
}
