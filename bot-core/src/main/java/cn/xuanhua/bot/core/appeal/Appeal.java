package cn.xuanhua.bot.core.appeal;

import cn.xuanhua.bot.core.org.Department;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import static cn.xuanhua.bot.core.appeal.AppealEventType.*;

/**
 * An appeal (诉求) and its state machine. Each transition checks who may take it ({@link AppealPolicy}) and
 * returns the new events, or a {@link Refusal} with the reason and no change at all. New events stay in
 * {@link #newEvents()} until persistence has written them together with the row, checking {@link #version()}
 * (optimistic locking), and calls {@link #markSaved(int)}.
 */
public final class Appeal {
    private static final int MAX_EXTENSION_DAYS = 30;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** How MERGED_AWAY notes name the appeal kept, and REQUESTER_JOINED notes the appeal a requester came from. */
    private static final String MERGED_INTO = "并入 ";
    private static final String JOINED_FROM = "由并单带入: ";

    private final AppealFacts facts;
    private final Timeline timeline;
    private AppealState state;
    private int version;
    /** What the problem is, for 并单 (stored with a new appeal); null when read back or made without intake. */
    private ProblemSignature signature;

    private Appeal(AppealFacts facts, AppealState state, int version, Timeline timeline) {
        this.facts = Objects.requireNonNull(facts, "facts");
        this.state = Objects.requireNonNull(state, "state");
        this.version = version;
        this.timeline = timeline;
    }

    /** A new appeal from intake: pending at {@code departmentCode}; its CREATED event is not saved yet. */
    public static Appeal submit(AppealFacts facts, String departmentCode, ZonedDateTime dueAt, String note) {
        Appeal appeal = new Appeal(facts, AppealState.pending(departmentCode, dueAt), 0, new Timeline(List.of(), 0));
        appeal.timeline.append(new AppealEvent(facts.createdAt(), CREATED, facts.requesterUserId(), note));
        return appeal;
    }

    /** A new appeal from intake, with what 并单 will compare later messages with. */
    public static Appeal submit(AppealFacts facts, String departmentCode, ZonedDateTime dueAt, String note,
                                ProblemSignature signature) {
        Appeal appeal = submit(facts, departmentCode, dueAt, note);
        appeal.signature = signature;
        return appeal;
    }

    /** An appeal as stored: its row, the row's version and its events in insertion (id) order. */
    public static Appeal restore(AppealFacts facts, AppealState state, int version, List<AppealEvent> events) {
        return new Appeal(facts, state, version, new Timeline(events, events.size()));
    }

    /** 受理: the department takes it on; the actor becomes its handler. */
    public Transition accept(Actor by, ZonedDateTime at) {
        return when(check(AppealAction.ACCEPT, by),
                () -> change(state.accepted(by.userId(), at), at, by, ACCEPTED, null));
    }

    /** 进展: a progress note the requester will see. */
    public Transition progress(Actor by, ZonedDateTime at, String note) {
        return when(check(AppealAction.PROGRESS, by).or(() -> required(note, "进展内容")),
                () -> change(state, at, by, PROGRESS, note.strip()));
    }

    /** 办结: handled, with the result; the requester is then asked to rate. */
    public Transition resolve(Actor by, ZonedDateTime at, String result) {
        return when(check(AppealAction.RESOLVE, by).or(() -> required(result, "办理结果")),
                () -> change(state.resolved(at), at, by, RESOLVED, result.strip()));
    }

    /** 转办: the handling department hands it to another one, where it waits to be accepted again. */
    public Transition transfer(Actor by, ZonedDateTime at, Department to, String reason) {
        return when(check(AppealAction.TRANSFER, by).or(() -> required(reason, "转办理由"))
                        .or(() -> notAt(to, "该诉求已由" + to.shortName() + "承办")),
                () -> change(state.movedTo(to.code()), at, by, TRANSFERRED,
                        "转至" + to.shortName() + ": " + reason.strip()));
    }

    /** 改派: a dispatcher or leader sends it to another department; the reason is optional. */
    public Transition reassign(Actor by, ZonedDateTime at, Department to, String reason) {
        String why = reason == null || reason.isBlank() ? "" : ": " + reason.strip();
        return when(check(AppealAction.REASSIGN, by).or(() -> notAt(to, "该诉求已由" + to.shortName() + "承办")),
                () -> change(state.movedTo(to.code()), at, by, REASSIGNED, "改派至" + to.shortName() + why));
    }

