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
 */
public record ActReading(ConversationAct act, String appealNumber, List<String> reasons) {

    public ActReading {
        reasons = List.copyOf(reasons);
    }
}
