package cn.xuanhua.bot.core.intake.eval;

import cn.xuanhua.bot.core.intake.ConversationAct;
import cn.xuanhua.bot.core.intake.MeToo;
import cn.xuanhua.bot.core.intake.Speaker;
import cn.xuanhua.bot.core.intake.StatedDeadline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A labelled set read as the groups receive it: each group's messages in the order they were sent, so that a
 * member's "me too" joins the appeal the bot made of an earlier message of the group, as AppealIntake does
 * ({@link MeToo}). A message that joins is scored as an appeal with the unit of the appeal it joined (the writer is
 * one of its requesters: its handler hears of them, they hear its result) and the deadline they stated (the handler
 * is told it with the joining words); when its
 * writer labelled it no appeal, it counts as a false appeal.
 */
public final class GroupThreads {
    /** An appeal made of a message of the set: its unit, for the messages that join it. */
    private record Made(String id, String department) {
    }

    private GroupThreads() {
    }

    /** Scores {@code set}, each message read by {@code handle} in its group's thread. */
    public static Scorecard score(List<LabelledMessage> set, Function<LabelledMessage, HandledMessage> handle) {
        Map<LabelledMessage, Scorecard.Prediction> read = read(set, handle);
        return Scorecard.score(set, read::get);
    }

    /** What the bot makes of each message, in the order of the groups' threads. */
    public static Map<LabelledMessage, Scorecard.Prediction> read(List<LabelledMessage> set,
                                                                  Function<LabelledMessage, HandledMessage> handle) {
        List<LabelledMessage> sent = new ArrayList<>(set);
        sent.sort(Comparator.comparing(LabelledMessage::sentAt)); // stable: the file's order within a minute
        Map<LabelledMessage, Scorecard.Prediction> out = new IdentityHashMap<>();
        Map<String, List<MeToo.Recent<Made>>> madeInGroup = new HashMap<>();
        for (LabelledMessage m : sent) {
            HandledMessage h = handle.apply(m);
            List<MeToo.Recent<Made>> thread = madeInGroup.computeIfAbsent(m.groupCode(), g -> new ArrayList<>());
            Optional<MeToo.Recent<Made>> joined = mayJoin(m, h)
                    ? MeToo.joins(m.text(), h.draft(), m.writer(), m.sentAt(), thread) : Optional.empty();
            if (joined.isPresent()) {
                joined.get().requesters().add(m.writer());
                out.put(m, new Scorecard.Prediction(true, h.draft().act().act().name(),
                        joined.get().key().department(),
                        h.draft().requestedDeadline().map(StatedDeadline::at).orElse(null), h.draft().maskedText(),
                        "me-too -> " + joined.get().key().id()));
                continue;
            }
            if (h.appeal()) {
                Set<String> requesters = new HashSet<>(Set.of(m.writer()));
                thread.add(new MeToo.Recent<>(new Made(m.id(), h.draft().departmentCode()), requesters, m.sentAt(),
                        h.draft().category().code()));
            }
            out.put(m, h.prediction());
        }
        return out;
    }

    /**
     * As AppealIntake: only an owner's free text, and not a follow-up or progress question on their own open appeal
     * (those go to it first); 代报 and 新诉求 file what they say.
     */
    private static boolean mayJoin(LabelledMessage m, HandledMessage h) {
        if (!Speaker.OWNER.name().equals(m.speaker()) || h.filed()) {
            return false;
        }
        ConversationAct act = h.draft().act().act();
        return act != ConversationAct.FOLLOW_UP && act != ConversationAct.PROGRESS_QUESTION;
    }
}
