package cn.xuanhua.bot.core.appeal;

import java.time.LocalDateTime;

/**
 * Which appeals a listing holds; a null field means "any". Times are local times in the bot's zone, as appeals are
 * stored.
 *
 * @param departmentCode the handling department; a staff member's listing is always held to their own
 * @param query          a substring of the number or the masked text, matched literally ({@code %} and {@code _}
 *                       are not wildcards)
 * @param createdFrom    created at or after, inclusive
 * @param createdTo      created before, exclusive
 * @param overdueAt      only the appeals overdue at that moment, as {@link AppealListing#overdueAt} decides
 */
public record AppealFilter(AppealStatus status, String groupCode, String departmentCode, String categoryCode,
                           String query, LocalDateTime createdFrom, LocalDateTime createdTo, LocalDateTime overdueAt) {
}
