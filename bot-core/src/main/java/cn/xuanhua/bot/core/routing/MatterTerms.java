package cn.xuanhua.bot.core.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The way a matter's words are kept in one text column, so that an administrator edits them as a list:
 * phrases separated by commas (either width), 、 or new lines, each with an optional weight after a colon
 * ({@code 停电, 断电:6, 来电:2}); without one a phrase weighs {@value #DEFAULT_WEIGHT}.
 */
public final class MatterTerms {
    /** The weight of a phrase written without one: a strong hint. */
    public static final int DEFAULT_WEIGHT = 5;
    private static final Pattern SEPARATOR = Pattern.compile("[,，、;；\\n]+");
    private static final Pattern WEIGHTED = Pattern.compile("(.+?)[:：]([1-9])");

    private MatterTerms() {
    }

    /** The weighted phrases of a terms column; blank entries are skipped, a weight outside 1–9 is not read. */
    public static List<Matter.Term> terms(String column) {
        List<Matter.Term> terms = new ArrayList<>();
        for (String entry : words(column)) {
            var m = WEIGHTED.matcher(entry);
            if (m.matches()) {
                terms.add(new Matter.Term(m.group(1).strip(), Integer.parseInt(m.group(2))));
            } else {
                terms.add(new Matter.Term(entry, DEFAULT_WEIGHT));
            }
        }
        return terms;
    }

    /** The phrases of a word-list column (needs, unless), trimmed, blanks skipped; empty for null. */
    public static List<String> words(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String part : SEPARATOR.split(column)) {
            String w = part.strip();
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** The column text for a list of weighted phrases, as {@link #terms} reads it back. */
    public static String format(List<Matter.Term> terms) {
        StringBuilder s = new StringBuilder();
        for (Matter.Term t : terms) {
            if (!s.isEmpty()) {
                s.append(", ");
            }
            s.append(t.phrase());
            if (t.weight() != DEFAULT_WEIGHT) {
                s.append(':').append(t.weight());
            }
        }
        return s.toString();
    }
}
