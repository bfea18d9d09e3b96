package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.routing.Agency;
import cn.xuanhua.bot.core.routing.Category;
import cn.xuanhua.bot.core.routing.CategoryKeyword;
import cn.xuanhua.bot.core.routing.Matter;
import cn.xuanhua.bot.core.routing.RoutingRule;
import cn.xuanhua.bot.core.routing.TownshipPlaces;

import java.util.List;
import java.util.Objects;

/**
 * A snapshot of everything intake reads from the database: categories, their keywords, routing rules, the
 * appeal/noise lexicon and the responsibility catalogue (matters and the agencies people name). Intake builds its tries from one snapshot and swaps to a new one when the database
 * changed, so a message is always judged by one consistent set of rules.
 *
 * @param categories               rows of {@code category}, in their sort order (the order breaks category ties)
 * @param keywords                 rows of {@code category_keyword}
 * @param rules                    rows of {@code routing_rule}
 * @param lexicon                  rows of {@code intake_lexicon}
 * @param matters                  rows of {@code responsibility_matter}, in catalogue order (the order breaks ties)
 * @param agencies                 rows of {@code agency_phrase}
 * @param dispatcherDepartmentCode the department marked {@code dispatcher} (行政审批局), which receives what no
 *                                 rule routes
 * @param townships                the names of the township and street offices' places, for local matters
 *                                 written in groups that are not a township's
 */
public record IntakeDictionary(List<Category> categories, List<CategoryKeyword> keywords, List<RoutingRule> rules,
                               List<LexiconEntry> lexicon, List<Matter> matters, List<Agency> agencies,
                               String dispatcherDepartmentCode, TownshipPlaces townships) {

    public IntakeDictionary {
        categories = List.copyOf(categories);
        keywords = List.copyOf(keywords);
        rules = List.copyOf(rules);
        lexicon = List.copyOf(lexicon);
        matters = List.copyOf(matters);
        agencies = List.copyOf(agencies);
        Objects.requireNonNull(dispatcherDepartmentCode, "dispatcherDepartmentCode");
        townships = townships == null ? TownshipPlaces.NONE : townships;
    }
}
