package cn.xuanhua.bot.core.inbound;

import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealFacts;
import cn.xuanhua.bot.core.appeal.AppealNumber;
import cn.xuanhua.bot.core.error.ConflictException;
import cn.xuanhua.bot.core.intake.Intake;
import cn.xuanhua.bot.core.intake.IntakeDraft;
import cn.xuanhua.bot.core.intake.StatedDeadline;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.Department;
import cn.xuanhua.bot.core.org.StaffAudiences;
import cn.xuanhua.bot.core.outbound.OutboundMessage;
import cn.xuanhua.bot.core.outbound.Recipient;
import cn.xuanhua.bot.core.port.Appeals;
import cn.xuanhua.bot.core.port.Departments;
import cn.xuanhua.bot.core.port.Outbox;

import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns a business owner's group message into an appeal: intake reads it; chit-chat, thanks, notices and ads get
 * no reply; an appeal gets its number and due date, the group is told (number, department, due date) and the
 * department's staff get an app message with the original text. Runs inside the inbox transaction, so the appeal
 * and its notices are stored together, and a message id already turned into an appeal is not turned again.
 */
public final class AppealIntake {
    private final Supplier<Intake> intake;
    private final Appeals appeals;
    private final Departments departments;
    private final StaffAudiences audiences;
    private final Outbox outbox;
    private final String numberPrefix;

    public AppealIntake(Supplier<Intake> intake, Appeals appeals, Departments departments, StaffAudiences audiences,
                        Outbox outbox, String numberPrefix) {
        this.intake = intake;
        this.appeals = appeals;
        this.departments = departments;
        this.audiences = audiences;
        this.outbox = outbox;
        this.numberPrefix = numberPrefix;
    }

    /** Reads one group message; returns what became of it, for the inbox. */
    public InboundHandler.HandlingResult receive(InboundMessage message, ChatGroup group) {
        IntakeDraft draft = intake.get().assess(message.text(), message.sentAt(), group);
        if (!draft.appeal()) {
            return InboundHandler.HandlingResult.done("not an appeal: " + String.join(",", draft.reasons()));
        }
        AppealNumber number = appeals.nextNumber(numberPrefix, message.sentAt().toLocalDate());
        AppealFacts facts = new AppealFacts(number, group.code(), message.senderUserId(), null, message.text(),
                draft.maskedText(), draft.category().code(), message.sentAt(),
                draft.requestedDeadline().map(StatedDeadline::at).orElse(null), draft.urgent(), message.inboxKey());
        Appeal appeal = Appeal.submit(facts, draft.departmentCode(), draft.dueAt(), String.join(",", draft.reasons()));
        try {
            appeals.add(appeal);
        } catch (ConflictException alreadyMade) {
            return InboundHandler.HandlingResult.done("appeal already made from this message");
        }
        Department department = departments.byCode(draft.departmentCode()).orElseGet(departments::dispatcher);
        Recipient groupRoute = message.responseUrl() == null ? new Recipient.Group(group.code())
                : new Recipient.Reply(message.responseUrl(), group.code());
        String n = number.value();
        outbox.enqueue(OutboundMessage.markdown(n + ":0:created:group", groupRoute,
                NewAppealTexts.registered(appeal, draft, department.shortName()), n));
        for (String userId : handlers(department)) {
            outbox.enqueue(OutboundMessage.markdown(n + ":0:created:user:" + userId, new Recipient.User(userId),
                    NewAppealTexts.toStaff(appeal, draft, group.name()), n));
        }
        return InboundHandler.HandlingResult.done("appeal " + n + " -> " + department.code());
    }

    /** The department's staff; when it has none registered yet, the dispatchers, so the appeal is never unseen. */
    private Set<String> handlers(Department department) {
        Set<String> staff = audiences.department(department.code());
        return staff.isEmpty() ? audiences.dispatchers() : staff;
    }
}
