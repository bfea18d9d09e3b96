package cn.xuanhua.bot.core.digest;

/**
 * How many of the week's new appeals fell into a category.
 *
 * @param categoryCode e.g. {@code license}
 * @param categoryName e.g. 证照办理 (the code when the category is no longer in the dictionary)
 * @param count        appeals created in the week with this category
 */
public record CategoryCount(String categoryCode, String categoryName, long count) {
}
