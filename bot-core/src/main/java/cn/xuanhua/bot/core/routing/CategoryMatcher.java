package cn.xuanhua.bot.core.routing;

import cn.xuanhua.bot.core.text.PhraseIndex;
import cn.xuanhua.bot.core.text.TextFold;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places a message in a category by its keywords: all keywords of all categories sit in one Aho-Corasick trie,
 * the leftmost-longest matches are kept (排污许可证 counts for 环保, not also 许可证 for 证照), and each category
 * scores the summed weights of its matches. The highest score wins; a tie goes to the category listed first
 * (the dictionary lists them by their sort order). No match gives {@code other} (其他).
 * Build one per dictionary snapshot; thread-safe.
 */
public final class CategoryMatcher {

    /** A keyword's category as an index into {@link #categories}, and its weight. */
    private record Keyed(int category, int weight, String keyword) {
    }

    private final List<Category> categories;
    private final Category other;
    private final PhraseIndex<Keyed> index;

    /**
     * @param categories the categories in sort order
     * @param keywords   their keywords; keywords of a category not in the list are ignored, so that deleting a
     *                   category does not break intake
     */
    public CategoryMatcher(List<Category> categories, List<CategoryKeyword> keywords) {
        this.categories = List.copyOf(categories);
        this.other = this.categories.stream().filter(c -> Category.OTHER_CODE.equals(c.code()))
                .findFirst().orElse(Category.OTHER);
        this.index = new PhraseIndex<>(indexKeywords(this.categories, keywords));
    }

    /** The category of a (masked) message. */
    public CategoryMatch match(String text) {
        if (text == null || text.isEmpty()) {
            return new CategoryMatch(other, 0, List.of());
        }
        int[] scores = new int[categories.size()];
        List<Keyed> found = new ArrayList<>(4);
        index.match(TextFold.fold(text), (keyed, begin, end) -> {
            scores[keyed.category()] += keyed.weight();
            found.add(keyed);
        });
        int best = bestCategory(scores);
        if (best < 0) {
            return new CategoryMatch(other, 0, List.of());
        }
        List<String> words = found.stream().filter(k -> k.category() == best).map(Keyed::keyword).toList();
        return new CategoryMatch(categories.get(best), scores[best], words);
    }

    /** Every category by its code, for looking up time limits and names. */
    public Map<String, Category> categoriesByCode() {
        Map<String, Category> byCode = new LinkedHashMap<>();
        categories.forEach(c -> byCode.put(c.code(), c));
        byCode.putIfAbsent(other.code(), other);
        return byCode;
    }

    /** Index of the highest positive score, the earliest category on a tie; -1 when none scored. */
    private static int bestCategory(int[] scores) {
        int best = -1;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] > 0 && (best < 0 || scores[i] > scores[best])) {
                best = i;
            }
        }
        return best;
    }

    private static Map<String, Keyed> indexKeywords(List<Category> categories, List<CategoryKeyword> keywords) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            position.putIfAbsent(categories.get(i).code(), i);
        }
        Map<String, Keyed> byPhrase = new HashMap<>();
        for (CategoryKeyword k : keywords) {
            Integer category = position.get(k.categoryCode());
            String phrase = k.keyword() == null ? "" : TextFold.foldPhrase(k.keyword());
            if (category == null || phrase.isEmpty()) {
                continue;
            }
            // The same words under two categories: the heavier (then the earlier) category keeps them.
            byPhrase.merge(phrase, new Keyed(category, k.weight(), phrase),
                    (a, b) -> b.weight() > a.weight() || b.weight() == a.weight() && b.category() < a.category() ? b : a);
        }
        return byPhrase;
    }
}
