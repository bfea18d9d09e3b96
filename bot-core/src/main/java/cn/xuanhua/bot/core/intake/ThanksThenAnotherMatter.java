package cn.xuanhua.bot.core.intake;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "路修好了谢谢乡里。再问个事，饭庄想在院里搭个彩钢棚…要审批不？", "商标的事问清楚了，谢谢。酒庄这几天用电老是电压低…":
 * an owner opens with thanks, or news that an earlier matter is done, and then raises another. Read whole, the thanks
 * and the report of something done outweigh the request, and the words of the done matter pull the unit and the
 * deadline towards it. The message raises only what follows, so intake reads only that (docs/intake.md, "Thanks,
 * then another matter").
 *
 * <p>This class only finds where the opening ends; {@code Triage} decides what the words after it are: for a writer
 * with no open appeal an appeal or nothing, beside an open appeal a follow-up of it or nothing (the act reading and
 * the judge of a new matter decide the rest on the whole message, {@link OpenAppealMatcher}).
 */
final class ThanksThenAnotherMatter {
    /** Where a sentence ends: the words after it may be another matter. */
    private static final Pattern SENTENCE_END = Pattern.compile("[。！!？?；;\\n]+\\s*");
    /** "谢谢街道，门口…", "感谢王所长 俺们…": thanks with whom it goes to, and a comma or a space after it. */
    private static final Pattern THANKS_THEN_COMMA = Pattern.compile(
            "(谢谢|感谢|多谢|辛苦)[^，,。！!？?\\s]{0,8}[，,\\s]+");
    /** Thanks in the opening: then what follows it is another matter without a word saying so. */
    private static final String THANKS_WORDS = "谢谢|感谢|多谢|辛苦|点赞";
    private static final Pattern THANKS = Pattern.compile(THANKS_WORDS);
    /**
     * "…清欠真管用。再问下，…", "…路垫好了。现在又有个事：…": words that open another matter. Without thanks, a report of
     * something done needs them: "材料交上去了，住建局说要等核验。2月10号前能不能…" is one matter, a step and the next.
     */
    private static final String TURN_WORDS = "另外|顺便|对了|再问|还问|还想问|想问|问个|问一下|问下|请问|还有|又有|现在又有|今天想问|另有";
    private static final Pattern TURN = Pattern.compile("^\\s*(" + TURN_WORDS + ")");
    /** Intake reads every message: one with neither thanks nor a word of a turn anywhere is passed over at once. */
    private static final Pattern THANKS_OR_TURN = Pattern.compile(THANKS_WORDS + "|" + TURN_WORDS);
    /**
     * After thanks and no word of a turn, what follows must say a matter in full: short words there are mostly more
     * thanks or the writer's next step ("谢谢孟主任 一直帮我们跑", "谢谢李姐 我去问问公证处"), and every new matter
     * raised that way in the blind sets read ran longer (docs/intake.md).
     */
    static final int UNMARKED_MATTER_LENGTH = 20;
    /** Words that carry the thanked matter on: a hitch in it ("不过那地方没电", "可今天又跳了两回"). */
    private static final Pattern GOES_ON = Pattern.compile("^\\s*(不过|可是|可|但是|但|就是|只是|然而)");
    /**
     * Whom the message addresses, at its start ("@区住建局 ", "庞家堡镇领导，", "塔儿村乡领导，"): it names the unit
     * the writer turns to, for the other matter too, so intake keeps it before the words of that matter.
     */
    private static final Pattern ADDRESS = Pattern.compile(
            "^\\s*(@[^\\s@，,：:]{1,20}\\s*)*([^\\s@，,。！!？?：:谢感]{1,12}(领导|老师|科长|股长|所长|主任|书记|乡长|镇长|局长|经理|同志)们?好?[，,：:\\s]+)?");
    /** The opening considered: thanks or news of a done matter fit in a few sentences. */
    private static final int MAX_BREAKS = 4;

    private final Predicate<String> doneOrThanks;
    private final Predicate<String> appealOnItsOwn;

    /**
     * @param doneOrThanks   whether words read on their own only thank or report something done
     * @param appealOnItsOwn whether words read on their own are enough to raise a matter and an appeal
     */
    ThanksThenAnotherMatter(Predicate<String> doneOrThanks, Predicate<String> appealOnItsOwn) {
        this.doneOrThanks = doneOrThanks;
        this.appealOnItsOwn = appealOnItsOwn;
    }

    /**
     * The opening that thanks or reports something done, and the words intake reads after it (whom the message
     * addresses, then the other matter); null when the message raises no other matter after thanks.
     */
    Split split(String masked) {
        int at = newMatterAt(masked);
        if (at <= 0) {
            return null;
        }
        Matcher address = ADDRESS.matcher(masked);
        int addressEnd = address.lookingAt() ? Math.min(address.end(), at) : 0;
        return new Split(masked.substring(0, at), masked.substring(0, addressEnd) + masked.substring(at));
    }

    /** A message split after its opening: what the opening says, and the words read after it. */
    record Split(String opening, String words) {
    }

    /**
     * Where the other matter begins in a masked message: the first sentence break (or break after a thanks) before
     * which the words only thank or report something done and after which they are an appeal of their own; 0 when
     * there is none, and the message is read whole.
     */
    int newMatterAt(String masked) {
        if (!THANKS_OR_TURN.matcher(masked).find()) {
            return 0;
        }
        int at = 0;
        for (int breaks = 0; breaks < MAX_BREAKS; breaks++) {
            Break next = nextBreak(masked, at);
            if (next == null || next.end() >= masked.length()) {
                return 0;
            }
            String opening = masked.substring(0, next.end());
            String rest = masked.substring(next.end());
            if (turnsToAnother(opening, rest, next.sentenceEnds()) && doneOrThanks.test(opening)
                    && appealOnItsOwn.test(rest)) {
                return next.end();
            }
            at = next.end();
        }
        return 0;
    }

    /**
     * Whether {@code rest} is another matter by its words: a turn at its start; or, after a sentence that thanks, a
     * matter said in full that does not go on with the one thanked for ("谢谢城管给找了个地方 不过那地方没电",
     * "跳闸那事谢谢供电公司 换了开关 可今天又跳了两回": the thanks is one clause of the same matter).
     */
    private static boolean turnsToAnother(String opening, String rest, boolean sentenceEnds) {
        if (TURN.matcher(rest).find()) {
            return true;
        }
        return sentenceEnds && THANKS.matcher(opening).find() && !GOES_ON.matcher(rest).find()
                && rest.strip().length() >= UNMARKED_MATTER_LENGTH;
    }

    /** A break in the text: where it ends, and whether it ends a sentence (else it follows a thanks). */
    private record Break(int end, boolean sentenceEnds) {
    }

    /** The first break after {@code from}; null when there is none. */
    private static Break nextBreak(String text, int from) {
        Break best = null;
        Matcher sentence = SENTENCE_END.matcher(text);
        if (sentence.find(from)) {
            best = new Break(sentence.end(), true);
        }
        Matcher thanks = THANKS_THEN_COMMA.matcher(text);
        if (thanks.find(from) && (best == null || thanks.end() < best.end())) {
            best = new Break(thanks.end(), false);
        }
        return best;
    }
}
