package cn.xuanhua.bot.core.digest;

/**
 * How many appeals of one category were written in one group in a window: a cell of the dashboard's category ×
 * township heat map.
 *
 * @param groupCode    the group the appeals were written in
 * @param categoryCode e.g. {@code municipal}
 * @param categoryName e.g. 市政设施 (the code when the category is no longer in the dictionary)
 * @param count        appeals created in the window
 */
public record GroupCategoryCount(String groupCode, String categoryCode, String categoryName, long count) {
}
