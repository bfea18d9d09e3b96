package cn.xuanhua.bot.core.routing;

import java.util.List;
import java.util.Map;

/**
 * The categories' keywords as the console lists and edits them, each with the id that removes it (intake reads them
 * through {@link cn.xuanhua.bot.core.intake.IntakeDictionarySource}). Implemented by persistence.
 */
public interface CategoryKeywords {

    /** A stored keyword of the category asked for. */
    record Entry(long id, String keyword, int weight) {
    }

    /** How many keywords each category has, by category code; a category without any is absent. */
    Map<String, Long> countsByCategory();

    /** The keywords of one category, the heaviest first, then in the order of the keyword. */
    List<Entry> of(String categoryCode);

    /**
     * Stores a keyword the caller has checked.
     *
     * @return false when its category already has that keyword, which then stays as it was
     */
    boolean add(CategoryKeyword keyword);

    /** Removes a keyword; answers what it was, empty when there was none with that id. */
    java.util.Optional<CategoryKeyword> remove(long id);
}
