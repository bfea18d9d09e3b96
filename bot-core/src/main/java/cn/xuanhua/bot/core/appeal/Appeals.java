package cn.xuanhua.bot.core.appeal;


import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The stored appeals (tables {@code appeal}, {@code appeal_event}, {@code appeal_day_sequence}). Implemented by
 * persistence.
 *
 * <p>An appeal is read whole: its row as {@link cn.xuanhua.bot.core.appeal.AppealFacts} and
 * {@link cn.xuanhua.bot.core.appeal.AppealState}, its {@code version}, and its events ordered by insertion
 * ({@code appeal_event.id}, not {@code at}: an event's position is its sequence number and must not move).
 * Writing inserts {@link Appeal#newEvents()} in the same transaction as the row and then calls
 * {@link Appeal#markSaved(int)} with the version now stored.
 */
public interface Appeals {

    Optional<Appeal> byNumber(AppealNumber number);

    /**
     * The department's open appeals (PENDING and ACCEPTED), earliest due first: its 待办 list, and where a
     * staff member's short number (0007) is looked up.
     */
    List<Appeal> openOf(String departmentCode);

    /**
     * Every appeal not yet CLOSED (PENDING, ACCEPTED, RESOLVED), earliest due first: what the deadline watch
     * looks at, and where short numbers of dispatchers, leaders and requesters are looked up.
     */
    List<Appeal> unclosed();

    /**
     * A requester's appeals not yet CLOSED (PENDING, ACCEPTED, RESOLVED) in one group, those they joined by 并单
     * included ({@code groupCode} null: in
     * every group), newest first: what their follow-ups and progress questions refer to. Read on every owner's
     * group message, so it must be an index look-up ({@code ix_appeal_requester}).
     */
    List<Appeal> unclosedOfRequester(String groupCode, String requesterUserId);

    /**
     * 并单's look-up: the open (PENDING, ACCEPTED) appeals of one group and category written since {@code since},
     * with their stored signatures and requesters, newest first. Read for every new appeal, so it must stay an
     * index range ({@code ix_appeal_merge}: group, category, status, created_at) over a few rows whatever the
     * number of open appeals. An appeal stored without a signature (made in the console) has an empty one.
     */
    List<MergeCandidate> mergeCandidates(String groupCode, String categoryCode, ZonedDateTime since);

    /**
     * The candidates among {@link #mergeCandidates} that {@link SameProblem} could let take {@code writer}'s
     * {@code message}: all of them for a problem of a place; for a business's own matter only the appeals the
     * writer already requests and those of a shared matter. Persistence filters in the query, so a group with many
     * open appeals of the category costs a business's own matter nothing per message.
     */
    default List<MergeCandidate> mergeCandidatesFor(ProblemSignature message, String writer, ZonedDateTime since) {
        List<MergeCandidate> all = mergeCandidates(message.groupCode(), message.categoryCode(), since);
        return SameProblem.sharedByPlace(message) ? all : all.stream()
                .filter(c -> c.hasRequester(writer) || SameProblem.sharedByPlace(c.signature())).toList();
    }

    /**
     * The open (PENDING, ACCEPTED) appeals of one group made since {@code since}, newest first, at most
     * {@link #RECENT_LIMIT}: the thread a member's "me too" answers ({@link cn.xuanhua.bot.core.intake.MeToo}). Read
     * only for such replies, over the last hour ({@code ix_appeal_created}).
     */
    List<Appeal> recentOpenOfGroup(String groupCode, ZonedDateTime since);

    /** How many of a group's recent appeals {@link #recentOpenOfGroup} reads. */
    int RECENT_LIMIT = 10;

    /**
     * How many appeals {@code requesterUserId} has made since {@code since}: the admission limit of one sender's
     * new appeals ({@code ix_appeal_requester}).
     */
    int madeBySince(String requesterUserId, ZonedDateTime since);

    /**
     * The unclosed appeals the deadline watch may have to act on at {@code now}: every pending and resolved one
     * (response reminders, the rating window), and those in hand that are not yet escalated and fall due within
     * {@link #WATCH_HORIZON_DAYS} calendar days (long enough to cover a due-soon reminder across the longest holiday).
     * Others cannot need a reminder or an escalation now. The default is every unclosed appeal.
     */
    default List<Appeal> watchCandidates(java.time.ZonedDateTime now) {
        return unclosed();
    }

    /** How far ahead of a due date the watch looks at an appeal in hand. */
    int WATCH_HORIZON_DAYS = 15;

    /**
     * Stores a new appeal (version 0) with its events.
     *
     * @throws cn.xuanhua.bot.core.error.ConflictException when its number or source message id is taken
     */
    void add(Appeal appeal);

    /**
     * Writes the appeal's state and inserts its new events, only if the stored row still has
     * {@link Appeal#version()} ({@code UPDATE ... SET version = version + 1 WHERE number = ? AND version = ?}).
     * Must not mark the surrounding transaction rollback-only when it throws: callers catch the conflict and
     * still queue their answer ("someone else was first").
     *
     * @throws cn.xuanhua.bot.core.error.ConflictException when someone else changed it first; nothing was written
     */
    void update(Appeal appeal);

    /** Takes the next sequence number of {@code day} (1, 2, ...), safely across instances. */
    int nextSequence(LocalDate day);

    /** The next appeal number of {@code day}, e.g. {@code XH20261126-0007}. */
    default AppealNumber nextNumber(String prefix, LocalDate day) {
        return AppealNumber.of(prefix, day, nextSequence(day));
    }
}
