package cn.xuanhua.bot.core.appeal;

import java.util.List;

/**
 * The result of asking an appeal to change: {@link Done} with the events it recorded, or a {@link Refusal}
 * that says why not (and then nothing changed).
 */
public sealed interface Transition permits Transition.Done, Refusal {

    /** Whether the change happened. */
    boolean done();

    /**
     * The change happened.
     *
     * @param firstSequence the position in the timeline of the first new event (0 = CREATED); positions never
     *                      change, so together with the number they identify an event for idempotency keys
     * @param events        the new events, in order
     */
    record Done(int firstSequence, List<AppealEvent> events) implements Transition {
        public Done {
            events = List.copyOf(events);
        }

        @Override
        public boolean done() {
            return true;
        }

        /** The timeline position of the {@code i}-th new event. */
        public int sequenceOf(int i) {
            return firstSequence + i;
        }
    }
}
