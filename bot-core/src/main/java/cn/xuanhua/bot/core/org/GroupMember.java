package cn.xuanhua.bot.core.org;

import java.time.ZonedDateTime;

/**
 * A member of a WeCom group.
 *
 * @param userId   WeCom userid (internal) or external userid (a customer)
 * @param internal true for the enterprise's own staff, false for an external contact
 * @param joinedAt when they joined, if WeCom says
 */
public record GroupMember(String userId, boolean internal, ZonedDateTime joinedAt) {
}
