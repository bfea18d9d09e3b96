package cn.xuanhua.bot.core.routing;

/**
 * A keyword that points to a category, a row of the {@code category_keyword} table.
 *
 * @param categoryCode the category it points to
 * @param keyword      the words to find, matched after folding full-width forms and case
 * @param weight       how strongly it points there; a category's score is the sum over its keywords found
 */
public record CategoryKeyword(String categoryCode, String keyword, int weight) {
}
