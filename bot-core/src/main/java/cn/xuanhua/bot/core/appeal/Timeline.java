package cn.xuanhua.bot.core.appeal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static cn.xuanhua.bot.core.appeal.AppealEventType.*;

/**
 * The events of one appeal in the order they happened. Events are only ever appended, so an event's position
 * (its sequence, 0 = CREATED) never changes; it keys notices about that event. Only {@link Appeal} appends.
 */
public final class Timeline {
    /** Events after which the appeal waits for a department to accept it. */
    private static final Set<AppealEventType> DISPATCHES = EnumSet.of(CREATED, TRANSFERRED, REASSIGNED, RETURNED);
    /** Events that set the current due date. */
    private static final Set<AppealEventType> DUE_SETTERS = EnumSet.of(CREATED, EXTENSION_APPROVED);

    private final List<AppealEvent> events;
    private int saved;

    Timeline(List<AppealEvent> events, int saved) {
        this.events = new ArrayList<>(events);
        this.saved = saved;
    }

    /** Every event, oldest first. */
    public List<AppealEvent> events() {
        return List.copyOf(events);
    }

    /** The latest event of {@code type}, e.g. the last progress note for 查询. */
    public Optional<AppealEvent> last(AppealEventType type) {
        return at(lastIndexOf(Set.of(type)));
    }

    /** The sequence of the event that last sent the appeal to a department (CREATED, 转办, 改派, 退回). */
    public int lastDispatchSequence() {
        return lastIndexOf(DISPATCHES);
    }

    /** The event that last sent the appeal to a department; empty only for a row stored without its events. */
    public Optional<AppealEvent> lastDispatch() {
        return at(lastDispatchSequence());
    }

    /** Whether the department was reminded to accept since the appeal last landed there. */
    public boolean remindedToAccept() {
        return hasAfter(lastDispatchSequence(), RESPONSE_REMINDED);
    }

    /** Whether the near due date was announced since the due date was last set. */
    public boolean remindedDueSoon() {
        return hasAfter(lastIndexOf(DUE_SETTERS), DUE_SOON_REMINDED);
    }

    /**
     * Who reported the problem, the first one first: {@code first} (who wrote it), then everyone who joined by
     * 并单 and has not left by 拆单, in the order they joined.
     */
    public List<String> requesters(String first) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        out.add(first);
        for (AppealEvent e : events) {
            if (e.type() == REQUESTER_JOINED) {
                out.add(e.actor());
            } else if (e.type() == REQUESTER_LEFT && !e.actor().equals(first)) {
                out.remove(e.actor());
            }
        }
        return List.copyOf(out);
    }

    public int size() {
        return events.size();
    }

    int append(AppealEvent event) {
        events.add(event);
        return events.size() - 1;
    }

    List<AppealEvent> unsaved() {
        return List.copyOf(events.subList(saved, events.size()));
    }

    void markSaved() {
        saved = events.size();
    }

    private int lastIndexOf(Set<AppealEventType> types) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (types.contains(events.get(i).type())) {
                return i;
            }
        }
        return -1;
    }

    private boolean hasAfter(int index, AppealEventType type) {
        return events.subList(Math.max(index + 1, 0), events.size()).stream().anyMatch(e -> e.type() == type);
    }

    private Optional<AppealEvent> at(int index) {
        return index < 0 ? Optional.empty() : Optional.of(events.get(index));
    }
}
