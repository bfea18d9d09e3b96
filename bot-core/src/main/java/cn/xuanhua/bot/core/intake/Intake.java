package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.calendar.WorkCalendar;
import cn.xuanhua.bot.core.learning.Learned;
import cn.xuanhua.bot.core.org.ChatGroup;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The whole intake of one message: mask → who speaks and what the message does → category and matter → the
 * responsible unit → the stated deadline → the due date. Masking comes first and everything after it reads the
 * masked text only. Built once per snapshot of the dictionaries, the calendar and the learned model (keep it in a
 * {@code Snapshot}); thread-safe and allocation-light per message.
 */
public final class Intake {
    /** Longest text intake reads; longer input is refused by the callers with a clear message. */
    public static final int MAX_TEXT_LENGTH = 10_000;

    private final Triage triage;
    private final DeadlineReader deadlines;
    private final DueDateCalculator dueDates;
    private final Learned learned;

    public Intake(IntakeDictionary dictionary, WorkCalendar calendar) {
        this(dictionary, calendar, Learned.NONE);
    }

    public Intake(IntakeDictionary dictionary, WorkCalendar calendar, Learned learned) {
        this.triage = new Triage(dictionary, learned);
        this.deadlines = new DeadlineReader(calendar);
        this.dueDates = new DueDateCalculator(calendar);
        this.learned = learned;
    }

    /** Reads one message of an owner with no open appeal (the preview without a sender). */
    public IntakeDraft assess(String text, ZonedDateTime sentAt, ChatGroup group) {
        return assess(text, sentAt, group, SenderContext.OWNER);
    }

    /**
     * Reads one message.
     *
     * @param text   the message as written
     * @param sentAt when it was written (deadlines are relative to it)
     * @param group  the group it came from, or null (preview without a group)
     * @param sender who wrote it, and their open appeals in the group
     */
    public IntakeDraft assess(String text, ZonedDateTime sentAt, ChatGroup group, SenderContext sender) {
        String input = text == null ? "" : text;
        if (input.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("text longer than " + MAX_TEXT_LENGTH + " characters");
        }
        TriageResult triaged = triage.assess(input, group, sender);
        String masked = triaged.mask().masked();
        // A deadline is the matter raised's: "元旦前反映的…疏通了，谢谢！另外…" states none for what follows.
        Optional<StatedDeadline> stated = deadlines.read(triaged.wordsRead(), sentAt);
        DueDate due = dueDates.compute(sentAt, triaged.category().category().timeLimitDays(), stated);
        List<String> reasons = new ArrayList<>(triaged.reasons());
        stated.ifPresent(s -> reasons.add("deadline." + s.rule()));
        if (due.urgent()) {
            reasons.add("due.stated-deadline-earlier");
        }
        return new IntakeDraft(triaged.appeal(), triaged.speaker(), triaged.act(), masked,
                triaged.category().category(), triaged.matterCode(), triaged.routing().departmentCode(),
                triaged.routing().reason(), stated, due.dueAt(), due.urgent(), reasons);
    }

    /** The word-reading steps of this snapshot: the features a learned model is trained on come from here. */
    public Triage triage() {
        return triage;
    }

    /** The learned models this snapshot uses (NONE before any training). */
    public Learned learned() {
        return learned;
    }
}
