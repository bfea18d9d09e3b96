package cn.xuanhua.bot.core.intake.eval;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores intake on a labelled set the way the intake issue measures it: appeal-or-not (precision, recall,
 * accuracy), the responsible unit on the labelled appeals (strictly, and counting every acceptable unit), the
 * stated deadline on the appeals, and leaks (a phone or ID number of the text still in the masked text); with a
 * confusion list per unit. It prints figures only: which messages were missed is printed only when asked, so a set
 * that must stay blind is not read while tuning.
 */
public final class Scorecard {
    private static final Pattern PERSONAL_NUMBER = Pattern.compile("(?<!\\d)(1[3-9]\\d{9}|\\d{17}[\\dXx])(?!\\d)");

    /** What intake made of one message. */
    /**
     * @param why the act's reasons and the routing reason, for the misses of the sets tuned on
     */
    public record Prediction(boolean appeal, String act, String department, ZonedDateTime requestedDeadline,
                             String maskedText, String why) {
        public Prediction(boolean appeal, String act, String department, ZonedDateTime requestedDeadline,
                          String maskedText) {
            this(appeal, act, department, requestedDeadline, maskedText, "");
        }
    }

    public int truePositive;
    public int falsePositive;
    public int falseNegative;
    public int trueNegative;
    public int appeals;
    /** Appeals without a labelled unit (left out of the unit's score). */
    public int unlabelled;
    public int departmentStrict;
    public int departmentLenient;
    public int deadlineCases;
    public int deadlineRight;
    public int statedDeadlines;
    public int statedDeadlinesRight;
    public int falseDeadlines;
    public int leaks;
    public int actRight;
    public int actCases;
    private final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    /** A reason code as intake writes it: "model.new-matter", "act.follow-up.same-matter". */
    private static final Pattern REASON_CODE = Pattern.compile("[a-z]+(\\.[a-z0-9-]+)+");
    private final List<String> misses = new ArrayList<>();
    /** False appeals counted by the act their writer meant and by intake's reason, no message named. */
    private final Map<String, Integer> falseAppealKinds = new TreeMap<>();
    /** Missed appeals counted by the act intake read and its reason, no message named. */
    private final Map<String, Integer> missedKinds = new TreeMap<>();

    public static Scorecard score(List<LabelledMessage> set, Function<LabelledMessage, Prediction> intake) {
        Scorecard s = new Scorecard();
        for (LabelledMessage m : set) {
            s.add(m, intake.apply(m));
        }
        return s;
    }

    private void add(LabelledMessage m, Prediction p) {
        if (m.appeal()) {
            if (p.appeal()) {
                truePositive++;
            } else {
                falseNegative++;
                missedKinds.merge(p.act() + " " + reasonOf(p.why()), 1, Integer::sum);
                misses.add(m.id() + " appeal missed (" + p.act() + " " + p.why() + "): " + m.text() + besideOpen(m));
            }
            appeals++;
            if (m.department() == null) {
                // An appeal whose unit is not labelled counts for appeal-or-not and deadlines only.
                unlabelled++;
            } else if (m.acceptsDepartment(p.department()) && !m.department().equals(p.department())) {
                departmentLenient++;
            }
            if (m.department() != null && m.department().equals(p.department())) {
                departmentStrict++;
                departmentLenient++;
            } else if (m.department() != null) {
                confusion.computeIfAbsent(m.department(), k -> new TreeMap<>()).merge(String.valueOf(p.department()), 1, Integer::sum);
                misses.add(m.id() + " " + m.department() + " -> " + p.department() + " (" + p.why() + "): " + m.text()
                        + besideOpen(m));
            }
            deadlineCases++;
            boolean right = sameDeadline(m, p.requestedDeadline());
            if (m.requestedDeadline() != null) {
                statedDeadlines++;
                statedDeadlinesRight += right ? 1 : 0;
            } else if (!right) {
                falseDeadlines++;
            }
            if (right) {
                deadlineRight++;
            } else {
                misses.add(m.id() + " deadline " + m.requestedDeadline() + " -> " + p.requestedDeadline() + ": " + m.text());
            }
        } else if (p.appeal()) {
            falsePositive++;
            falseAppealKinds.merge(m.act() + " " + reasonOf(p.why()), 1, Integer::sum);
            misses.add(m.id() + " false appeal (" + m.act() + ", " + m.speaker() + "): " + m.text() + besideOpen(m));
        } else {
            trueNegative++;
        }
        if (m.act() != null && p.act() != null) {
            actCases++;
            if (m.act().equals(p.act())) {
                actRight++;
            }
        }
        Matcher numbers = PERSONAL_NUMBER.matcher(m.text());
        while (numbers.find()) {
            if (p.maskedText() != null && p.maskedText().contains(numbers.group())) {
                leaks++;
                misses.add(m.id() + " leaked " + numbers.group());
            }
        }
    }

