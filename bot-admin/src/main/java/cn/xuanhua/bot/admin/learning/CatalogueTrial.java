package cn.xuanhua.bot.admin.learning;

import cn.xuanhua.bot.core.intake.IntakeDictionary;
import cn.xuanhua.bot.core.intake.IntakeDictionarySource;
import cn.xuanhua.bot.core.intake.Triage;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.Groups;
import cn.xuanhua.bot.core.routing.Agency;
import cn.xuanhua.bot.core.routing.Matter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Measures a catalogue before it is put in use: every labelled appeal of the history (the shipped corpus and the
 * district's own 转办 / 改派 corrections) is routed by the rules alone on the catalogue in use and on the candidate,
 * and both are scored against the unit the appeal belongs to. The rules alone, because the learned model was trained
 * on the features of the catalogue in use and is retrained on the new one after an import; the catalogue's own effect
 * is what an administrator decides on.
 */
public class CatalogueTrial {
    /** How many moved appeals the console lists as examples. */
    static final int SHOWN_EXAMPLES = 20;
    private static final int SHOWN_MOVES = 12;

    private final LabelledHistory history;
    private final IntakeDictionarySource dictionaries;
    private final Groups groups;

    public CatalogueTrial(LabelledHistory history, IntakeDictionarySource dictionaries, Groups groups) {
        this.history = history;
        this.dictionaries = dictionaries;
        this.groups = groups;
    }

    /** One appeal the candidate sends elsewhere than the catalogue in use. */
    public record Moved(String maskedText, String groupCode, String labelled, String before, String after,
                        boolean correction) {
    }

    /** How many appeals the candidate moves from one unit to another, and how many of them it puts right. */
    public record Move(String from, String to, int count, int nowRight, int wasRight) {
    }

    /**
     * @param appeals           labelled appeals scored
     * @param corrections       of them, the district's own corrections
     * @param rightBefore       routed to their unit by the rules on the catalogue in use
     * @param rightAfter        the same on the candidate
     * @param acceptableBefore  routed to their unit or to another their writer accepts, on the catalogue in use
     * @param acceptableAfter   the same on the candidate
     * @param correctionsBefore corrections routed right on the catalogue in use
     * @param correctionsAfter  the same on the candidate
     * @param moved             appeals the candidate routes to another unit
     * @param moves             the largest moves, largest first
     * @param examples          up to {@value #SHOWN_EXAMPLES} moved appeals, the district's corrections first
     */
    public record Result(int appeals, int corrections, int rightBefore, int rightAfter, int acceptableBefore,
                         int acceptableAfter, int correctionsBefore,
                         int correctionsAfter, int moved, List<Move> moves, List<Moved> examples) {
        public double shareBefore() {
            return share(rightBefore);
        }

        public double shareAfter() {
            return share(rightAfter);
        }

        public double acceptableShareBefore() {
            return share(acceptableBefore);
        }

        public double acceptableShareAfter() {
            return share(acceptableAfter);
        }

        private double share(int count) {
            return appeals == 0 ? Double.NaN : count / (double) appeals;
        }
    }

    /**
     * @param matters  the candidate catalogue, in its order
     * @param agencies the candidate's phrases naming a unit, or null to keep those in use
     */
    public Result measure(List<Matter> matters, List<Agency> agencies) {
        IntakeDictionary inUse = dictionaries.load();
        IntakeDictionary candidate = new IntakeDictionary(inUse.categories(), inUse.keywords(), inUse.rules(),
                inUse.lexicon(), matters, agencies == null ? inUse.agencies() : agencies,
                inUse.dispatcherDepartmentCode(), inUse.townships());
        Triage before = new Triage(inUse);
        Triage after = new Triage(candidate);
        Map<String, ChatGroup> byCode = groups.all().stream()
                .collect(Collectors.toMap(ChatGroup::code, Function.identity()));
        int appeals = 0;
        int corrections = 0;
        int rightBefore = 0;
        int rightAfter = 0;
        int acceptableBefore = 0;
        int acceptableAfter = 0;
        int correctionsBefore = 0;
        int correctionsAfter = 0;
        Map<List<String>, int[]> moves = new LinkedHashMap<>();
        List<Moved> moved = new ArrayList<>();
        for (LabelledExample e : history.all()) {
            ChatGroup group = byCode.get(e.groupCode());
            if (!e.appeal() || e.departmentCode() == null || group == null) {
                continue;
            }
            String then = before.rulesDepartment(e.text(), group);
            String now = after.rulesDepartment(e.text(), group);
            boolean wasRight = then.equals(e.departmentCode());
            boolean nowRight = now.equals(e.departmentCode());
            appeals++;
            rightBefore += wasRight ? 1 : 0;
            rightAfter += nowRight ? 1 : 0;
            acceptableBefore += e.accepts(then) ? 1 : 0;
            acceptableAfter += e.accepts(now) ? 1 : 0;
            if (e.correction()) {
                corrections++;
                correctionsBefore += wasRight ? 1 : 0;
                correctionsAfter += nowRight ? 1 : 0;
            }
            if (!then.equals(now)) {
                int[] counts = moves.computeIfAbsent(List.of(then, now), k -> new int[3]);
                counts[0]++;
                counts[1] += nowRight ? 1 : 0;
                counts[2] += wasRight ? 1 : 0;
                moved.add(new Moved(before.mask(e.text()), e.groupCode(), e.departmentCode(), then, now,
                        e.correction()));
            }
        }
        List<Move> largest = moves.entrySet().stream()
                .map(m -> new Move(m.getKey().get(0), m.getKey().get(1), m.getValue()[0], m.getValue()[1], m.getValue()[2]))
                .sorted(Comparator.comparingInt(Move::count).reversed()).limit(SHOWN_MOVES).toList();
        List<Moved> shown = moved.stream().sorted(Comparator.comparing(Moved::correction).reversed())
                .limit(SHOWN_EXAMPLES).toList();
        return new Result(appeals, corrections, rightBefore, rightAfter, acceptableBefore, acceptableAfter,
                correctionsBefore, correctionsAfter,
                moved.size(), largest, shown);
    }
}
