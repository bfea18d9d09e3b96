package cn.xuanhua.bot.core.intake;

import java.util.List;

/**
 * The conversation act of a message and why.
 *
 * @param act           what the message does
 * @param appealNumber  for a follow-up or a progress question: the appeal it is about, as the writer named it or as
 *                      found among their open appeals (a full number or last digits); null for "我的诉求" (all of
 *                      them) and for other acts
 * @param reasons       the cues that decided it, e.g. {@code veto.solved}, {@code act.progress}
 * @param newMatterAt   for an appeal from a writer with open appeals that raises a new matter after words on one of
 *                      them ("暖气那个还没信 另外门口的井盖丢了"): where the new matter's words begin (intake routes it on
 *                      them); -1 otherwise
 */
public record ActReading(ConversationAct act, String appealNumber, List<String> reasons, int newMatterAt) {

    public ActReading {
        reasons = List.copyOf(reasons);
    }

    /** An act that raises no new matter beside an open appeal. */
    public ActReading(ConversationAct act, String appealNumber, List<String> reasons) {
        this(act, appealNumber, reasons, -1);
    }
}