    private static boolean sameDeadline(LabelledMessage m, ZonedDateTime predicted) {
        if (m.requestedDeadline() == null || predicted == null) {
            return m.requestedDeadline() == null && predicted == null;
        }
        if (m.deadlineHasTime()) {
            return m.requestedDeadline().toLocalDateTime().withSecond(0).equals(predicted.toLocalDateTime().withSecond(0));
        }
        return m.requestedDeadline().toLocalDate().equals(predicted.toLocalDate())
                && predicted.toLocalTime().getHour() == 23;
    }

    public double precision() {
        return ratio(truePositive, truePositive + falsePositive);
    }

    public double recall() {
        return ratio(truePositive, truePositive + falseNegative);
    }

    public double accuracy() {
        return ratio(truePositive + trueNegative, truePositive + trueNegative + falsePositive + falseNegative);
    }

    public double department() {
        return ratio(departmentStrict, appeals - unlabelled);
    }

    public double departmentAcceptable() {
        return ratio(departmentLenient, appeals - unlabelled);
    }

    public double deadlines() {
        return ratio(deadlineRight, deadlineCases);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }

    /** The figures, and the confusion per unit (labelled unit: what intake chose instead). */
    public String report(String name) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: %d messages, %d appeals%n", name,
                truePositive + trueNegative + falsePositive + falseNegative, appeals));
        sb.append(String.format(Locale.ROOT, "  appeal-or-not: accuracy %.1f%%, precision %.1f%%, recall %.1f%% "
                        + "(%d false appeals, %d missed)%n", 100 * accuracy(), 100 * precision(), 100 * recall(),
                falsePositive, falseNegative));
        sb.append(String.format(Locale.ROOT, "  department: %.1f%% strict (%d/%d), %.1f%% counting every acceptable unit%n",
                100 * department(), departmentStrict, appeals - unlabelled, 100 * departmentAcceptable()));
        sb.append(String.format(Locale.ROOT, "  deadlines: %d/%d appeals right (%.1f%%): %d/%d stated ones read right, "
                        + "%d false deadlines on the %d without one%n", deadlineRight, deadlineCases, 100 * deadlines(),
                statedDeadlinesRight, statedDeadlines, falseDeadlines, deadlineCases - statedDeadlines));
        sb.append(String.format(Locale.ROOT, "  acts right: %d/%d; leaks: %d%n", actRight, actCases, leaks));
        sb.append("  false appeals (labelled act, intake's reason): ").append(falseAppealKinds).append('\n');
        sb.append("  missed (intake's act and reason): ").append(missedKinds).append('\n');
        sb.append("  confusion (labelled -> chosen instead):\n");
        confusion.forEach((label, chosen) -> sb.append("    ").append(label).append(" -> ").append(chosen).append('\n'));
        return sb.toString();
    }

    /**
     * The first reason code of intake's account of a message ("model.new-matter", "act.follow-up.same-matter"), or
     * "rules" when it gives none: enough to count a blind set's errors by kind without reading a message.
     */
    private static String reasonOf(String why) {
        if (why != null) {
            for (String token : why.strip().split("[\\s,]+")) {
                if (REASON_CODE.matcher(token).matches()) {
                    return token;
                }
            }
        }
        return "rules";
    }

    /** The writer's open appeal, shown after a miss: " || open: 暖气不热 (heating)"; empty when there is none. */
    private static String besideOpen(LabelledMessage m) {
        return m.openAppeal() == null ? ""
                : " || open: " + m.openAppeal().text() + " (" + m.openAppeal().department() + ")";
    }

    /** Every miss, message by message: only for sets one may tune on. */
    public List<String> misses() {
        return List.copyOf(misses);
    }
}
