package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealNumber;
import cn.xuanhua.bot.core.appeal.Appeals;
import cn.xuanhua.bot.core.appeal.Refusal;
import cn.xuanhua.bot.core.appeal.Transition;
import cn.xuanhua.bot.core.appeal.WorkingDays;
import cn.xuanhua.bot.core.command.CommandResult.Outcome;
import cn.xuanhua.bot.core.error.ConflictException;
import cn.xuanhua.bot.core.org.Department;
import cn.xuanhua.bot.core.org.Departments;
import cn.xuanhua.bot.core.org.Groups;
import cn.xuanhua.bot.core.org.StaffAudiences;
import cn.xuanhua.bot.core.org.StaffDirectory;
import cn.xuanhua.bot.core.outbound.MessageFormat;
import cn.xuanhua.bot.core.outbound.OutboundMessage;
import cn.xuanhua.bot.core.outbound.Outbox;
import cn.xuanhua.bot.core.outbound.Recipient;
import cn.xuanhua.bot.core.outbound.TextMasker;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One command being run: who gives it, where and when, and what a command may use (the appeals, staff, groups,
 * the outbox). Made by {@link CommandHandler} for each command; the flow every appeal command shares is
 * {@link #change}.
 */
public final class CommandRun {
    private final CommandRequest request;
    private final Actor by;
    private final ZonedDateTime at;
    private final CommandHandler.Services services;

    CommandRun(CommandRequest request, Actor by, ZonedDateTime at, CommandHandler.Services services) {
        this.request = request;
        this.by = by;
        this.at = at;
        this.services = services;
    }

    public CommandRequest request() {
        return request;
    }

    public Actor by() {
        return by;
    }

    public ZonedDateTime at() {
        return at;
    }

    Appeals appeals() {
        return services.appeals();
    }

    StaffDirectory staff() {
        return services.staff();
    }

    Groups groups() {
        return services.groups();
    }

    WeeklyDigestHook digests() {
        return services.digests();
    }

    TextMasker masker() {
        return services.masker();
    }

    Outbox outbox() {
        return services.outbox();
    }

    StaffAudiences audiences() {
        return new StaffAudiences(services.staff());
    }

    /** The appeal a reference means, among those this person deals with. */
    Appeal locate(AppealRef ref) {
        return new AppealLocator(services.appeals()).locate(ref, by);
    }

    /** A department's short name (人社局), its code when unknown. */
    String departmentName(String code) {
        return services.departments().byCode(code).map(Department::shortName).orElse(code);
    }

    /**
     * Finds the appeal, lets it decide, saves it with optimistic locking, queues the announcements and answers.
     * Written in the appeal's own group, the post to the group is the answer (through the reply channel).
     */
    CommandResult change(AppealCommand command) {
        Appeal appeal = locate(command.ref());
        String before = appeal.departmentCode();
        Transition t = command.applyTo(appeal, by, new Env(at, services.departments(), services.workingDays()));
        if (t instanceof Refusal refusal) {
            return reply(Outcome.REFUSED, Answers.refused(refusal.reason(), appeal.number()), appeal.number());
        }
        try {
            services.appeals().update(appeal);
        } catch (ConflictException lostTheRace) {
            return reply(Outcome.CONFLICT, Answers.conflict(appeal.number()), appeal.number());
        }
        String group = appeal.facts().groupCode();
        boolean inAppealGroup = request.chat().groupCode().filter(group::equals).isPresent();
        Recipient route = inAppealGroup ? request.chat().answerTo(request.senderUserId()) : new Recipient.Group(group);
        Announcements out = new Announcements(new Announcements.Change(appeal, by, before, (Transition.Done) t, route),
                new StaffAudiences(services.staff()), services.departments(), services.outbox(), services.masker());
        boolean posted = command.announce(out);
        if (inAppealGroup && posted) {
            return new CommandResult(Outcome.DONE, null, appeal.number());
        }
        return reply(Outcome.DONE, command.answer(appeal, departmentName(appeal.departmentCode())), appeal.number());
    }

    /** 帮助, or help after an unknown or malformed command ({@code intro} says which). */
    CommandResult help(String intro) {
        boolean owner = services.groups().all().stream().anyMatch(g -> by.userId().equals(g.ownerUserId()));
        return reply(Outcome.HELP, intro + HelpText.forActor(by, owner), null);
    }

    /** Answers the sender where they wrote (or on the console's page); keyed by their message, so once. */
    CommandResult reply(Outcome outcome, String answer, AppealNumber number) {
        if (request.chat().answeredInPlace()) {
            return new CommandResult(outcome, answer, number);
        }
        if (request.chat() instanceof ChatContext.CardTap tap) {
            services.outbox().enqueue(new OutboundMessage("answer:" + request.messageId(), tap.answerTo(by.userId()),
                    MessageFormat.CARD_UPDATE, CardAnswers.update(tap, outcome, answer, number, by, at).toJson(),
                    List.of(), number == null ? null : number.value()));
            return new CommandResult(outcome, answer, number);
        }
        services.outbox().enqueue(OutboundMessage.markdown("answer:" + request.messageId(),
                request.chat().answerTo(request.senderUserId()), answer, number == null ? null : number.value()));
        return new CommandResult(outcome, answer, number);
    }

    /** The environment of one appeal command: its time, the departments, the calendar. */
    private record Env(ZonedDateTime at, Departments departments, WorkingDays workingDays) implements CommandEnv {
        @Override
        public Optional<Department> department(String nameOrCode) {
            return departments.find(nameOrCode);
        }

        @Override
        public Department dispatcher() {
            return departments.dispatcher();
        }
    }
}
