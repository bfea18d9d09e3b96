package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.routing.Category;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What intake made of one message: whether it is an appeal, what it does in the conversation, and the draft of
 * the appeal it would make.
 *
 * @param appeal            whether the message becomes an appeal: an owner's request, complaint, consultation or
 *                          problem report
 * @param speaker           who wrote it
 * @param act               what it does (appeal, follow-up, progress question, answer, notice, ...) and why
 * @param maskedText        the text with personal numbers masked: the only form shown in a group
 * @param category          the category (其他 when none)
 * @param matterCode        the responsibility catalogue's matter, null when none placed it
 * @param departmentCode    the responsible unit (the township office or the dispatcher when nothing placed it)
 * @param routingReason     why that unit, for the appeal's timeline and the preview
 * @param requestedDeadline the deadline the writer stated, if any
 * @param dueAt             the due date the bot commits to
 * @param urgent            true when the stated deadline is earlier than the category's time limit
 * @param reasons           which rules fired, for the person checking the bot's decision
 */
public record IntakeDraft(boolean appeal, Speaker speaker, ActReading act, String maskedText, Category category,
                          String matterCode, String departmentCode, String routingReason,
                          Optional<StatedDeadline> requestedDeadline, ZonedDateTime dueAt, boolean urgent,
                          List<String> reasons) {

    public IntakeDraft {
        reasons = List.copyOf(reasons);
    }

    /** The same draft with one more reason, e.g. that the writer asked for an appeal with a command. */
    public IntakeDraft withReason(String reason) {
        List<String> more = new ArrayList<>(reasons);
        more.add(reason);
        return new IntakeDraft(appeal, speaker, act, maskedText, category, matterCode, departmentCode, routingReason,
                requestedDeadline, dueAt, urgent, more);
    }
}
