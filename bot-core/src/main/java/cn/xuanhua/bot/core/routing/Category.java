package cn.xuanhua.bot.core.routing;

/**
 * An appeal category, a row of the {@code category} table.
 *
 * @param code          stable code, e.g. {@code license}
 * @param name          the Chinese name shown to people, e.g. 证照办理
 * @param timeLimitDays working days a department has to resolve an appeal of this category
 */
public record Category(String code, String name, int timeLimitDays) {

    /** The code of the category for appeals no keyword places: 其他. */
    public static final String OTHER_CODE = "other";

    /** Used when the dictionary lacks an {@code other} row, so that every appeal still has a category. */
    public static final Category OTHER = new Category(OTHER_CODE, "其他", 5);
}
