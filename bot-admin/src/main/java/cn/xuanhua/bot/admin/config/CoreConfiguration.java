package cn.xuanhua.bot.admin.config;

import cn.xuanhua.bot.core.Snapshot;
import cn.xuanhua.bot.core.appeal.WorkingDays;
import cn.xuanhua.bot.core.calendar.WorkCalendar;
import cn.xuanhua.bot.core.command.CommandHandler;
import cn.xuanhua.bot.core.command.WeeklyDigestHook;
import cn.xuanhua.bot.core.inbound.AppealIntake;
import cn.xuanhua.bot.core.inbound.InboundDispatcher;
import cn.xuanhua.bot.core.intake.Intake;
import cn.xuanhua.bot.core.intake.Masker;
import cn.xuanhua.bot.core.org.GroupBindings;
import cn.xuanhua.bot.core.org.StaffAudiences;
import cn.xuanhua.bot.core.org.StaffRegistry;
import cn.xuanhua.bot.core.outbound.TextMasker;
import cn.xuanhua.bot.core.appeal.Appeals;
import cn.xuanhua.bot.core.org.Departments;
import cn.xuanhua.bot.core.org.Groups;
import cn.xuanhua.bot.core.outbound.Outbox;
import cn.xuanhua.bot.core.org.StaffDirectory;
import cn.xuanhua.bot.core.org.DisplayNames;
import cn.xuanhua.bot.core.org.PersonNames;
import cn.xuanhua.bot.core.watch.DeadlineWatch;
import cn.xuanhua.bot.core.watch.WatchSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Builds the framework-free core use cases from their ports. Core classes carry no annotations. */
@Configuration(proxyBeanMethods = false)
public class CoreConfiguration {

    @Bean
    StaffRegistry staffRegistry(StaffDirectory staff, Departments departments) {
        return new StaffRegistry(staff, departments);
    }

    /** People by name: staff from the staff table, anyone else from WeCom's directory (cached). */
    @Bean
    DisplayNames displayNames(StaffDirectory staff, PersonNames people) {
        return new DisplayNames(staff, people);
    }

    @Bean
    GroupBindings groupBindings(Groups groups) {
        return new GroupBindings(groups);
    }

    @Bean
    StaffAudiences staffAudiences(StaffDirectory staff) {
        return new StaffAudiences(staff);
    }

    /** Counting working days on the current official calendar. */
    @Bean
    WorkingDays workingDays(Snapshot<WorkCalendar> calendar) {
        return (from, n) -> calendar.get().plusWorkingDays(from, n);
    }

    /** Staff notes posted into groups pass through the same masking as appeal texts. */
    @Bean
    TextMasker textMasker() {
        Masker masker = new Masker();
        return text -> masker.mask(text).masked();
    }

    @Bean
    CommandHandler commandHandler(Appeals appeals, StaffDirectory staff, Departments departments, Groups groups,
                                  Outbox outbox, WeeklyDigestHook digests, WorkingDays workingDays,
                                  TextMasker masker, Clock clock) {
        return new CommandHandler(appeals, staff, departments, groups, outbox, digests, workingDays, masker, clock);
    }

    @Bean
    AppealIntake appealIntake(Snapshot<Intake> intake, Appeals appeals, Departments departments, StaffDirectory staff,
                              StaffAudiences audiences, Outbox outbox, CommandHandler commands, Groups groups,
                              DisplayNames names, BotProperties properties) {
        return new AppealIntake(intake::get, appeals, departments, staff, audiences, outbox, commands, groups,
                names, properties.appeal().numberPrefix());
    }

    @Bean
    InboundDispatcher inboundDispatcher(CommandHandler commands, AppealIntake intake, Groups groups) {
        return new InboundDispatcher(commands, intake, groups);
    }

    /** The working-day limits shared by the deadline watch and the digest's 响应率. */
    @Bean
    WatchSettings watchSettings(BotProperties properties) {
        return new WatchSettings(properties.appeal().responseLimitDays(), properties.appeal().ratingWindowDays());
    }

    @Bean
    DeadlineWatch deadlineWatch(Appeals appeals, StaffDirectory staff, Departments departments, Groups groups,
                                Outbox outbox, WorkingDays workingDays, WatchSettings settings) {
        return new DeadlineWatch(appeals, staff, departments, groups, outbox, workingDays, settings);
    }
}
