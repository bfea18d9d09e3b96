package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.routing.CategoryMatch;
import cn.xuanhua.bot.core.routing.CategoryMatcher;
import cn.xuanhua.bot.core.routing.Router;

/**
 * The intake steps that read a message's words, in their fixed order: mask personal numbers first, then, on the
 * masked text only, place the category, decide appeal or not, and route. Built once per
 * {@link IntakeDictionary} snapshot (the tries are built here, not per message); thread-safe.
 */
public final class Triage {

    private final Masker masker = new Masker();
    private final CategoryMatcher categories;
    private final MessageClassifier classifier;
    private final Router router;

    public Triage(IntakeDictionary dictionary) {
        this.categories = new CategoryMatcher(dictionary.categories(), dictionary.keywords());
        this.classifier = new MessageClassifier(dictionary.lexicon());
        this.router = new Router(dictionary.rules(), dictionary.dispatcherDepartmentCode());
    }

    /** Reads one message from {@code group} (null when it came from no known group). */
    public TriageResult assess(String text, ChatGroup group) {
        MaskResult mask = masker.mask(text);
        CategoryMatch category = categories.match(mask.masked());
        Classification classification = classifier.classify(mask.masked(), category);
        return new TriageResult(mask, classification, category, router.route(category.category().code(), group));
    }

    /** The category matcher of this snapshot, e.g. for time limits by code. */
    public CategoryMatcher categories() {
        return categories;
    }
}
