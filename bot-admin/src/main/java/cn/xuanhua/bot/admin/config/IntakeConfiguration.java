package cn.xuanhua.bot.admin.config;

import cn.xuanhua.bot.admin.learning.AppealTrainer;
import cn.xuanhua.bot.admin.learning.BesideOpenExample;
import cn.xuanhua.bot.admin.learning.CatalogueTrial;
import cn.xuanhua.bot.admin.learning.LabelledExample;
import cn.xuanhua.bot.admin.learning.LabelledHistory;
import cn.xuanhua.bot.admin.learning.LearnedRoutingService;
import cn.xuanhua.bot.admin.learning.NewMatterTrainer;
import cn.xuanhua.bot.admin.learning.RoutingTrainer;
import cn.xuanhua.bot.admin.persistence.CorrectionMapper;
import cn.xuanhua.bot.core.Snapshot;
import cn.xuanhua.bot.core.calendar.WorkCalendar;
import cn.xuanhua.bot.core.intake.Intake;
import cn.xuanhua.bot.core.calendar.CalendarArrangements;
import cn.xuanhua.bot.core.org.Groups;
import cn.xuanhua.bot.core.intake.IntakeDictionarySource;
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

    /** The shipped labelled corpus and the district's own corrections, read from the database when asked. */
    @Bean
    LabelledHistory labelledHistory(CorrectionMapper corrections) {
        return new LabelledHistory(() -> corrections.corrections().stream()
                .map(c -> LabelledExample.correction(c.text(), c.groupCode(), c.departmentCode())).toList(),
                () -> corrections.newMatterCorrections().stream().map(c -> BesideOpenExample.correction(c.text(),
                        c.groupCode(), c.openNumber(), c.openText(), c.openDepartment())).toList());
    }

    @Bean
    LearnedRoutingService learnedRouting(LabelledHistory history, IntakeDictionarySource dictionaries,
                                         Snapshot<WorkCalendar> calendar, Groups groups, Clock clock) {
        return new LearnedRoutingService(history, new RoutingTrainer(clock), new AppealTrainer(clock),
                new NewMatterTrainer(clock), dictionaries, calendar::get, groups);
    }

    @Bean
    CatalogueTrial catalogueTrial(LabelledHistory history, IntakeDictionarySource dictionaries, Groups groups) {
        return new CatalogueTrial(history, dictionaries, groups);
    }

    /** Rebuilt with the dictionaries and calendar of the moment and the routing model in use, and after each training. */
    @Bean
    Snapshot<Intake> intake(IntakeDictionarySource dictionaries, Snapshot<WorkCalendar> calendar,
                            LearnedRoutingService learned, BotProperties properties, Clock clock) {
        Snapshot<Intake> intake = new Snapshot<>(() -> new Intake(dictionaries.load(), calendar.get(), learned.current()),
                properties.intake().refreshInterval(), clock);
        learned.whenRetrained(intake::invalidate);
        return intake;
    }
}
