package cn.xuanhua.bot.admin.learning;

import cn.xuanhua.bot.core.routing.CatalogueReading;
import cn.xuanhua.bot.core.routing.Matter;
import cn.xuanhua.bot.core.routing.ResponsibilityCatalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Labelled messages beside an open appeal made to open with a short word on it ("路灯那事还没弄 …"), for the judge of
 * a new matter. Owners often write a clause on their open appeal first, then whatever is on their mind: more about
 * the open one, or something else entirely, with no marker between the two (docs/intake.md, "The judge of a new
 * matter"). Few labelled messages have that shape, so the judge learned the opening itself as a sign of a follow-up.
 * Each variant keeps its example's label: a new problem stays new with such an opening in front of it, a follow-up
 * stays a follow-up. Made on both sides in equal numbers, they teach that the opening decides nothing and the words
 * after it decide. The opening names the open appeal by the catalogue's longest term found in its text, as a writer
 * points at it in a word; an open appeal the catalogue cannot place gets no variant. Deterministic.
 */
final class OpeningClauseVariants {
    /**
     * At most this many variants on each side (new matter, about the open one). Measured with each of the five sets
     * beside open appeals held out in turn (docs/intake.md), false appeals / new problems missed over the five: no
     * variants 38 / 136; 150 a side 33 / 126; 300, 43 / 113; 600, 41 / 97; 1,000, 46 / 119.
     */
    static final int MAX_PER_SIDE = 600;

    /**
     * How an owner opens on their open appeal in a clause: still waiting, asking, putting it aside, done. Written from
     * how people chase a matter in chat, each with the open appeal's word in front ({@code %s}).
     */
    private static final List<String> OPENINGS = List.of(
            "%s那事还没弄 ", "%s那个还没回信，", "%s的事还等着呢 ", "%s那个到现在没动静 ", "%s还是没人管，",
            "%s那块还没说法 ", "%s的事先放放 ", "%s那个麻烦再催催，", "%s那事办好了 ", "%s的事谢谢了，",
            "上回说的%s还没信儿 ", "%s那茬还没落实 ");

    private OpeningClauseVariants() {
    }

    /**
     * Variants of {@code examples} (those not already opening on their open appeal's word): as many new matters as
     * follow-ups, at most {@code max} of each, spread evenly over the examples.
     */
    static List<BesideOpenExample> of(List<BesideOpenExample> examples, ResponsibilityCatalogue catalogue, int max) {
        List<BesideOpenExample> news = new ArrayList<>();
        List<BesideOpenExample> abouts = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            BesideOpenExample e = examples.get(i);
            String word = e.correction() ? null : wordOf(e.openText(), catalogue);
            if (word == null || e.text().strip().startsWith(word)) {
                continue;
            }
            String opening = String.format(OPENINGS.get(i % OPENINGS.size()), word);
            (e.newMatter() ? news : abouts).add(new BesideOpenExample(opening + e.text().strip(), e.groupCode(),
                    e.openNumber(), e.openText(), e.openDepartment(), e.newMatter()));
        }
        int perSide = Math.min(max, Math.min(news.size(), abouts.size()));
        List<BesideOpenExample> variants = new ArrayList<>(evenly(news, perSide));
        variants.addAll(evenly(abouts, perSide));
        return variants;
    }

    /** {@code count} of the list, evenly spaced. */
    private static List<BesideOpenExample> evenly(List<BesideOpenExample> list, int count) {
        List<BesideOpenExample> picked = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            picked.add(list.get((int) ((long) k * list.size() / count)));
        }
        return picked;
    }

    /** The longest term of the open appeal's best matter that its text holds; null when the catalogue places none. */
    static String wordOf(String openText, ResponsibilityCatalogue catalogue) {
        CatalogueReading reading = catalogue.read(openText);
        if (!reading.placed()) {
            return null;
        }
        Matter matter = reading.matter();
        return matter.terms().stream().map(Matter.Term::phrase)
                .filter(p -> p.length() >= 2 && p.length() <= 5 && openText.contains(p))
                .max(Comparator.comparingInt(String::length)).orElse(null);
    }
}