    /** 退回: wrongly dispatched; back to the dispatcher department, pending there. */
    public Transition returnToDispatcher(Actor by, ZonedDateTime at, Department dispatcher, String reason) {
        return when(check(AppealAction.RETURN, by).or(() -> required(reason, "退回理由"))
                        .or(() -> notAt(dispatcher, "该诉求已在分拨部门, 无需退回")),
                () -> change(state.movedTo(dispatcher.code()), at, by, RETURNED,
                        "退回" + dispatcher.shortName() + ": " + reason.strip()));
    }

    /** 延期: asks for more working days; the due date moves only on {@link #approveExtension}. */
    public Transition requestExtension(Actor by, ZonedDateTime at, int workingDays, String reason) {
        return when(check(AppealAction.REQUEST_EXTENSION, by).or(() -> required(reason, "延期理由"))
                        .or(() -> extensionRequestable(workingDays)),
                () -> change(state.extensionRequested(workingDays), at, by, EXTENSION_REQUESTED,
                        "申请延期" + workingDays + "个工作日: " + reason.strip()));
    }

    /** 批准延期: moves the due date by the requested working days, keeping its time of day. */
    public Transition approveExtension(Actor by, ZonedDateTime at, WorkingDays calendar) {
        return when(check(AppealAction.APPROVE_EXTENSION, by)
                        .or(() -> state.extensionDays() == null ? refuse("该诉求没有待批准的延期申请") : none()),
                () -> {
                    int days = state.extensionDays();
                    ZonedDateTime due = calendar.plus(state.dueAt(), days);
                    return change(state.extended(due, at), at, by, EXTENSION_APPROVED,
                            "延期" + days + "个工作日, 办理期限改为 " + due.format(STAMP));
                });
    }

    /** 不批准延期: the request lapses, the due date stays; the reason is kept in the timeline. */
    public Transition rejectExtension(Actor by, ZonedDateTime at, String reason) {
        return when(check(AppealAction.REJECT_EXTENSION, by)
                        .or(() -> state.extensionDays() == null ? refuse("该诉求没有待批准的延期申请") : none()),
                () -> change(state.extensionDropped(), at, by, EXTENSION_REJECTED,
                        "不批准延期" + state.extensionDays() + "个工作日"
                                + (reason == null || reason.isBlank() ? "" : ": " + reason.strip())));
    }

    /** 督办: a leader's or dispatcher's instruction to the department, kept in the timeline. */
    public Transition supervise(Actor by, ZonedDateTime at, String note) {
        return when(check(AppealAction.SUPERVISE, by).or(() -> required(note, "督办内容")),
                () -> change(state, at, by, SUPERVISED, note.strip()));
    }

    /** 补充: the requester adds to the appeal. */
    public Transition supplement(Actor by, ZonedDateTime at, String text) {
        return when(check(AppealAction.SUPPLEMENT, by).or(() -> required(text, "补充内容")),
                () -> change(state, at, by, SUPPLEMENTED, text.strip()));
    }

    /**
     * 并单 at intake: {@code writer} reported the same problem. A new writer joins as one more requester; a
     * requester who writes it again adds their words as a 补充. Only while the appeal is open.
     */
    public Transition join(String writer, ZonedDateTime at, String maskedText) {
        Actor by = Actor.person(writer, null);
        return when(check(AppealAction.JOIN, Actor.system()).or(() -> required(writer, "诉求人")),
                () -> requesters().contains(writer)
                        ? change(state, at, by, SUPPLEMENTED, maskedText.strip())
                        : change(state, at, by, REQUESTER_JOINED, "同一问题, 新增诉求人: " + maskedText.strip()));
    }

    /**
     * 并单 by hand, on the appeal merged away: closed into {@code main}, an open appeal of the same group, whose
     * requesters its own join ({@link #absorb}). Recorded as MERGED_AWAY "并入 主编号".
     */
    public Transition mergeInto(Actor by, ZonedDateTime at, Appeal main) {
        return when(check(AppealAction.MERGE, by)
                        .or(() -> main.number().equals(number()) ? refuse("不能把诉求并入它自己") : none())
                        .or(() -> main.facts().groupCode().equals(facts.groupCode()) ? none()
                                : refuse("只能合并同一个群的诉求"))
                        .or(() -> main.status().isOpen() ? none()
                                : refuse("主诉求 " + main.number().value() + " 已" + main.status().label() + ", 不能并入")),
                () -> change(state.mergedAway(at), at, by, MERGED_AWAY, MERGED_INTO + main.number().value()));
    }

