package cn.xuanhua.bot.admin.web.api;

import cn.xuanhua.bot.admin.persistence.AppealEventRecord;
import cn.xuanhua.bot.admin.persistence.AppealRecord;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * An appeal as the API shows it (contract section 7). {@code text} is the masked text; the original is for the
 * handling department's own staff only and is not part of the API. {@code overdue} is true while the appeal is open
 * past its due date (or was escalated as such and is still open). Lists leave out the timeline; one appeal has it.
 */
public record AppealView(String number, String status, String groupCode, String requesterUserId, String text,
                         String category, String categoryCode, String departmentCode, OffsetDateTime createdAt,
                         OffsetDateTime requestedDeadline, OffsetDateTime dueAt, boolean urgent,
                         OffsetDateTime acceptedAt, OffsetDateTime resolvedAt, OffsetDateTime closedAt,
                         String satisfaction, boolean overdue, boolean reopened,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<EventView> events) {

    /** One timeline entry: {@code {"at","type","actor","note"}}. */
    public record EventView(OffsetDateTime at, String type, String label, String actor, String note) {
    }

    public static AppealView of(AppealRecord r, String categoryName, List<AppealEventRecord> events, ZoneId zone,
                         LocalDateTime now) {
        return of(r, categoryName, events, zone, now, note -> note);
    }

    /**
     * @param noteView what the reader may see of a timeline note: the note itself for the handling department and
     *                 administrators, masked (phone and ID numbers hidden) for everyone else
     */
    public static AppealView of(AppealRecord r, String categoryName, List<AppealEventRecord> events, ZoneId zone,
                                LocalDateTime now, java.util.function.UnaryOperator<String> noteView) {
        boolean open = "PENDING".equals(r.getStatus()) || "ACCEPTED".equals(r.getStatus());
        boolean overdue = open && (Boolean.TRUE.equals(r.getOverdue()) || r.getDueAt().isBefore(now));
        List<EventView> timeline = events == null ? null : events.stream().map(e -> new EventView(at(e.getAt(), zone),
                e.getType(), label(e.getType()), e.getActor(), e.getNote() == null ? null : noteView.apply(e.getNote()))).toList();
        return new AppealView(r.getNumber(), r.getStatus(), r.getGroupCode(), r.getRequesterUserId(), r.getMaskedText(),
                categoryName, r.getCategoryCode(), r.getDepartmentCode(), at(r.getCreatedAt(), zone),
                at(r.getRequestedDeadline(), zone), at(r.getDueAt(), zone), Boolean.TRUE.equals(r.getUrgent()),
                at(r.getAcceptedAt(), zone), at(r.getResolvedAt(), zone), at(r.getClosedAt(), zone),
                r.getSatisfaction(), overdue, Boolean.TRUE.equals(r.getReopened()), timeline);
    }

    private static String label(String type) {
        try {
            return cn.xuanhua.bot.core.appeal.AppealEventType.valueOf(type).label();
        } catch (IllegalArgumentException unknown) {
            return type;
        }
    }

    private static OffsetDateTime at(LocalDateTime t, ZoneId zone) {
        return t == null ? null : t.atZone(zone).toOffsetDateTime();
    }
}
