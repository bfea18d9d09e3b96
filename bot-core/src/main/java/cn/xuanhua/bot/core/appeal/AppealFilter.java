package cn.xuanhua.bot.core.appeal;

import java.time.LocalDateTime;

/**
 * Which appeals a listing holds; a null field means "any". Times are local times in the bot's zone, as appeals are
 * stored.
 *
 * @param departmentCode the handling department; a staff member's listing is always held to their own
 * @param query          a substring of the number or the masked text, matched literally ({@code %} and {@code _}
 *                       are not wildcards)
 * @param dated          which time {@code from} and {@code to} range over (null: the creation time); the dashboard's
 *                       figures link here with the time their count is taken on (docs/rates.md)
 * @param from           at or after, inclusive
 * @param to             before, exclusive
 * @param overdueAt      only the appeals overdue at that moment, as {@link AppealListing#overdueAt} decides
 * @param overdueAsOf    only the appeals that were open and past due at that (past) moment, as the digests count
 *                       overdue at a week's end: open now, or resolved only at or after it
 * @param openAsOf       only the appeals open at that moment as the digests count it: made before it, and pending or
 *                       accepted now or resolved only at or after it
 */
public record AppealFilter(AppealStatus status, String groupCode, String departmentCode, String categoryCode,
                           String query, Dated dated, LocalDateTime from, LocalDateTime to, LocalDateTime overdueAt,
                           LocalDateTime overdueAsOf, LocalDateTime openAsOf) {

    /** The time of an appeal a date range can be on: the four moments the digests count. */
    public enum Dated {
        /** {@code created_at}: new appeals */
        CREATED,
        /** {@code accepted_at}: the first acceptance */
        ACCEPTED,
        /** {@code resolved_at}: the latest 办结 */
        RESOLVED,
        /** {@code rated_at}: the latest rating (rated appeals only) */
        RATED
    }

    /** The filter of the original list: a range on the creation time, overdue now or not. */
    public AppealFilter(AppealStatus status, String groupCode, String departmentCode, String categoryCode,
                        String query, LocalDateTime createdFrom, LocalDateTime createdTo, LocalDateTime overdueAt) {
        this(status, groupCode, departmentCode, categoryCode, query, Dated.CREATED, createdFrom, createdTo, overdueAt,
                null, null);
    }
}
