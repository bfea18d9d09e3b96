package cn.xuanhua.bot.core.appeal;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The changing columns of {@code appeal}: what persistence writes back after a transition. The package-private
 * methods are the data side of each transition; who may take it is decided in {@link Appeal}.
 *
 * @param status         where it stands
 * @param departmentCode the department handling it now
 * @param handlerUserId  who accepted it (受理人), null while pending
 * @param dueAt          the deadline; moves only when an extension is approved
 * @param acceptedAt     the first acceptance (the response that 响应率 measures); kept through 转办
 * @param resolvedAt     the latest 办结
 * @param closedAt       when it was closed (rated 满意/基本满意, or unrated after the rating window)
 * @param satisfaction   the latest rating, null when unrated
 * @param ratedAt        when that rating was given
 * @param reopened       true once a 不满意 sent it back (counts as not solved in 解决率)
 * @param overdue        true once it passed dueAt while open and was escalated; cleared when an extension
 *                       moves dueAt into the future
 * @param extensionDays  working days of an extension requested and not yet approved, else null
 */
public record AppealState(AppealStatus status, String departmentCode, String handlerUserId, ZonedDateTime dueAt,
                          ZonedDateTime acceptedAt, ZonedDateTime resolvedAt, ZonedDateTime closedAt,
                          Satisfaction satisfaction, ZonedDateTime ratedAt, boolean reopened, boolean overdue,
                          Integer extensionDays) {

    public AppealState {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(departmentCode, "departmentCode");
        Objects.requireNonNull(dueAt, "dueAt");
    }

    /** The state of a new appeal: pending at its department. */
    public static AppealState pending(String departmentCode, ZonedDateTime dueAt) {
        return new AppealState(AppealStatus.PENDING, departmentCode, null, dueAt, null, null, null, null, null,
                false, false, null);
    }

    AppealState accepted(String handler, ZonedDateTime at) {
        return new AppealState(AppealStatus.ACCEPTED, departmentCode, handler, dueAt,
                acceptedAt == null ? at : acceptedAt, resolvedAt, closedAt, satisfaction, ratedAt, reopened,
                overdue, extensionDays);
    }

    AppealState resolved(ZonedDateTime at) {
        return new AppealState(AppealStatus.RESOLVED, departmentCode, handlerUserId, dueAt, acceptedAt, at,
                closedAt, satisfaction, ratedAt, reopened, overdue, null);
    }

    /** Pending at another department; a pending extension request of the old one lapses with it. */
    AppealState movedTo(String department) {
        return new AppealState(AppealStatus.PENDING, department, null, dueAt, acceptedAt, resolvedAt, closedAt,
                satisfaction, ratedAt, reopened, overdue, null);
    }

    AppealState extensionRequested(int days) {
        return new AppealState(status, departmentCode, handlerUserId, dueAt, acceptedAt, resolvedAt, closedAt,
                satisfaction, ratedAt, reopened, overdue, days);
    }

    /** The pending extension request refused: the due date stays. */
    AppealState extensionDropped() {
        return new AppealState(status, departmentCode, handlerUserId, dueAt, acceptedAt, resolvedAt, closedAt,
                satisfaction, ratedAt, reopened, overdue, null);
    }

    /** A new due date; no longer overdue when it lies ahead of {@code at}. */
    AppealState extended(ZonedDateTime newDueAt, ZonedDateTime at) {
        return new AppealState(status, departmentCode, handlerUserId, newDueAt, acceptedAt, resolvedAt, closedAt,
                satisfaction, ratedAt, reopened, overdue && !newDueAt.isAfter(at), null);
    }

    /** Rated: closed when satisfied, else back in hand at its department and counted as reopened. */
    AppealState rated(Satisfaction rating, ZonedDateTime at) {
        boolean satisfied = rating.countsAsSatisfied();
        return new AppealState(satisfied ? AppealStatus.CLOSED : AppealStatus.ACCEPTED, departmentCode,
                handlerUserId, dueAt, acceptedAt, resolvedAt, satisfied ? at : closedAt, rating, at,
                reopened || !satisfied, overdue, extensionDays);
    }

    AppealState closedUnrated(ZonedDateTime at) {
        return new AppealState(AppealStatus.CLOSED, departmentCode, handlerUserId, dueAt, acceptedAt, resolvedAt,
                at, satisfaction, ratedAt, reopened, overdue, extensionDays);
    }

    /** Merged into another appeal by hand (并单): closed, its requesters now the other's. */
    AppealState mergedAway(ZonedDateTime at) {
        return new AppealState(AppealStatus.CLOSED, departmentCode, handlerUserId, dueAt, acceptedAt, resolvedAt,
                at, satisfaction, ratedAt, reopened, overdue, extensionDays);
    }

    /** 拆单: open again where it stood, in hand if someone had accepted it, else waiting to be. */
    AppealState splitBack() {
        return new AppealState(handlerUserId == null ? AppealStatus.PENDING : AppealStatus.ACCEPTED, departmentCode,
                handlerUserId, dueAt, acceptedAt, resolvedAt, null, satisfaction, ratedAt, reopened, overdue,
                extensionDays);
    }

    AppealState markedOverdue() {
        return new AppealState(status, departmentCode, handlerUserId, dueAt, acceptedAt, resolvedAt, closedAt,
                satisfaction, ratedAt, reopened, true, extensionDays);
    }
}
