package cn.xuanhua.bot.core.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * Masks personal numbers before anything else reads a message: mobile numbers ({@code 138****5678}), landlines
 * ({@code 0313-***4567}), ID numbers ({@code 110105********002X}) and bank cards ({@code 6222 **** **** 1234}).
 * Digits are replaced in place, so spacing, dashes and full-width digits stay as the person wrote them and the
 * text stays readable. Numbers of other shapes (orders, contracts, amounts) are kept.
 *
 * <p>One hand-written pass finds the stretches of digit groups; only those are examined, and only whole groups are
 * combined (a mobile number is never cut out of a longer order number). Stateless and thread-safe.
 */
public final class Masker {

    public static final String MOBILE = "mobile";
    public static final String LANDLINE = "landline";
    public static final String ID_NUMBER = "id-number";
    public static final String BANK_CARD = "bank-card";

    /** A run never needs more than this many groups combined (+86 138 1234 5678 has four). */
    private static final int MAX_GROUPS = 6;
    private static final int MAX_DIGITS = 19;
    private static final char HIDDEN = '*';

    /** The text with its personal numbers masked, and what kinds were masked. */
    public MaskResult mask(String text) {
        if (text == null || text.isEmpty()) {
            return new MaskResult(text == null ? "" : text, List.of());
        }
        char[] out = null;
        List<String> kinds = new ArrayList<>(2);
        int i = 0;
        while (i < text.length()) {
            if (DigitRun.digitValue(text.charAt(i)) < 0) {
                i++;
                continue;
            }
            DigitRun run = DigitRun.readFrom(text, i);
            out = maskRun(text, run, out, kinds);
            i = run.end;
        }
        return new MaskResult(out == null ? text : new String(out), kinds);
    }

    /** Masks each recognised number in the run, trying the longest combination of groups first. */
    private static char[] maskRun(String text, DigitRun run, char[] out, List<String> kinds) {
        int g = 0;
        while (g < run.groupCount) {
            int last = longestShapeEnd(run, g);
            if (last < 0) {
                g++;
                continue;
            }
            NumberShapes.Shape shape = recognise(run, g, last);
            out = out == null ? text.toCharArray() : out;
            for (int k = shape.hideFrom(); k < shape.hideTo(); k++) {
                out[run.positions[k]] = HIDDEN;
            }
            if (!kinds.contains(shape.kind())) {
                kinds.add(shape.kind());
            }
            g = last + 1;
        }
        return out;
    }

    private static NumberShapes.Shape recognise(DigitRun run, int firstGroup, int lastGroup) {
        return NumberShapes.recognise(run.values, run.groupStart(firstGroup), run.groupEnd(lastGroup),
                run.groupEnd(firstGroup));
    }

    /** The last group of the longest combination starting at group {@code g} that forms a number, else -1. */
    private static int longestShapeEnd(DigitRun run, int g) {
        int best = -1;
        int limit = Math.min(run.groupCount, g + MAX_GROUPS);
        for (int h = g; h < limit; h++) {
            int digits = run.groupEnd(h) - run.groupStart(g);
            if (digits > MAX_DIGITS) {
                break;
            }
            if (digits >= 7 && recognise(run, g, h) != null) {
                best = h;
            }
        }
        return best;
    }
}
