package cn.xuanhua.bot.core.appeal;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An appeal as the console, the API and the Excel export list it: its facts and where it stands, the masked text
 * only (the original is for the handling department, see {@link AppealCase}). Times are local times in the bot's
 * zone, as stored.
 *
 * @param markedOverdue  escalated as overdue by the deadline watch
 * @param extensionDays  the working days of an extension asked for and not yet approved, else null
 * @param requesters     every requester (userids), the one who wrote it first, then those who joined by 并单
 */
public record AppealListing(String number, AppealStatus status, String groupCode, String requesterUserId,
                            String requesterName, String maskedText, String categoryCode, String departmentCode,
                            String handlerUserId, LocalDateTime createdAt, LocalDateTime requestedDeadline,
                            LocalDateTime dueAt, boolean urgent, LocalDateTime acceptedAt, LocalDateTime resolvedAt,
                            LocalDateTime closedAt, Satisfaction satisfaction, boolean reopened, boolean markedOverdue,
                            Integer extensionDays, List<String> requesters) {

    public AppealListing {
        requesters = requesters == null || requesters.isEmpty() ? List.of(requesterUserId) : List.copyOf(requesters);
    }

    /** The same listing with the requester's name, for appeals stored before names were looked up. */
    public AppealListing withRequesterName(String name) {
        return new AppealListing(number, status, groupCode, requesterUserId, name, maskedText, categoryCode,
                departmentCode, handlerUserId, createdAt, requestedDeadline, dueAt, urgent, acceptedAt, resolvedAt,
                closedAt, satisfaction, reopened, markedOverdue, extensionDays, requesters);
    }

    /**
     * Whether it is overdue at {@code now}: open and past its due date, or escalated as overdue and still open. The
     * filter {@link AppealFilter#overdueAt} selects by the same rule.
     */
    public boolean overdueAt(LocalDateTime now) {
        return status.isOpen() && (markedOverdue || dueAt.isBefore(now));
    }
}
