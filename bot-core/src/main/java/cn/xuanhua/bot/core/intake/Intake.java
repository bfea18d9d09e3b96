package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.calendar.WorkCalendar;
import cn.xuanhua.bot.core.org.ChatGroup;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The whole intake of one message: mask → classify → category → route → read the stated deadline → due date.
 * Masking comes first and everything after it reads the masked text only. Built once per snapshot of the
 * dictionaries and the calendar (keep it in a {@code Snapshot}); thread-safe and allocation-light per message.
 */
public final class Intake {
    /** Longest text intake reads; longer input is refused by the callers with a clear message. */
    public static final int MAX_TEXT_LENGTH = 10_000;

    private final Triage triage;
    private final DeadlineReader deadlines;
    private final DueDateCalculator dueDates;

    public Intake(IntakeDictionary dictionary, WorkCalendar calendar) {
        this.triage = new Triage(dictionary);
        this.deadlines = new DeadlineReader(calendar);
        this.dueDates = new DueDateCalculator(calendar);
    }

    /**
     * Reads one message.
     *
     * @param text   the message as written
     * @param sentAt when it was written (deadlines are relative to it)
     * @param group  the group it came from, or null (preview without a group)
     */
    public IntakeDraft assess(String text, ZonedDateTime sentAt, ChatGroup group) {
        String input = text == null ? "" : text;
        if (input.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("text longer than " + MAX_TEXT_LENGTH + " characters");
        }
        TriageResult triaged = triage.assess(input, group);
        String masked = triaged.mask().masked();
        Optional<StatedDeadline> stated = deadlines.read(masked, sentAt);
        DueDate due = dueDates.compute(sentAt, triaged.category().category().timeLimitDays(), stated);
        List<String> reasons = new ArrayList<>(triaged.reasons());
        stated.ifPresent(s -> reasons.add("deadline." + s.rule()));
        if (due.urgent()) {
            reasons.add("due.stated-deadline-earlier");
        }
        return new IntakeDraft(triaged.appeal(), masked, triaged.category().category(),
                triaged.routing().departmentCode(), stated, due.dueAt(), due.urgent(), reasons);
    }
}
