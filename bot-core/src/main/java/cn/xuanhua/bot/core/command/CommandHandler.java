package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealNumber;
import cn.xuanhua.bot.core.appeal.AppealPolicy;
import cn.xuanhua.bot.core.appeal.Refusal;
import cn.xuanhua.bot.core.appeal.Transition;
import cn.xuanhua.bot.core.appeal.WorkingDays;
import cn.xuanhua.bot.core.command.CommandResult.Outcome;
import cn.xuanhua.bot.core.error.ConflictException;
import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.error.NotFoundException;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.Department;
import cn.xuanhua.bot.core.org.StaffMember;
import cn.xuanhua.bot.core.outbound.OutboundMessage;
import cn.xuanhua.bot.core.outbound.Recipient;
import cn.xuanhua.bot.core.outbound.TextMasker;
import cn.xuanhua.bot.core.appeal.Appeals;
import cn.xuanhua.bot.core.org.Departments;
import cn.xuanhua.bot.core.org.Groups;
import cn.xuanhua.bot.core.outbound.Outbox;
import cn.xuanhua.bot.core.org.StaffDirectory;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Runs one chat command for its sender: finds the appeal (short numbers among the sender's appeals), lets the
 * appeal decide, saves it with optimistic locking and queues the answer and every notice in the outbox. The
 * caller runs it in one transaction, so the change and its notices exist together or not at all.
 *
 * <p>The answer to a message is keyed {@code answer:{messageId}}: handling the same message again answers
 * once. Callers pass {@link Command.Unknown} that was not prefixed to intake rather than here.
 */
public final class CommandHandler {
    private final CommandParser parser = new CommandParser();
    private final Appeals appeals;
    private final StaffDirectory staff;
    private final Departments departments;
    private final Groups groups;
    private final Outbox outbox;
    private final WeeklyDigestHook digests;
    private final WorkingDays workingDays;
    private final TextMasker masker;
    private final Clock clock;
    private final AppealLocator locator;
    private final Announcer announcer;

    public CommandHandler(Appeals appeals, StaffDirectory staff, Departments departments, Groups groups,
                          Outbox outbox, WeeklyDigestHook digests, WorkingDays workingDays, TextMasker masker,
                          Clock clock) {
        this.appeals = appeals;
        this.staff = staff;
        this.departments = departments;
        this.groups = groups;
        this.outbox = outbox;
        this.digests = digests;
        this.workingDays = workingDays;
        this.masker = masker;
        this.clock = clock;
        this.locator = new AppealLocator(appeals);
        this.announcer = new Announcer(staff, departments, outbox, masker);
    }

    /** Parses and runs the request's text. */
    public CommandResult handle(CommandRequest request) {
        return handle(request, parser.parse(request.text()));
    }

    /** Runs a command already parsed (the inbound router parses first to tell commands from appeals). */
    public CommandResult handle(CommandRequest request, Command command) {
        Actor by = staff.byUserId(request.senderUserId()).map(Actor::staff)
                .orElseGet(() -> Actor.person(request.senderUserId(), null));
        return handle(request, command, by);
    }

    /**
     * Runs a command for an actor the caller has already identified: the admin console, whose administrators
     * have no WeCom userid ({@link Actor#admin}) and whose staff are known by their linked account. Everything
     * else (finding the appeal, the checks, the notices and group posts) is exactly as for a chat command.
     */
    public CommandResult handle(CommandRequest request, Command command, Actor by) {
        ZonedDateTime at = ZonedDateTime.ofInstant(clock.instant(), clock.getZone());
        try {
            return dispatch(command, by, request, at);
        } catch (NotFoundException | InvalidInputException e) {
            return reply(request, Outcome.REFUSED, e.getMessage(), null);
        }
    }

    private CommandResult dispatch(Command command, Actor by, CommandRequest r, ZonedDateTime at) {
        if (command instanceof AppealCommand c) {
            return change(c, by, r, at);
        }
        if (command instanceof Command.Query q) {
            Appeal appeal = locator.locate(q.ref(), by);
            if (!AppealPolicy.mayRead(by, appeal, r.chat().groupCode())) {
                return reply(r, Outcome.REFUSED, Answers.notYours(appeal.number()), null);
            }
            return query(appeal, r);
        }
        if (command instanceof Command.Todo) {
            return todo(by, r);
        }
        if (command instanceof Command.MyAppeals) {
            return myAppeals(by, r);
        }
        if (command instanceof Command.WeeklyDigest d) {
            return digest(d, by, r, at);
        }
        return help(command, by, r);
    }

    private CommandResult change(AppealCommand command, Actor by, CommandRequest r, ZonedDateTime at) {
        Appeal appeal = locator.locate(command.ref(), by);
        String before = appeal.departmentCode();
        Transition t = command.applyTo(appeal, by, new Env(at, departments, workingDays));
        if (t instanceof Refusal refusal) {
            return reply(r, Outcome.REFUSED, Answers.refused(refusal.reason(), appeal.number()), appeal.number());
        }
        try {
            appeals.update(appeal);
        } catch (ConflictException lostTheRace) {
            return reply(r, Outcome.CONFLICT, Answers.conflict(appeal.number()), appeal.number());
        }
        String group = appeal.facts().groupCode();
        // Written in the appeal's own group: the post to the group is the answer, through the reply channel.
        boolean inAppealGroup = r.chat().groupCode().filter(group::equals).isPresent();
        Recipient route = inAppealGroup ? r.chat().answerTo(r.senderUserId()) : new Recipient.Group(group);
        Transition.Done done = (Transition.Done) t;
        boolean posted = announcer.announce(new Announcer.Change(appeal, by, before, done, route));
        if (inAppealGroup && posted) {
            return new CommandResult(Outcome.DONE, null, appeal.number());
        }
        String answer = Answers.done(appeal, done.events().get(0).type(), name(appeal.departmentCode()));
        return reply(r, Outcome.DONE, answer, appeal.number());
    }

    private CommandResult query(Appeal appeal, CommandRequest r) {
        String handler = Optional.ofNullable(appeal.state().handlerUserId()).flatMap(staff::byUserId)
                .map(StaffMember::name).orElse(null);
        String answer = Answers.query(appeal, name(appeal.departmentCode()), handler, masker);
        return reply(r, Outcome.ANSWERED, answer, appeal.number());
    }

    private CommandResult todo(Actor by, CommandRequest r) {
        if (!by.isStaff()) {
            return reply(r, Outcome.REFUSED, "只有部门工作人员可以查看待办。", null);
        }
        List<Appeal> awaitingApproval = by.supervises()
                ? appeals.unclosed().stream().filter(a -> a.state().extensionDays() != null).toList() : List.of();
        String answer = Answers.todo(name(by.departmentCode()), appeals.openOf(by.departmentCode()), awaitingApproval);
        return reply(r, Outcome.ANSWERED, answer, null);
    }

    /** "我的诉求": the writer's own appeals not yet closed, in the group asked in (in private: every group). */
    private CommandResult myAppeals(Actor by, CommandRequest r) {
        List<Appeal> mine = r.chat().groupCode().map(g -> appeals.unclosedOfRequester(g, by.userId()))
                .orElseGet(() -> appeals.unclosedOfRequester(null, by.userId()));
        return reply(r, Outcome.ANSWERED, Answers.mine(mine), null);
    }

    /** 周报: only the group's owner; from a private chat, the one group they own. */
    private CommandResult digest(Command.WeeklyDigest command, Actor by, CommandRequest r, ZonedDateTime at) {
        List<ChatGroup> owned = r.chat().groupCode().flatMap(groups::byCode).map(List::of).orElseGet(groups::all)
                .stream().filter(g -> by.userId().equals(g.ownerUserId())).toList();
        if (owned.size() != 1) {
            String why = owned.isEmpty() ? "只有群主可以获取本群周报。" : "您是多个群的群主, 请在要查看的群里发送「周报」。";
            return reply(r, Outcome.REFUSED, why, null);
        }
        ChatGroup group = owned.get(0);
        LocalDate monday = at.toLocalDate().with(DayOfWeek.MONDAY).minusWeeks(command.thisWeek() ? 0 : 1);
        DigestRequest request = new DigestRequest(group.code(), monday, by.userId(), at, r.messageId());
        digests.requested(request);
        String answer = "正在生成「" + group.name() + "」" + request.isoWeek() + (command.thisWeek() ? " (本周)" : " (上周)")
                + " 周报, 稍后发到群里。";
        return reply(r, Outcome.DIGEST_REQUESTED, answer, null);
    }

    private CommandResult help(Command command, Actor by, CommandRequest r) {
        String intro = "";
        if (command instanceof Command.Malformed m) {
            intro = "格式: " + m.usage() + "\n\n";
        } else if (command instanceof Command.Unknown) {
            intro = "未识别的命令。\n\n";
        }
        boolean owner = groups.all().stream().anyMatch(g -> by.userId().equals(g.ownerUserId()));
        return reply(r, Outcome.HELP, intro + HelpText.forActor(by, owner), null);
    }

    private CommandResult reply(CommandRequest r, Outcome outcome, String answer, AppealNumber number) {
        if (r.chat().answeredInPlace()) {
            return new CommandResult(outcome, answer, number);
        }
        outbox.enqueue(OutboundMessage.markdown("answer:" + r.messageId(), r.chat().answerTo(r.senderUserId()),
                answer, number == null ? null : number.value()));
        return new CommandResult(outcome, answer, number);
    }

    private String name(String departmentCode) {
        return departments.byCode(departmentCode).map(Department::shortName).orElse(departmentCode);
    }

    /** The environment of one command: its time, the departments, the calendar. */
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
