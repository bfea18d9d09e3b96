package cn.xuanhua.bot.core.intake.eval;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A blind set's units as three careful readers settle them: the writer and two second labellers, each of whom chose
 * one unit to receive each appeal first without seeing the others. Where at least two of the three chose the same
 * unit, that unit is the appeal's settled unit, as an annotation team settles a label by majority; where all three
 * chose differently, the appeal has no settled unit and is counted apart. One writer's label is one person's
 * judgement (a second labeller agrees with the writer on about 94.5% of appeals, docs/intake.md), so intake scored
 * against the settled unit shows its own errors apart from one reader's choices.
 */
public final class MajorityOfThree {
    public int appeals;
    /** Appeals where at least two of the three readers chose the same unit. */
    public int settled;
    /** Of those, how many intake sent to the settled unit. */
    public int intakeOnSettled;
    /** Appeals where all three readers chose differently. */
    public int split;
    /** Of those, how many intake sent to the unit one of the three chose. */
    public int intakeOnOneOfSplit;
    /** Appeals where all three readers chose the same unit. */
    public int unanimous;

    private MajorityOfThree() {
    }

    /**
     * @param set    the blind set as its writer labelled it
     * @param one    a second labeller's units for every appeal of the set
     * @param other  another second labeller's units for every appeal of the set
     * @param intake the unit intake chooses for an appeal
     * @throws IllegalArgumentException when either labeller did not label exactly the set's appeals
     */
    public static MajorityOfThree measure(List<LabelledMessage> set, SecondLabels one, SecondLabels other,
                                          Function<LabelledMessage, String> intake) {
        List<LabelledMessage> appeals = one.appealsOf(set);
        other.appealsOf(set); // only the check: the same appeals, labelled by the other reader too
        MajorityOfThree m3 = new MajorityOfThree();
        for (LabelledMessage m : appeals) {
            String writer = m.department();
            String first = one.units().get(m.id()).department();
            String second = other.units().get(m.id()).department();
            String chosen = intake.apply(m);
            m3.appeals++;
            String settledUnit = settledUnit(writer, first, second);
            if (settledUnit == null) {
                m3.split++;
                m3.intakeOnOneOfSplit += List.of(writer, first, second).contains(chosen) ? 1 : 0;
                continue;
            }
            m3.settled++;
            m3.intakeOnSettled += settledUnit.equals(chosen) ? 1 : 0;
            m3.unanimous += writer.equals(first) && first.equals(second) ? 1 : 0;
        }
        return m3;
    }

    /** The unit at least two of the three chose, or null when all three differ. */
    static String settledUnit(String writer, String first, String second) {
        if (writer.equals(first) || writer.equals(second)) {
            return writer;
        }
        return Objects.equals(first, second) ? first : null;
    }

    /** Several sets' figures added up, as if they were one set. */
    public static MajorityOfThree together(List<MajorityOfThree> sets) {
        MajorityOfThree sum = new MajorityOfThree();
        for (MajorityOfThree s : sets) {
            sum.appeals += s.appeals;
            sum.settled += s.settled;
            sum.intakeOnSettled += s.intakeOnSettled;
            sum.split += s.split;
            sum.intakeOnOneOfSplit += s.intakeOnOneOfSplit;
            sum.unanimous += s.unanimous;
        }
        return sum;
    }

    public double intakeOnSettledShare() {
        return settled == 0 ? 0 : (double) intakeOnSettled / settled;
    }

    public String report(String name) {
        return String.format(Locale.ROOT, "%s: %d appeals; the writer and two second labellers: %d settled by at"
                        + " least two (%d by all three), %d split three ways; intake on the settled unit %.1f%% (%d/%d);"
                        + " on the split ones, a unit one of the three chose %d/%d",
                name, appeals, settled, unanimous, split, 100 * intakeOnSettledShare(), intakeOnSettled, settled,
                intakeOnOneOfSplit, split);
    }
}
