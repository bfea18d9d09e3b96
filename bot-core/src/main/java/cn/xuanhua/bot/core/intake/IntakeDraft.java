package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.routing.Category;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What intake made of one message: whether it is an appeal, and if so the draft of it.
 *
 * @param appeal            whether the message is an appeal (request, complaint, consultation, problem report)
 * @param maskedText        the text with personal numbers masked: the only form shown in a group
 * @param category          the category the words point to (其他 when none)
 * @param departmentCode    the department routing chose (the dispatcher when no rule matched)
 * @param requestedDeadline the deadline the writer stated, if any
 * @param dueAt             the due date the bot commits to
 * @param urgent            true when the stated deadline is earlier than the category's time limit
 * @param reasons           which rules fired, for the person checking the bot's decision
 */
public record IntakeDraft(boolean appeal, String maskedText, Category category, String departmentCode,
                          Optional<StatedDeadline> requestedDeadline, ZonedDateTime dueAt, boolean urgent,
                          List<String> reasons) {

    public IntakeDraft {
        reasons = List.copyOf(reasons);
    }
}
