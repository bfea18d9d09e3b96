package cn.xuanhua.bot.core.inbound;

import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealFacts;
import cn.xuanhua.bot.core.appeal.AppealNumber;
import cn.xuanhua.bot.core.appeal.MergeCandidate;
import cn.xuanhua.bot.core.appeal.ProblemSignature;
import cn.xuanhua.bot.core.appeal.SameProblem;
import cn.xuanhua.bot.core.appeal.Transition;
import cn.xuanhua.bot.core.command.AppealRef;
import cn.xuanhua.bot.core.command.ChatContext;
import cn.xuanhua.bot.core.command.StaffCards;
import cn.xuanhua.bot.core.command.Command;
import cn.xuanhua.bot.core.command.CommandHandler;
import cn.xuanhua.bot.core.command.CommandRequest;
import cn.xuanhua.bot.core.command.CommandResult;
import cn.xuanhua.bot.core.command.FileNewAppeal;
import cn.xuanhua.bot.core.command.FileOnBehalf;
import cn.xuanhua.bot.core.command.MyAppeals;
import cn.xuanhua.bot.core.command.Query;
import cn.xuanhua.bot.core.command.Supplement;
import cn.xuanhua.bot.core.error.ConflictException;
import cn.xuanhua.bot.core.intake.ActReading;
import cn.xuanhua.bot.core.intake.Intake;
import cn.xuanhua.bot.core.intake.ConversationAct;
import cn.xuanhua.bot.core.intake.IntakeDraft;
import cn.xuanhua.bot.core.intake.MeToo;
import cn.xuanhua.bot.core.intake.SenderContext;
import cn.xuanhua.bot.core.intake.Speaker;
import cn.xuanhua.bot.core.intake.StatedDeadline;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.Department;
import cn.xuanhua.bot.core.org.DisplayNames;
import cn.xuanhua.bot.core.org.PersonNames;
import cn.xuanhua.bot.core.org.StaffAudiences;
import cn.xuanhua.bot.core.outbound.ChatText;
import cn.xuanhua.bot.core.outbound.MessageFormat;
import cn.xuanhua.bot.core.outbound.OutboundMessage;
import cn.xuanhua.bot.core.outbound.StaffCard;
import cn.xuanhua.bot.core.outbound.Recipient;
import cn.xuanhua.bot.core.appeal.Appeals;
import cn.xuanhua.bot.core.org.Departments;
import cn.xuanhua.bot.core.org.Groups;
import cn.xuanhua.bot.core.outbound.Outbox;
import cn.xuanhua.bot.core.org.StaffDirectory;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns a group message into what it is. Intake reads it knowing who speaks (an owner, staff, the group's owner)
 * and the writer's open appeals in the group; then:
 * <ul>
 *   <li>the same problem as an open appeal of the group (并单, {@link SameProblem}) makes no new appeal: the writer
 *       becomes one more requester of it and is told its number and status;</li>
 *   <li>an owner's appeal gets its number and due date, the group is told (number, department, due date) and the
 *       department's staff get an app message with the original text;</li>
 *   <li>a follow-up on the writer's own open appeal becomes its 补充, a progress question is answered like 查询;</li>
 *   <li>a member's "me too" right after another's appeal ({@link MeToo}) makes them one more requester of it;</li>
 *   <li>anything else (answers, notices, thanks, chit-chat, and every free text of staff or the group's owner) gets
 *       no reply.</li>
 * </ul>
 * Staff file for someone with 代报. Runs inside the inbox transaction, so the appeal and its notices are stored
 * together, and a message id already turned into an appeal is not turned again.
 */
public final class AppealIntake {
    /** At most this many new appeals from one sender within {@link #ADMISSION_WINDOW}. */
    static final int ADMISSION_LIMIT = 5;
    static final java.time.Duration ADMISSION_WINDOW = java.time.Duration.ofMinutes(10);
    private static final String FLOOD_ANSWER = "您在短时间内提交了多条诉求, 后续消息已保留, 将由工作人员人工查看处理, 请勿重复发送。"
            + "查看已登记的诉求请发送「我的诉求」。";

    /** The reason an appeal filed with 新诉求 carries, beside intake's own. */
    static final String NEW_APPEAL_ASKED = "command.new-appeal";

    private final Supplier<Intake> intake;
    private final Appeals appeals;
    private final Departments departments;
    private final StaffDirectory staff;
    private final StaffAudiences audiences;
    private final Outbox outbox;
    private final CommandHandler commands;
    private final Groups groups;
    private final Senders senders;
    private final DisplayNames names;
    private final String numberPrefix;
    private final SameProblem sameProblem = new SameProblem();

    public AppealIntake(Supplier<Intake> intake, Appeals appeals, Departments departments, StaffDirectory staff,
                        StaffAudiences audiences, Outbox outbox, CommandHandler commands, Groups groups,
                        String numberPrefix) {
        this(intake, appeals, departments, staff, audiences, outbox, commands, groups,
                new DisplayNames(staff, PersonNames.none()), numberPrefix);
    }

    /** @param names the requester's name, stored with the appeal and shown wherever it is listed */
    public AppealIntake(Supplier<Intake> intake, Appeals appeals, Departments departments, StaffDirectory staff,
                        StaffAudiences audiences, Outbox outbox, CommandHandler commands, Groups groups,
                        DisplayNames names, String numberPrefix) {
        this.intake = intake;
        this.appeals = appeals;
        this.departments = departments;
        this.staff = staff;
        this.audiences = audiences;
        this.outbox = outbox;
        this.commands = commands;
        this.groups = groups;
        this.senders = new Senders(staff, appeals);
        this.names = names;
        this.numberPrefix = numberPrefix;
    }

    /** Reads one group message; returns what became of it, for the inbox. */
    public InboundHandler.HandlingResult receive(InboundMessage message, ChatGroup group) {
        SenderContext sender = senders.contextOf(message.senderUserId(), group);
        Speaker speaker = sender.speaker();
        IntakeDraft draft = intake.get().assess(message.text(), message.sentAt(), group, sender);
        ActReading act = draft.act();
        if (speaker == Speaker.OWNER) {
            // A switch expression, so that a new act must be decided here before the code compiles.
            Command onOpenAppeal = switch (act.act()) {
                case FOLLOW_UP -> new Supplement(ref(act), message.text(), true);
                case PROGRESS_QUESTION -> act.appealNumber() == null ? new MyAppeals() : new Query(ref(act));
                case APPEAL, ANSWER, NOTICE, THANKS, SOLVED, AD, CHATTER -> null;
            };
            if (onOpenAppeal != null) {
                return command(message, group, onOpenAppeal,
                        act.act() == ConversationAct.FOLLOW_UP ? "follow-up" : "progress question");
            }
            Optional<InboundHandler.HandlingResult> meToo = joinTheThread(message, group, draft);
            if (meToo.isPresent()) {
                return meToo.get();
            }
        }
        if (!draft.appeal()) {
            return InboundHandler.HandlingResult.done("not an appeal (" + speaker + ", " + act.act() + "): "
                    + String.join(",", draft.reasons()));
        }
        if (appeals.madeBySince(message.senderUserId(), message.sentAt().minus(ADMISSION_WINDOW)) >= ADMISSION_LIMIT) {
            return hold(message, group);
        }
        return register(message, group, message.senderUserId(), message.text(), draft, false);
    }

    /**
     * 代报: a staff member files for someone. In a group the text is the appeal and the group is the chat's; in
     * a private chat the first word names the group.
     */
    public InboundHandler.HandlingResult fileOnBehalf(InboundMessage message, FileOnBehalf command,
                                                      ChatGroup chatGroup) {
        ChatContext chat = chatOf(message, chatGroup);
        if (staff.byUserId(message.senderUserId()).isEmpty()) {
            return answer(message, chat, "只有部门工作人员可以代报诉求。企业在群里直接描述问题即可提交。", "代报 refused");
        }
        ChatGroup group = chatGroup;
        String text = command.text();
        if (group == null) {
            String[] parts = text.split("[\\s\\u3000]+", 2);
            group = groups.named(parts[0]).orElse(null);
            if (group == null || parts.length < 2 || parts[1].isBlank()) {
                return answer(message, chat, "格式: 代报 群名 内容 (群名如「南关街道」); 没有找到群「"
                                + ChatText.md(parts[0]) + "」。",
                        "代报 refused");
            }
            text = parts[1].strip();
        }
        IntakeDraft draft = intake.get().assess(text, message.sentAt(), group, SenderContext.OWNER);
        return register(message, group, message.senderUserId(), text, draft, true);
    }

    /**
     * 新诉求: an owner files the text as a new appeal whatever intake would make of it (not a 补充 of an open appeal,
     * not conversation); it is routed, timed and merged (并单) as any appeal. Staff and the group's owner file for
     * someone with 代报; in a private chat there is no group to file in.
     */
    public InboundHandler.HandlingResult fileNew(InboundMessage message, FileNewAppeal command, ChatGroup group) {
        ChatContext chat = chatOf(message, group);
        if (group == null || !group.kind().takesAppeals()) {
            return answer(message, chat, "请在您所在的市场主体交流群里发送「" + FileNewAppeal.USAGE + "」。", "新诉求 refused");
        }
        if (senders.speakerOf(message.senderUserId(), group) != Speaker.OWNER) {
            return answer(message, chat, "工作人员和群主请用「代报 内容」替企业提交诉求。", "新诉求 refused");
        }
        if (appeals.madeBySince(message.senderUserId(), message.sentAt().minus(ADMISSION_WINDOW)) >= ADMISSION_LIMIT) {
            return hold(message, group);
        }
        IntakeDraft draft = intake.get().assess(command.text(), message.sentAt(), group, SenderContext.OWNER)
                .withReason(NEW_APPEAL_ASKED);
        return register(message, group, message.senderUserId(), command.text(), draft, false);
    }

    private InboundHandler.HandlingResult register(InboundMessage message, ChatGroup group, String requester,
                                                   String text, IntakeDraft draft, boolean onBehalf) {
        ProblemSignature signature = ProblemSignature.of(group, draft.category().code(), draft.matterCode(), text);
        if (!onBehalf) {
            // 并单: the same problem as an open appeal of this group makes no new appeal (docs/intake.md).
            List<MergeCandidate> open = appeals.mergeCandidatesFor(signature, requester,
                    message.sentAt().minus(SameProblem.WINDOW));
            Optional<MergeCandidate> same = sameProblem.find(signature, requester, message.sentAt(), open);
            Optional<Appeal> sameAppeal = same.flatMap(c -> appeals.byNumber(c.number()));
            if (sameAppeal.isPresent()) {
                Optional<InboundHandler.HandlingResult> joined = join(message, group, requester, draft,
                        sameAppeal.get(), false);
                if (joined.isPresent()) {
                    return joined.get();
                }
            }
        }
        AppealNumber number = appeals.nextNumber(numberPrefix, message.sentAt().toLocalDate());
        // Only a real name is stored: a requester WeCom could not name now is looked up again when shown.
        AppealFacts facts = new AppealFacts(number, group.code(), requester, names.known(requester).orElse(null), text,
                draft.maskedText(), draft.category().code(), message.sentAt(),
                draft.requestedDeadline().map(StatedDeadline::at).orElse(null), draft.urgent(), message.inboxKey(),
                onBehalf);
        Appeal appeal = Appeal.submit(facts, draft.departmentCode(), draft.dueAt(), String.join(",", draft.reasons()),
                signature);
        try {
            appeals.add(appeal);
        } catch (ConflictException alreadyMade) {
            return InboundHandler.HandlingResult.done("appeal already made from this message");
        }
        Department department = departments.byCode(draft.departmentCode()).orElseGet(departments::dispatcher);
        Recipient groupRoute = message.responseUrl() == null || !message.group() ? new Recipient.Group(group.code())
                : new Recipient.Reply(message.responseUrl(), group.code());
        String n = number.value();
        String shownName = facts.requesterName() != null ? facts.requesterName() : names.of(requester);
        outbox.enqueue(OutboundMessage.markdown(n + ":0:created:group", groupRoute,
                NewAppealTexts.registered(appeal, draft, department.shortName(), shownName), n));
        for (String userId : handlers(department)) {
            // A card with 受理 / 退回 / 转办; the markdown notice inside it goes out where a card cannot.
            StaffCard card = StaffCards.newAppeal(appeal, group.name(), draft.category().name(), draft.urgent(), userId,
                    NewAppealTexts.toStaff(appeal, draft, group.name(), shownName));
            outbox.enqueue(new OutboundMessage(n + ":0:created:user:" + userId, new Recipient.User(userId),
                    MessageFormat.CARD, card.toJson(), List.of(), n));
        }
        if (onBehalf && !message.group()) {
            outbox.enqueue(OutboundMessage.markdown("answer:" + message.inboxKey(), new Recipient.User(requester),
                    "已代报到「" + group.name() + "」: " + n + ", 承办 " + department.shortName() + "。", n));
        }
        return InboundHandler.HandlingResult.done("appeal " + n + " -> " + department.code()
                + (onBehalf ? " (代报)" : ""));
    }

    /**
     * A member's "me too" ({@link MeToo}) joins the group's newest open appeal of the last hour that is not theirs.
     * Only a message that reads as one costs a look-up.
     */
    private Optional<InboundHandler.HandlingResult> joinTheThread(InboundMessage message, ChatGroup group,
                                                                   IntakeDraft draft) {
        if (!MeToo.says(message.text())) {
            return Optional.empty();
        }
        List<MeToo.Recent<Appeal>> thread = appeals.recentOpenOfGroup(group.code(),
                message.sentAt().minus(MeToo.WINDOW)).stream()
                .map(a -> new MeToo.Recent<>(a, Set.copyOf(a.requesters()), a.facts().createdAt(),
                        a.facts().categoryCode()))
                .toList();
        return MeToo.threadAppeal(draft, message.senderUserId(), message.sentAt(), thread)
                .flatMap(t -> join(message, group, message.senderUserId(), draft, t.key(), true));
    }

    /**
     * The writer joins the open appeal {@code appeal} (as just read) as one more requester (or, already one, adds their words as a
     * 补充); they are told its number and status in the group, its handler or department hears who joined. Empty
     * when the appeal changed meanwhile so that it no longer takes requesters: then a new appeal is made.
     *
     * @param meToo joined as a "me too" in the thread rather than by {@link SameProblem}
     */
    private Optional<InboundHandler.HandlingResult> join(InboundMessage message, ChatGroup group, String writer,
                                                          IntakeDraft draft, Appeal appeal, boolean meToo) {
        boolean already = appeal.requesters().contains(writer);
        if (!(appeal.join(writer, message.sentAt(), draft.maskedText()) instanceof Transition.Done done)) {
            return Optional.empty();
        }
        try {
            appeals.update(appeal);
        } catch (ConflictException changedMeanwhile) {
            return Optional.empty();
        }
        String n = appeal.number().value();
        String department = departments.byCode(appeal.departmentCode()).map(Department::shortName)
                .orElse(appeal.departmentCode());
        Recipient groupRoute = message.responseUrl() == null || !message.group() ? new Recipient.Group(group.code())
                : new Recipient.Reply(message.responseUrl(), group.code());
        String key = n + ":" + done.firstSequence() + ":joined:";
        outbox.enqueue(OutboundMessage.markdown(key + "group", groupRoute,
                NewAppealTexts.joined(appeal, department, already, meToo), n).mentioning(List.of(writer)));
        for (String userId : orDispatchers(audiences.handlerOrDepartment(appeal.state().handlerUserId(),
                appeal.departmentCode()))) {
            outbox.enqueue(OutboundMessage.markdown(key + "user:" + userId, new Recipient.User(userId),
                    NewAppealTexts.joinedToStaff(appeal, names.of(writer), message.text(), already,
                            draft.requestedDeadline().map(StatedDeadline::at).orElse(null)), n));
        }
        return Optional.of(InboundHandler.HandlingResult.done((meToo ? "并单 (me too): " : "并单: ") + writer + " -> " + n
                + (already ? " (repeat)" : " (" + appeal.requesters().size() + " requesters)")));
    }

    /**
     * Beyond {@value #ADMISSION_LIMIT} new appeals in {@link #ADMISSION_WINDOW} one sender's messages make no more:
     * they stay in the inbox for the console, and the sender is told once per flood (the answer's key names the
     * sender's newest appeal, so one flood gets one answer).
     */
    private InboundHandler.HandlingResult hold(InboundMessage message, ChatGroup group) {
        String newest = appeals.unclosedOfRequester(group.code(), message.senderUserId()).stream().findFirst()
                .map(a -> a.number().value()).orElse("-");
        ChatContext chat = ChatContext.group(group.code(), message.responseUrl());
        outbox.enqueue(OutboundMessage.markdown("flood:" + message.senderUserId() + ":" + newest,
                chat.answerTo(message.senderUserId()), FLOOD_ANSWER, null));
        return InboundHandler.HandlingResult.held("held: more than " + ADMISSION_LIMIT + " new appeals from "
                + message.senderUserId() + " within " + ADMISSION_WINDOW.toMinutes() + " minutes");
    }

    /** A follow-up or a progress question, run as the command a requester would type. */
    private InboundHandler.HandlingResult command(InboundMessage message, ChatGroup group, Command command, String what) {
        CommandResult result = commands.handle(new CommandRequest(message.inboxKey(), message.senderUserId(),
                ChatContext.group(group.code(), message.responseUrl()), message.text()), command);
        return InboundHandler.HandlingResult.done(what + ": " + result.outcome()
                + (result.appeal() == null ? "" : " " + result.appeal().value()));
    }

    /** Where a command from {@code message} is answered: its group, or the writer's private chat. */
    private static ChatContext chatOf(InboundMessage message, ChatGroup group) {
        return group == null ? ChatContext.privateChat() : ChatContext.group(group.code(), message.responseUrl());
    }

    private InboundHandler.HandlingResult answer(InboundMessage message, ChatContext chat, String text, String outcome) {
        outbox.enqueue(OutboundMessage.markdown("answer:" + message.inboxKey(), chat.answerTo(message.senderUserId()),
                text, null));
        return InboundHandler.HandlingResult.done(outcome);
    }

    private static AppealRef ref(ActReading act) {
        return AppealRef.parse(act.appealNumber()).orElseThrow();
    }

    /** The department's staff; when it has none registered yet, the dispatchers, so the appeal is never unseen. */
    private Set<String> handlers(Department department) {
        return orDispatchers(audiences.department(department.code()));
    }

    /** {@code staff}, or the dispatchers when a department has nobody registered yet: a notice is never unseen. */
    private Set<String> orDispatchers(Set<String> staff) {
        return staff.isEmpty() ? audiences.dispatchers() : staff;
    }
}
