package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealEvent;
import cn.xuanhua.bot.core.appeal.Transition;
import cn.xuanhua.bot.core.org.Department;
import cn.xuanhua.bot.core.org.Departments;
import cn.xuanhua.bot.core.org.StaffAudiences;
import cn.xuanhua.bot.core.outbound.MessageFormat;
import cn.xuanhua.bot.core.outbound.OutboundMessage;
import cn.xuanhua.bot.core.outbound.StaffCard;
import cn.xuanhua.bot.core.outbound.Outbox;
import cn.xuanhua.bot.core.outbound.Recipient;
import cn.xuanhua.bot.core.outbound.TextMasker;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an {@link AppealCommand} uses to tell everyone who cares about the change it made: a post into the
 * appeal's group and private notices to staff. Every message is keyed by {@code number:sequence:event:target}
 * (the change's first event), so handling the same change twice queues nothing twice.
 */
public final class Announcements {
    private final Change change;
    private final StaffAudiences audiences;
    private final Departments departments;
    private final Outbox outbox;
    private final TextMasker masker;

    /**
     * A saved change and what was known before it.
     *
     * @param previousDepartment the department before a 转办/改派/退回
     * @param groupRoute         how to reach the appeal's group (its binding, or the sender's response_url when the
     *                           command was written in that group)
     */
    record Change(Appeal appeal, Actor by, String previousDepartment, Transition.Done done, Recipient groupRoute) {
    }

    Announcements(Change change, StaffAudiences audiences, Departments departments, Outbox outbox,
                  TextMasker masker) {
        this.change = change;
        this.audiences = audiences;
        this.departments = departments;
        this.outbox = outbox;
        this.masker = masker;
    }

    public Appeal appeal() {
        return change.appeal();
    }

    /** Who made the change. */
    public Actor by() {
        return change.by();
    }

    /** The change's first event: the command's own. */
    public AppealEvent event() {
        return change.done().events().get(0);
    }

    /** The event's note as a group may read it (phone and ID numbers masked). */
    public String maskedNote() {
        return masker.mask(event().note());
    }

    /** The department that had the appeal before a 转办, 改派 or 退回. */
    public String previousDepartment() {
        return change.previousDepartment();
    }

    /** A department's short name (人社局), its code when unknown. */
    public String departmentName(String code) {
        return departments.byCode(code).map(Department::shortName).orElse(code);
    }

    /**
     * Who acted, as a business in the group may read it: a person's name; a console administrator (an account, not
     * a person a business knows) as the dispatching department.
     */
    public String publicName() {
        return by().kind() == Actor.Kind.ADMIN ? departments.dispatcher().shortName() : by().name();
    }

    /** Staff of a department. */
    public Set<String> staffOf(String departmentCode) {
        return audiences.department(departmentCode);
    }

    /** The appeal's handler, or its department's staff when nobody has accepted it. */
    public Set<String> handlerOrStaff() {
        return audiences.handlerOrDepartment(appeal().state().handlerUserId(), appeal().departmentCode());
    }

    /** Who may approve the appeal's extension: dispatchers and the department's leaders. */
    public Set<String> approvers() {
        return audiences.approversFor(appeal().departmentCode());
    }

    /**
     * 转办 or 改派 ({@code how}): the new department gets the appeal, the old one hears it left, the group learns
     * where it went; true.
     */
    public boolean moved(String how) {
        Appeal a = appeal();
        String note = event().note();
        tell(staffOf(a.departmentCode()), StaffNotices.arrived(a, by(), how, note));
        tell(staffOf(previousDepartment()), StaffNotices.left(a, by(), note));
        return post(GroupPosts.moved(a, departmentName(a.departmentCode())));
    }

    /** Posts into the appeal's group, mentioning every requester (the first one first); always true. */
    public boolean post(String content) {
        return post(content, appeal().requesters());
    }

    /** Posts into the appeal's group, mentioning {@code mentions}; always true. */
    public boolean post(String content, List<String> mentions) {
        String number = appeal().number().value();
        outbox.enqueue(OutboundMessage.markdown(key("group"), change.groupRoute(), content, number)
                .mentioning(mentions));
        return true;
    }

    /** Private notices to staff, the actor excepted (they get the answer); never a post into the group: false. */
    public boolean tell(Collection<String> userIds, String content) {
        String number = appeal().number().value();
        userIds.stream().filter(id -> !id.equals(by().userId())).forEach(id -> outbox.enqueue(
                OutboundMessage.markdown(key("user:" + id), new Recipient.User(id), content, number)));
        return false;
    }

    /**
     * Private notices to staff as cards with buttons (the actor excepted), keyed like {@link #tell}; {@code card}
     * makes each person's card from the task stage (this change's sequence) and their userid.
     */
    public boolean tellCards(Collection<String> userIds, java.util.function.BiFunction<String, String, StaffCard> card) {
        String number = appeal().number().value();
        String stage = event().type().name().toLowerCase(Locale.ROOT).replace("_", "") + change.done().sequenceOf(0);
        userIds.stream().filter(id -> !id.equals(by().userId())).forEach(id -> outbox.enqueue(new OutboundMessage(
                key("user:" + id), new Recipient.User(id), MessageFormat.CARD, card.apply(stage, id).toJson(),
                List.of(), number)));
        return false;
    }

    private String key(String target) {
        return key(appeal().number().value(), change.done().sequenceOf(0), event(), target);
    }

    static String key(String number, int seq, AppealEvent e, String target) {
        return number + ":" + seq + ":" + e.type().name().toLowerCase(Locale.ROOT) + ":" + target;
    }
}
