package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.routing.Category;
import cn.xuanhua.bot.core.routing.CategoryKeyword;
import cn.xuanhua.bot.core.routing.RoutingRule;

import java.util.List;
import java.util.Objects;

/**
 * A snapshot of everything intake reads from the database: categories, their keywords, routing rules and the
 * appeal/noise lexicon. Intake builds its tries from one snapshot and swaps to a new one when the database
 * changed, so a message is always judged by one consistent set of rules.
 *
 * @param categories               rows of {@code category}, in their sort order (the order breaks category ties)
 * @param keywords                 rows of {@code category_keyword}
 * @param rules                    rows of {@code routing_rule}
 * @param lexicon                  rows of {@code intake_lexicon}
 * @param dispatcherDepartmentCode the department marked {@code dispatcher} (行政审批局), which receives what no
 *                                 rule routes
 */
public record IntakeDictionary(List<Category> categories, List<CategoryKeyword> keywords, List<RoutingRule> rules,
                               List<LexiconEntry> lexicon, String dispatcherDepartmentCode) {

    public IntakeDictionary {
        categories = List.copyOf(categories);
        keywords = List.copyOf(keywords);
        rules = List.copyOf(rules);
        lexicon = List.copyOf(lexicon);
        Objects.requireNonNull(dispatcherDepartmentCode, "dispatcherDepartmentCode");
    }
}
