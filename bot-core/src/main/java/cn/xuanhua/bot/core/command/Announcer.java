package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealEvent;
import cn.xuanhua.bot.core.appeal.AppealEventType;
import cn.xuanhua.bot.core.appeal.Transition;
import cn.xuanhua.bot.core.org.Department;
import cn.xuanhua.bot.core.org.StaffAudiences;
import cn.xuanhua.bot.core.outbound.OutboundMessage;
import cn.xuanhua.bot.core.outbound.Recipient;
import cn.xuanhua.bot.core.outbound.TextMasker;
import cn.xuanhua.bot.core.org.Departments;
import cn.xuanhua.bot.core.outbound.Outbox;
import cn.xuanhua.bot.core.org.StaffDirectory;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells everyone who cares about a change: the originating group (受理, 进展, 转办/改派, 延期 granted, 办结 with
 * the request to rate) and department staff by private message. Every notice is keyed by
 * {@code number:sequence:event:target}, so handling the same change twice queues nothing twice.
 */
final class Announcer {
    private final StaffAudiences audiences;
    private final Departments departments;
    private final Outbox outbox;
    private final TextMasker masker;

    Announcer(StaffDirectory staff, Departments departments, Outbox outbox, TextMasker masker) {
        this.audiences = new StaffAudiences(staff);
        this.departments = departments;
        this.outbox = outbox;
        this.masker = masker;
    }

    /**
     * A saved change and what was known before it.
     *
     * @param previousDepartment the department before a 转办/改派/退回
     * @param groupRoute         how to reach the appeal's group (its binding, or the sender's response_url
     *                           when the command was written in that group)
     */
    record Change(Appeal appeal, Actor by, String previousDepartment, Transition.Done done, Recipient groupRoute) {
    }

    /** Queues every notice the change calls for; true when one of them was posted into the appeal's group. */
    boolean announce(Change change) {
        boolean posted = false;
        for (int i = 0; i < change.done().events().size(); i++) {
            posted |= announce(change, change.done().events().get(i), change.done().sequenceOf(i));
        }
        return posted;
    }

    private boolean announce(Change c, AppealEvent e, int seq) {
        Appeal a = c.appeal();
        return switch (e.type()) {
            case ACCEPTED -> post(c, e, seq, GroupPosts.accepted(a, name(a.departmentCode()), c.by().name()),
                    List.of());
            case PROGRESS -> post(c, e, seq, GroupPosts.progress(a, masker.mask(e.note())), List.of());
            case RESOLVED -> post(c, e, seq, GroupPosts.resolved(a, masker.mask(e.note())),
                    List.of(a.facts().requesterUserId()));
            case TRANSFERRED, REASSIGNED -> moved(c, e, seq);
            case RETURNED -> returned(c, e, seq);
            case EXTENSION_REQUESTED -> tell(c, e, seq, approvers(a),
                    StaffNotices.extensionRequested(a, c.by(), name(a.departmentCode()), e.note()));
            case EXTENSION_APPROVED -> extended(c, e, seq);
            case SUPERVISED -> tell(c, e, seq, staffOf(a.departmentCode()),
                    StaffNotices.supervised(a, c.by(), e.note()));
            case SUPPLEMENTED -> tell(c, e, seq, handlerOrStaff(a), StaffNotices.supplemented(a, e.note()));
            case RATED -> tell(c, e, seq, handlerOrStaff(a), StaffNotices.rated(a, e.note()));
            default -> false;
        };
    }

    private boolean moved(Change c, AppealEvent e, int seq) {
        Appeal a = c.appeal();
        String how = e.type() == AppealEventType.TRANSFERRED ? "转办" : "改派";
        tell(c, e, seq, staffOf(a.departmentCode()), StaffNotices.arrived(a, c.by(), how, e.note()));
        tell(c, e, seq, staffOf(c.previousDepartment()), StaffNotices.left(a, c.by(), e.note()));
        return post(c, e, seq, GroupPosts.moved(a, name(a.departmentCode())), List.of());
    }

    /** 退回 is internal (a wrong dispatch): both departments are told, the group is not. */
    private boolean returned(Change c, AppealEvent e, int seq) {
        Appeal a = c.appeal();
        tell(c, e, seq, staffOf(a.departmentCode()), StaffNotices.arrived(a, c.by(), "退回", e.note()));
        return tell(c, e, seq, staffOf(c.previousDepartment()), StaffNotices.left(a, c.by(), e.note()));
    }

    private boolean extended(Change c, AppealEvent e, int seq) {
        tell(c, e, seq, handlerOrStaff(c.appeal()), StaffNotices.extensionApproved(c.appeal(), c.by()));
        return post(c, e, seq, GroupPosts.extended(c.appeal()), List.of());
    }

    private boolean post(Change c, AppealEvent e, int seq, String content, List<String> mentions) {
        String number = c.appeal().number().value();
        outbox.enqueue(OutboundMessage.markdown(key(number, seq, e, "group"), c.groupRoute(), content, number)
                .mentioning(mentions));
        return true;
    }

    /** Private notices to staff, the actor excepted (they get the answer); never counts as a group post. */
    private boolean tell(Change c, AppealEvent e, int seq, Collection<String> userIds, String content) {
        String number = c.appeal().number().value();
        userIds.stream().filter(id -> !id.equals(c.by().userId())).forEach(id -> outbox.enqueue(
                OutboundMessage.markdown(key(number, seq, e, "user:" + id), new Recipient.User(id), content, number)));
        return false;
    }

    static String key(String number, int seq, AppealEvent e, String target) {
        return number + ":" + seq + ":" + e.type().name().toLowerCase(Locale.ROOT) + ":" + target;
    }

    private Set<String> staffOf(String departmentCode) {
        return audiences.department(departmentCode);
    }

    private Set<String> handlerOrStaff(Appeal a) {
        return audiences.handlerOrDepartment(a.state().handlerUserId(), a.departmentCode());
    }

    private Set<String> approvers(Appeal a) {
        return audiences.approversFor(a.departmentCode());
    }

    private String name(String departmentCode) {
        return departments.byCode(departmentCode).map(Department::shortName).orElse(departmentCode);
    }
}