    /**
     * 并单 by hand, on the appeal kept: {@code merged} was merged into it; its requesters not yet here join
     * (REQUESTER_JOINED, noted "由 编号 并入" so that 拆单 knows whom to give back). Follows {@link #mergeInto}.
     */
    public Transition absorb(Actor by, ZonedDateTime at, Appeal merged) {
        List<String> newcomers = merged.requesters().stream().filter(u -> !requesters().contains(u)).toList();
        String from = merged.number().value();
        return when(check(AppealAction.MERGE, by), () -> {
            Transition.Done done = change(state, at, by, MERGED_IN, from + " 并入本诉求"
                    + (newcomers.isEmpty() ? "" : ", 新增诉求人 " + String.join("、", newcomers)));
            List<AppealEvent> all = new ArrayList<>(done.events());
            for (String userId : newcomers) {
                all.addAll(change(state, at, Actor.person(userId, null), REQUESTER_JOINED, JOINED_FROM + from)
                        .events());
            }
            return new Transition.Done(done.firstSequence(), all);
        });
    }

    /** The appeal this one was merged into by hand, while it stays merged (拆单 undoes it). */
    public Optional<AppealNumber> mergedInto() {
        for (int i = events().size() - 1; i >= 0; i--) {
            AppealEvent e = events().get(i);
            if (e.type() == SPLIT) {
                return Optional.empty();
            }
            if (e.type() == MERGED_AWAY && e.note() != null && e.note().startsWith(MERGED_INTO)) {
                return Optional.of(AppealNumber.parse(e.note().substring(MERGED_INTO.length()).strip()));
            }
        }
        return Optional.empty();
    }

    /** 拆单, on the appeal merged away: open again where it stood, at its department. */
    public Transition splitFrom(Actor by, ZonedDateTime at, Appeal main) {
        return when(check(AppealAction.SPLIT, by)
                        .or(() -> mergedInto().filter(main.number()::equals).isPresent() ? none()
                                : refuse("该诉求不是并入 " + main.number().value() + " 的诉求, 无需拆单")),
                () -> change(state.splitBack(), at, by, SPLIT, "从 " + main.number().value() + " 拆出, 恢复办理"));
    }

    /** 拆单, on the appeal kept: the requesters that came with {@code merged} leave (REQUESTER_LEFT). */
    public Transition release(Actor by, ZonedDateTime at, Appeal merged) {
        String from = merged.number().value();
        List<String> leaving = events().stream()
                .filter(e -> e.type() == REQUESTER_JOINED && (JOINED_FROM + from).equals(e.note()))
                .map(AppealEvent::actor).distinct().filter(requesters()::contains).toList();
        return when(check(AppealAction.RELEASE, by), () -> {
            Transition.Done done = change(state, at, by, SPLIT_OFF, from + " 拆出, 恢复单独办理"
                    + (leaving.isEmpty() ? "" : "; 其诉求人 " + String.join("、", leaving) + " 随之拆出"));
            List<AppealEvent> all = new ArrayList<>(done.events());
            for (String userId : leaving) {
                all.addAll(change(state, at, Actor.person(userId, null), REQUESTER_LEFT, "拆单: 回到 " + from)
                        .events());
            }
            return new Transition.Done(done.firstSequence(), all);
        });
    }

    /** The requester's rating: 满意/基本满意 close it; 不满意 reopens it at its department as not solved. */
    public Transition rate(Actor by, ZonedDateTime at, Satisfaction rating, String comment) {
        Objects.requireNonNull(rating, "rating");
        String note = rating.label() + (comment == null || comment.isBlank() ? "" : ": " + comment.strip());
        return when(check(AppealAction.RATE, by), () -> {
            Transition.Done rated = change(state.rated(rating, at), at, by, RATED, note);
            if (rating.countsAsSatisfied()) {
                return rated;
            }
            List<AppealEvent> both = new ArrayList<>(rated.events());
            both.addAll(change(state, at, by, REOPENED, "评价不满意, 重新办理").events());
            return new Transition.Done(rated.firstSequence(), both);
        });
    }

    /** Closes a resolved appeal nobody rated within the rating window; it stays out of 满意率. */
    public Transition closeUnrated(ZonedDateTime at) {
        return when(check(AppealAction.CLOSE_UNRATED, Actor.system()), () -> change(state.closedUnrated(at), at,
                Actor.system(), CLOSED_UNRATED, "评价期内未评价, 自动结案, 不计入满意率"));
    }

