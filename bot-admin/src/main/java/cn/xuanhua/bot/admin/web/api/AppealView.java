package cn.xuanhua.bot.admin.web.api;

import cn.xuanhua.bot.core.appeal.AppealListing;
import cn.xuanhua.bot.core.appeal.TimelineEntry;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An appeal as the API shows it (docs/api.md). {@code text} is the masked text; the original is for the
 * handling department's own staff only and is not part of the API. {@code overdue} is true while the appeal is open
 * past its due date (or was escalated as such and is still open). {@code requesters} lists every business that
 * reported the problem (并单), the one who wrote it first. Lists leave out the timeline; one appeal has it.
 */
public record AppealView(String number, String status, String groupCode, String requesterUserId,
                         String requesterName, List<String> requesters, String text,
                         String category, String categoryCode, String departmentCode, OffsetDateTime createdAt,
                         OffsetDateTime requestedDeadline, OffsetDateTime dueAt, boolean urgent,
                         OffsetDateTime acceptedAt, OffsetDateTime resolvedAt, OffsetDateTime closedAt,
                         String satisfaction, boolean overdue, boolean reopened,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<EventView> events) {

    /** One timeline entry: {@code {"at","type","actor","note"}}. */
    public record EventView(OffsetDateTime at, String type, String label, String actor, String note) {
    }

    public static AppealView of(AppealListing a, String categoryName, List<TimelineEntry> events, ZoneId zone,
                                LocalDateTime now) {
        return of(a, categoryName, events, zone, now, note -> note);
    }

    /**
     * @param noteView what the reader may see of a timeline note: the note itself for the handling department and
     *                 administrators, masked (phone and ID numbers hidden) for everyone else
     */
    public static AppealView of(AppealListing a, String categoryName, List<TimelineEntry> events, ZoneId zone,
                                LocalDateTime now, UnaryOperator<String> noteView) {
        List<EventView> timeline = events == null ? null : events.stream().map(e -> new EventView(at(e.at(), zone),
                e.type(), e.label(), e.actor(), e.note() == null ? null : noteView.apply(e.note()))).toList();
        return new AppealView(a.number(), a.status().name(), a.groupCode(), a.requesterUserId(),
                a.requesterName(), a.requesters(), a.maskedText(),
                categoryName, a.categoryCode(), a.departmentCode(), at(a.createdAt(), zone),
                at(a.requestedDeadline(), zone), at(a.dueAt(), zone), a.urgent(),
                at(a.acceptedAt(), zone), at(a.resolvedAt(), zone), at(a.closedAt(), zone),
                a.satisfaction() == null ? null : a.satisfaction().name(), a.overdueAt(now), a.reopened(), timeline);
    }

    private static OffsetDateTime at(LocalDateTime t, ZoneId zone) {
        return t == null ? null : t.atZone(zone).toOffsetDateTime();
    }
}
