package cn.xuanhua.bot.admin.persistence;

import cn.xuanhua.bot.core.intake.IntakeDictionary;
import cn.xuanhua.bot.core.intake.LexiconEntry;
import cn.xuanhua.bot.core.org.GroupKind;
import cn.xuanhua.bot.core.org.Departments;
import cn.xuanhua.bot.core.intake.IntakeDictionarySource;
import cn.xuanhua.bot.core.routing.Agency;
import cn.xuanhua.bot.core.routing.Category;
import cn.xuanhua.bot.core.routing.CategoryKeyword;
import cn.xuanhua.bot.core.routing.Matter;
import cn.xuanhua.bot.core.routing.RoutingRule;
import cn.xuanhua.bot.core.routing.TownshipPlaces;
import org.springframework.stereotype.Repository;

import java.util.List;

/**
 * The intake dictionaries as the administrator keeps them: categories and time limits, weighted keywords,
 * routing rules, the appeal/noise lexicon and the responsibility catalogue, read whole into one snapshot.
 */
@Repository
public class MybatisIntakeDictionarySource implements IntakeDictionarySource {
    private final CategoryMapper categories;
    private final CategoryKeywordMapper keywords;
    private final RoutingRuleMapper rules;
    private final LexiconMapper lexicon;
    private final MatterMapper matters;
    private final AgencyPhraseMapper agencies;
    private final Departments departments;

    public MybatisIntakeDictionarySource(CategoryMapper categories, CategoryKeywordMapper keywords,
                                         RoutingRuleMapper rules, LexiconMapper lexicon, MatterMapper matters,
                                         AgencyPhraseMapper agencies, Departments departments) {
        this.categories = categories;
        this.keywords = keywords;
        this.rules = rules;
        this.lexicon = lexicon;
        this.matters = matters;
        this.agencies = agencies;
        this.departments = departments;
    }

    @Override
    public IntakeDictionary load() {
        List<Category> cats = categories.selectList(null).stream()
                .map(r -> new Category(r.getCode(), r.getName(), r.getTimeLimitDays())).toList();
        List<CategoryKeyword> words = keywords.selectList(null).stream()
                .map(r -> new CategoryKeyword(r.getCategoryCode(), r.getKeyword(), r.getWeight())).toList();
        List<RoutingRule> routing = rules.selectList(null).stream()
                .map(r -> new RoutingRule(r.getId(), r.getCategoryCode(), r.getGroupCode(),
                        r.getGroupKind() == null ? null : GroupKind.valueOf(r.getGroupKind()), r.getDepartmentCode(),
                        Boolean.TRUE.equals(r.getUseGroupLead()), r.getPriority())).toList();
        List<LexiconEntry> phrases = lexicon.selectList(null).stream()
                .map(r -> new LexiconEntry(r.getLexicon(), r.getPhrase(), r.getWeight())).toList();
        List<Matter> catalogue = matters.selectList(MybatisCatalogueMatters.inCatalogueOrder()).stream()
                .map(r -> MybatisCatalogueMatters.toEntry(r).toMatter()).toList();
        List<Agency> named = agencies.selectList(null).stream()
                .map(r -> new Agency(r.getPhrase(), r.getDepartmentCode())).toList();
        return new IntakeDictionary(cats, words, routing, phrases, catalogue, named, departments.dispatcher().code(),
                TownshipPlaces.of(departments.all()));
    }
}
