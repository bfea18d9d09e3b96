package cn.xuanhua.bot.core.routing;

/**
 * A way people name a handling unit or one of its local branches in a message (派出所, 供电所, 联通, 12366): strong
 * evidence that the matter is that unit's. A row of {@code agency_phrase}.
 *
 * @param phrase         as written, e.g. 消防大队
 * @param departmentCode the unit it names
 */
public record Agency(String phrase, String departmentCode) {
}
