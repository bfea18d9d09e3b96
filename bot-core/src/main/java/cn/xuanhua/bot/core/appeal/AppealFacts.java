package cn.xuanhua.bot.core.appeal;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * What an appeal was when it was made; none of it changes afterwards. Together with {@link AppealState} and the
 * events these are the columns of {@code appeal}.
 *
 * @param number            e.g. XH20261126-0007
 * @param groupCode         the group it came from; every post about it goes there
 * @param requesterUserId   the business owner's WeCom userid; only they may 补充 and rate
 * @param requesterName     their display name when known
 * @param originalText      what they wrote, shown to the handling department only
 * @param maskedText        the same with phone numbers, ID numbers and names masked: all a group ever sees
 * @param categoryCode      the category intake chose
 * @param createdAt         when it was written
 * @param requestedDeadline the deadline stated in the text, null when none
 * @param urgent            whether the stated deadline is earlier than the category's time limit
 * @param sourceMessageId   the inbound message it came from (unique), null when made in the console
 * @param onBehalf          filed by a staff member (代报) for someone: the requester is that staff member
 */
public record AppealFacts(AppealNumber number, String groupCode, String requesterUserId, String requesterName,
                          String originalText, String maskedText, String categoryCode, ZonedDateTime createdAt,
                          ZonedDateTime requestedDeadline, boolean urgent, String sourceMessageId, boolean onBehalf) {

    /** An appeal its requester wrote themselves. */
    public AppealFacts(AppealNumber number, String groupCode, String requesterUserId, String requesterName,
                       String originalText, String maskedText, String categoryCode, ZonedDateTime createdAt,
                       ZonedDateTime requestedDeadline, boolean urgent, String sourceMessageId) {
        this(number, groupCode, requesterUserId, requesterName, originalText, maskedText, categoryCode, createdAt,
                requestedDeadline, urgent, sourceMessageId, false);
    }

    public AppealFacts {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(groupCode, "groupCode");
        Objects.requireNonNull(requesterUserId, "requesterUserId");
        Objects.requireNonNull(originalText, "originalText");
        Objects.requireNonNull(maskedText, "maskedText");
        Objects.requireNonNull(categoryCode, "categoryCode");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
