package cn.xuanhua.bot.core.inbound;

import cn.xuanhua.bot.core.intake.SenderContext;
import cn.xuanhua.bot.core.intake.Speaker;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.appeal.Appeals;
import cn.xuanhua.bot.core.org.StaffDirectory;

import java.util.List;

/**
 * Who wrote a group message, as intake needs to know it: a registered staff member (any role), the group's owner,
 * or an owner of a business, with their appeals still open in that group. One place for the rule, used by intake
 * and by the preview.
 */
public final class Senders {
    private final StaffDirectory staff;
    private final Appeals appeals;

    public Senders(StaffDirectory staff, Appeals appeals) {
        this.staff = staff;
        this.appeals = appeals;
    }

    /** Staff and the group's owner never make appeals by writing free text; anyone else is an owner. */
    public Speaker speakerOf(String userId, ChatGroup group) {
        if (userId == null || userId.isBlank()) {
            return Speaker.OWNER;
        }
        if (staff.byUserId(userId).isPresent()) {
            return Speaker.STAFF;
        }
        return group != null && userId.equals(group.ownerUserId()) ? Speaker.GROUP_OWNER : Speaker.OWNER;
    }

    /** The speaker and, for an owner, their open appeals in the group (newest first). */
    public SenderContext contextOf(String userId, ChatGroup group) {
        Speaker speaker = speakerOf(userId, group);
        if (speaker != Speaker.OWNER || group == null || userId == null || userId.isBlank()) {
            return new SenderContext(speaker, List.of());
        }
        return new SenderContext(speaker, appeals.unclosedOfRequester(group.code(), userId).stream()
                .map(a -> new SenderContext.OpenAppeal(a.number().value(), a.facts().maskedText(),
                        a.facts().categoryCode(), a.departmentCode())).toList());
    }
}