    /** Marks an open appeal past its due date as overdue, once per due date. */
    public Transition markOverdue(ZonedDateTime at) {
        return when(check(AppealAction.MARK_OVERDUE, Actor.system())
                        .or(() -> state.overdue() ? refuse("已标记超期") : none())
                        .or(() -> at.isAfter(state.dueAt()) ? none() : refuse("尚未超过办理期限")),
                () -> change(state.markedOverdue(), at, Actor.system(), OVERDUE,
                        "已超过办理期限 " + state.dueAt().format(STAMP)));
    }

    /** Records the reminder to accept: once each time the appeal lands at a department. */
    public Transition remindToAccept(ZonedDateTime at) {
        return when(check(AppealAction.REMIND, Actor.system())
                        .or(() -> status() == AppealStatus.PENDING ? none() : refuse("该诉求已受理"))
                        .or(() -> timeline.remindedToAccept() ? refuse("已提醒过") : none()),
                () -> change(state, at, Actor.system(), RESPONSE_REMINDED, "超时未受理, 已提醒"));
    }

    /** Records the reminder that the due date is near: once per due date. */
    public Transition remindDueSoon(ZonedDateTime at) {
        return when(check(AppealAction.REMIND, Actor.system())
                        .or(() -> timeline.remindedDueSoon() ? refuse("已提醒过") : none()),
                () -> change(state, at, Actor.system(), DUE_SOON_REMINDED,
                        "办理期限 " + state.dueAt().format(STAMP) + " 临近, 已提醒"));
    }

    /** The events so far, with the questions the deadline watch asks of them. */
    public Timeline timeline() {
        return timeline;
    }

    public AppealFacts facts() {
        return facts;
    }

    /** Everyone who reported the problem, the first one first ({@link Timeline#requesters}). */
    public List<String> requesters() {
        return timeline.requesters(facts.requesterUserId());
    }

    /** What 并单 compares later messages with, when intake made this appeal just now. */
    public Optional<ProblemSignature> signature() {
        return Optional.ofNullable(signature);
    }

    public AppealNumber number() {
        return facts.number();
    }

    public AppealState state() {
        return state;
    }

    public AppealStatus status() {
        return state.status();
    }

    public String departmentCode() {
        return state.departmentCode();
    }

    public ZonedDateTime dueAt() {
        return state.dueAt();
    }

    /** The version of the stored row this appeal was read from (0 for a new one). */
    public int version() {
        return version;
    }

    /** The whole timeline, oldest first. */
    public List<AppealEvent> events() {
        return timeline.events();
    }

    /** Events recorded since the appeal was read or created, for persistence to insert. */
    public List<AppealEvent> newEvents() {
        return timeline.unsaved();
    }

    /** Called by persistence after writing the row and the new events: the row now has {@code storedVersion}. */
    public void markSaved(int storedVersion) {
        version = storedVersion;
        timeline.markSaved();
    }

    private Optional<Refusal> check(AppealAction action, Actor by) {
        return AppealPolicy.check(action, by, this);
    }

    /** Runs {@code change} unless there is a refusal; a refusal leaves the appeal untouched. */
    private static Transition when(Optional<Refusal> refusal, Supplier<Transition> change) {
        return refusal.<Transition>map(r -> r).orElseGet(change);
    }

    private Transition.Done change(AppealState next, ZonedDateTime at, Actor by, AppealEventType type, String note) {
        state = next;
        AppealEvent event = new AppealEvent(at, type, by.userId(), note);
        return new Transition.Done(timeline.append(event), List.of(event));
    }

    private Optional<Refusal> notAt(Department to, String reason) {
        return to.code().equals(departmentCode()) ? refuse(reason) : none();
    }

    private Optional<Refusal> extensionRequestable(int days) {
        if (days < 1 || days > MAX_EXTENSION_DAYS) {
            return refuse("延期天数须为 1–" + MAX_EXTENSION_DAYS + " 个工作日");
        }
        Integer pending = state.extensionDays();
        return pending == null ? none() : refuse("已有待批准的延期申请 (" + pending + "个工作日)");
    }

    private static Optional<Refusal> required(String text, String what) {
        return text == null || text.isBlank() ? refuse("请写明" + what) : none();
    }

    private static Optional<Refusal> refuse(String reason) {
        return Optional.of(new Refusal(reason));
    }

    private static Optional<Refusal> none() {
        return Optional.empty();
    }
}
