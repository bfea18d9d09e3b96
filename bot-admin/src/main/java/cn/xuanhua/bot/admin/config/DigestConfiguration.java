package cn.xuanhua.bot.admin.config;

import cn.xuanhua.bot.admin.digest.DigestChart;
import cn.xuanhua.bot.admin.jobs.MondayDigestJob;
import cn.xuanhua.bot.core.coordination.Locks;
import cn.xuanhua.bot.core.digest.DigestBuilder;
import cn.xuanhua.bot.core.digest.PeriodReports;
import cn.xuanhua.bot.core.digest.MondayDigests;
import cn.xuanhua.bot.core.digest.WeeklyDigests;
import cn.xuanhua.bot.core.org.Departments;
import cn.xuanhua.bot.core.digest.DigestCharts;
import cn.xuanhua.bot.core.digest.DigestQueries;
import cn.xuanhua.bot.core.org.Groups;
import cn.xuanhua.bot.core.outbound.MessageSender;
import cn.xuanhua.bot.core.outbound.Outbox;
import cn.xuanhua.bot.core.appeal.WorkingDays;
import cn.xuanhua.bot.core.watch.WatchSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * Weekly digests: the builder on the SQL counts and the working-day calendar, the XChart chart, the use case that
 * answers 周报 and the API ({@code weeklyDigestHook}, the command handler's {@link
 * cn.xuanhua.bot.core.command.WeeklyDigestHook}), and the Monday job ({@code bot.digest.cron}).
 */
@Configuration(proxyBeanMethods = false)
public class DigestConfiguration {

    @Bean
    DigestChart digestChart() {
        return new DigestChart();
    }

    /** 响应率 counts acceptance within the deadline watch's response limit ({@code bot.appeal.response-limit-days}). */
    @Bean
    DigestBuilder digestBuilder(DigestQueries queries, Departments departments, WorkingDays workingDays,
                                WatchSettings watch) {
        return new DigestBuilder(queries, departments, workingDays::plus, watch.responseLimitDays());
    }

    /** Month and quarter reports: the digest's counts and ranking over a longer window. */
    @Bean
    PeriodReports periodReports(DigestBuilder builder, DigestQueries queries) {
        return new PeriodReports(builder, queries);
    }

    /** The one {@link cn.xuanhua.bot.core.command.WeeklyDigestHook}: 周报 goes here. */
    @Bean
    WeeklyDigests weeklyDigestHook(Groups groups, DigestBuilder builder, DigestCharts charts, Outbox outbox,
                                   Clock clock) {
        return new WeeklyDigests(groups, builder, charts, outbox, clock);
    }

    @Bean
    MondayDigests mondayDigests(Groups groups, MessageSender sender, WeeklyDigests weeklyDigestHook, Locks locks) {
        return new MondayDigests(groups, sender, weeklyDigestHook, locks);
    }

    @Bean
    MondayDigestJob mondayDigestJob(MondayDigests mondayDigests, Clock clock) {
        return new MondayDigestJob(mondayDigests, clock);
    }
}
