package cn.xuanhua.bot.admin.config;

import cn.xuanhua.bot.core.Snapshot;
import cn.xuanhua.bot.core.calendar.WorkCalendar;
import cn.xuanhua.bot.core.intake.Intake;
import cn.xuanhua.bot.core.port.CalendarArrangements;
import cn.xuanhua.bot.core.port.IntakeDictionarySource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * Intake and the working-day calendar as snapshots of the database: rebuilt after {@code bot.intake.refresh-interval}
 * (default a minute), or at once when
 * the console changes a dictionary or the calendar, so edits take effect without a rebuild or a restart.
 */
@Configuration(proxyBeanMethods = false)
public class IntakeConfiguration {
    @Bean
    Snapshot<WorkCalendar> workCalendar(CalendarArrangements arrangements, BotProperties properties, Clock clock) {
        return new Snapshot<>(() -> new WorkCalendar(arrangements.exceptions(), arrangements.arrangedYears()),
                properties.intake().refreshInterval(), clock);
    }

    @Bean
    Snapshot<Intake> intake(IntakeDictionarySource dictionaries, Snapshot<WorkCalendar> calendar,
                            BotProperties properties, Clock clock) {
        return new Snapshot<>(() -> new Intake(dictionaries.load(), calendar.get()),
                properties.intake().refreshInterval(), clock);
    }
}
