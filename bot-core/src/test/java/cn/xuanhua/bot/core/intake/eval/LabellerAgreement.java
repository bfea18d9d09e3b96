package cn.xuanhua.bot.core.intake.eval;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * How far a blind set's unit labels are a matter of judgement, and where intake stands within it. The writer's
 * label is one careful person's choice; a second labeller's choice on the same appeals shows how often two careful
 * people agree, which is the most any router can be expected to score against either of them. Measured on the
 * set's appeals, each counted once:
 * <ul>
 *   <li>the second labeller scored against the writer as intake is (strict: the same unit; acceptable: a unit the
 *       writer accepts), beside intake's own figures on the same appeals;</li>
 *   <li>intake on the appeals both labellers sent to the same unit (the clear ones), and intake accepted by
 *       either labeller.</li>
 * </ul>
 */
public final class LabellerAgreement {
    public int appeals;
    public int secondStrict;
    public int secondAcceptable;
    public int intakeStrict;
    public int intakeAcceptable;
    public int agreed;
    public int intakeOnAgreed;
    public int intakeAcceptedByEither;
    public int intakeStrictToSecond;

    private LabellerAgreement() {
    }

    /**
     * @param set    the blind set as its writer labelled it
     * @param second the second labeller's units, for every appeal of the set
     * @param intake the unit intake chooses for an appeal
     * @throws IllegalArgumentException when the second labeller left an appeal out or labelled one that is not there
     */
    public static LabellerAgreement measure(List<LabelledMessage> set, SecondLabels second,
                                            Function<LabelledMessage, String> intake) {
        LabellerAgreement a = new LabellerAgreement();
        for (LabelledMessage m : second.appealsOf(set)) {
            SecondLabels.Unit other = second.units().get(m.id());
            String chosen = intake.apply(m);
            a.appeals++;
            a.secondStrict += m.department().equals(other.department()) ? 1 : 0;
            a.secondAcceptable += m.acceptsDepartment(other.department()) ? 1 : 0;
            a.intakeStrict += m.department().equals(chosen) ? 1 : 0;
            a.intakeAcceptable += m.acceptsDepartment(chosen) ? 1 : 0;
            a.intakeStrictToSecond += other.department().equals(chosen) ? 1 : 0;
            a.intakeAcceptedByEither += m.acceptsDepartment(chosen) || other.accepts(chosen) ? 1 : 0;
            if (m.department().equals(other.department())) {
                a.agreed++;
                a.intakeOnAgreed += m.department().equals(chosen) ? 1 : 0;
            }
        }
        return a;
    }

    /** Several sets' figures added up, as if they were one set. */
    public static LabellerAgreement together(List<LabellerAgreement> sets) {
        LabellerAgreement sum = new LabellerAgreement();
        for (LabellerAgreement a : sets) {
            sum.appeals += a.appeals;
            sum.secondStrict += a.secondStrict;
            sum.secondAcceptable += a.secondAcceptable;
            sum.intakeStrict += a.intakeStrict;
            sum.intakeAcceptable += a.intakeAcceptable;
            sum.agreed += a.agreed;
            sum.intakeOnAgreed += a.intakeOnAgreed;
            sum.intakeAcceptedByEither += a.intakeAcceptedByEither;
            sum.intakeStrictToSecond += a.intakeStrictToSecond;
        }
        return sum;
    }

    /** Two labellers' first choices on the same appeals: how often the same unit. */
    public static int sameFirstChoice(SecondLabels one, SecondLabels other) {
        return (int) one.units().entrySet().stream()
                .filter(e -> other.units().containsKey(e.getKey())
                        && other.units().get(e.getKey()).department().equals(e.getValue().department()))
                .count();
    }

    public double intakeOnAgreedShare() {
        return (double) intakeOnAgreed / agreed;
    }

    public String report(String name) {
        return String.format(Locale.ROOT, "%s: %d appeals; against the writer's units: second labeller %.1f%% strict"
                        + " (%d), %.1f%% acceptable (%d); intake %.1f%% strict (%d), %.1f%% acceptable (%d); intake"
                        + " against the second labeller %.1f%% strict (%d); intake accepted by either %.1f%% (%d);"
                        + " where both labellers chose the same unit (%d): intake %.1f%% (%d)",
                name, appeals, pct(secondStrict), secondStrict, pct(secondAcceptable), secondAcceptable,
                pct(intakeStrict), intakeStrict, pct(intakeAcceptable), intakeAcceptable, pct(intakeStrictToSecond),
                intakeStrictToSecond, pct(intakeAcceptedByEither), intakeAcceptedByEither, agreed,
                100 * intakeOnAgreedShare(), intakeOnAgreed);
    }

    private double pct(int n) {
        return 100.0 * n / appeals;
    }
}
