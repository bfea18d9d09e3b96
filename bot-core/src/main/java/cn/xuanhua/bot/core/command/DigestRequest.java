package cn.xuanhua.bot.core.command;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;

/**
 * A group owner asked for a weekly digest.
 *
 * @param groupCode   the group whose digest it is (the coordination group's covers every group)
 * @param weekStart   Monday of the ISO week (the digest covers Monday 00:00 to the next Monday 00:00)
 * @param requestedBy the owner's userid
 * @param at          when they asked (a digest of this week covers up to here)
 * @param messageId   the request's message id, for the digest's idempotency key
 */
public record DigestRequest(String groupCode, LocalDate weekStart, String requestedBy, ZonedDateTime at,
                            String messageId) {

    /** The ISO week, e.g. {@code 2026-W47}, as in {@code GET /api/digests/weekly?week=}. */
    public String isoWeek() {
        return String.format("%d-W%02d", weekStart.get(IsoFields.WEEK_BASED_YEAR),
                weekStart.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
