package cn.xuanhua.bot.core.watch;

import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealEvent;
import cn.xuanhua.bot.core.appeal.AppealStatus;
import cn.xuanhua.bot.core.appeal.WorkingDays;
import cn.xuanhua.bot.core.command.StaffCards;
import cn.xuanhua.bot.core.error.ConflictException;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.Department;
import cn.xuanhua.bot.core.org.GroupKind;
import cn.xuanhua.bot.core.org.StaffAudiences;
import cn.xuanhua.bot.core.org.StaffMember;
import cn.xuanhua.bot.core.outbound.MessageFormat;
import cn.xuanhua.bot.core.outbound.OutboundMessage;
import cn.xuanhua.bot.core.outbound.StaffCard;
import cn.xuanhua.bot.core.outbound.Recipient;
import cn.xuanhua.bot.core.appeal.Appeals;
import cn.xuanhua.bot.core.org.Departments;
import cn.xuanhua.bot.core.org.Groups;
import cn.xuanhua.bot.core.outbound.Outbox;
import cn.xuanhua.bot.core.org.StaffDirectory;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Watches deadlines: reminds departments that have not accepted within the response limit, reminds handlers
 * one working day before the due date, marks overdue appeals and escalates them in the coordination group
 * (mentioning the department's leaders), and closes resolved appeals nobody rated within the rating window.
 *
 * <p>Safe to run often, on several instances, across restarts: each stage is recorded on the appeal (saved with
 * optimistic locking, so of two instances only one wins) and every message is keyed
 * {@code {number}:{stage}@{anchor}:{target}}, the anchor being what the stage is about (the dispatch event,
 * the due date, the resolution time), so the outbox drops a repeat.
 */
public final class DeadlineWatch {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

    private final Appeals appeals;
    private final StaffAudiences audiences;
    private final Departments departments;
    private final Groups groups;
    private final Outbox outbox;
    private final WorkingDays workingDays;
    private final WatchSettings settings;

    public DeadlineWatch(Appeals appeals, StaffDirectory staff, Departments departments, Groups groups,
                         Outbox outbox, WorkingDays workingDays, WatchSettings settings) {
        this.appeals = appeals;
        this.audiences = new StaffAudiences(staff);
        this.departments = departments;
        this.groups = groups;
        this.outbox = outbox;
        this.workingDays = workingDays;
        this.settings = settings;
    }

    /**
     * Takes the stages that are due at {@code now} on this copy of the appeal, storing nothing; empty when none is.
     * Most appeals a pass looks at need nothing, and this lets the caller open a transaction only for the others.
     * The appeal itself refuses a stage that already happened.
     */
    public List<WatchStage> advance(Appeal a, ZonedDateTime now) {
        List<WatchStage> stages = new ArrayList<>();
        if (a.status() == AppealStatus.RESOLVED) {
            boolean windowOver = !now.isBefore(workingDays.plus(a.state().resolvedAt(), settings.ratingWindowDays()));
            if (windowOver && a.closeUnrated(now).done()) {
                stages.add(WatchStage.RATING_TIMEOUT);
            }
            return stages;
        }
        if (now.isAfter(a.dueAt())) {
            if (a.markOverdue(now).done()) {
                stages.add(WatchStage.OVERDUE_ESCALATION);
            }
            return stages;
        }
        if (responseLimitPassed(a, now) && a.remindToAccept(now).done()) {
            stages.add(WatchStage.RESPONSE_REMINDER);
        }
        if (!workingDays.plus(now, 1).isBefore(a.dueAt()) && a.remindDueSoon(now).done()) {
            stages.add(WatchStage.DUE_SOON_REMINDER);
        }
        return stages;
    }

    /**
     * Saves an appeal {@link #advance} moved on, then queues the stages' messages (in the caller's transaction).
     * When someone else changed the appeal meanwhile nothing is sent; the next run looks again.
     */
    public List<WatchAction> record(Appeal appeal, List<WatchStage> stages, ZonedDateTime now) {
        if (stages.isEmpty()) {
            return List.of();
        }
        try {
            appeals.update(appeal);
        } catch (ConflictException changedMeanwhile) {
            return List.of();
        }
        stages.forEach(stage -> announce(appeal, stage, now));
        return stages.stream().map(stage -> new WatchAction(appeal.number(), stage)).toList();
    }

    private boolean responseLimitPassed(Appeal a, ZonedDateTime now) {
        if (a.status() != AppealStatus.PENDING) {
            return false;
        }
        ZonedDateTime since = a.timeline().lastDispatch().map(AppealEvent::at).orElse(a.facts().createdAt());
        return !now.isBefore(workingDays.plus(since, settings.responseLimitDays()));
    }

    private void announce(Appeal a, WatchStage stage, ZonedDateTime now) {
        switch (stage) {
            case RESPONSE_REMINDER -> tell(a, stage, "e" + a.timeline().lastDispatchSequence(), responders(a),
                    WatchTexts.responseReminder(a, name(a.departmentCode()), settings.responseLimitDays()));
            case DUE_SOON_REMINDER -> tellWithCard(a, stage, a.dueAt().format(STAMP),
                    audiences.handlerOrDepartment(a.state().handlerUserId(), a.departmentCode()),
                    WatchTexts.dueSoon(a));
            case OVERDUE_ESCALATION -> escalate(a, now);
            case RATING_TIMEOUT -> send(a, stage, a.state().resolvedAt().format(STAMP), "group",
                    new Recipient.Group(a.facts().groupCode()),
                    WatchTexts.closedUnrated(a, settings.ratingWindowDays()), List.of());
        }
    }

    /** Into the coordination group, mentioning the department's leaders; to dispatchers when there is none. */
    private void escalate(Appeal a, ZonedDateTime now) {
        List<StaffMember> leaders = audiences.leadersOf(a.departmentCode());
        String handler = audiences.nameOf(a.state().handlerUserId());
        String text = WatchTexts.escalation(a, name(a.departmentCode()), handler,
                leaders.stream().map(StaffMember::name).toList(), now);
        String anchor = a.dueAt().format(STAMP);
        Optional<ChatGroup> coordination = groups.all().stream().filter(g -> g.kind() == GroupKind.COORDINATION)
                .findFirst();
        if (coordination.isPresent()) {
            String code = coordination.get().code();
            send(a, WatchStage.OVERDUE_ESCALATION, anchor, "group:" + code, new Recipient.Group(code), text,
                    leaders.stream().map(StaffMember::userId).toList());
        } else {
            Collection<String> ids = audiences.dispatchers();
            leaders.forEach(l -> ids.add(l.userId()));
            tell(a, WatchStage.OVERDUE_ESCALATION, anchor, ids, text);
        }
    }

    /** The department's staff and every dispatcher: whoever can accept or re-route it. */
    private Collection<String> responders(Appeal a) {
        Collection<String> ids = audiences.department(a.departmentCode());
        ids.addAll(audiences.dispatchers());
        return ids;
    }

    private void tell(Appeal a, WatchStage stage, String anchor, Collection<String> userIds, String text) {
        userIds.forEach(id -> send(a, stage, anchor, "user:" + id, new Recipient.User(id), text, List.of()));
    }

    /** The due-date reminder as a card with 办结 / 申请延期, the reminder's text inside it for where a card cannot go. */
    private void tellWithCard(Appeal a, WatchStage stage, String anchor, Collection<String> userIds, String text) {
        String number = a.number().value();
        for (String id : userIds) {
            StaffCard card = StaffCards.dueSoon(a, "due" + anchor, id, text);
            outbox.enqueue(new OutboundMessage(number + ":" + stage.slug() + "@" + anchor + ":user:" + id,
                    new Recipient.User(id), MessageFormat.CARD, card.toJson(), List.of(), number));
        }
    }

    private void send(Appeal a, WatchStage stage, String anchor, String target, Recipient to, String text,
                      List<String> mentions) {
        String number = a.number().value();
        String key = number + ":" + stage.slug() + "@" + anchor + ":" + target;
        outbox.enqueue(OutboundMessage.markdown(key, to, text, number).mentioning(mentions));
    }

    private String name(String departmentCode) {
        return departments.byCode(departmentCode).map(Department::shortName).orElse(departmentCode);
    }
}
