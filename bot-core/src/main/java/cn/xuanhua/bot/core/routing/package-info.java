/**
 * Which category an appeal belongs to and which department handles it: categories with their keyword
 * dictionaries and time limits, and routing rules, all mirrored from the database ({@code category},
 * {@code category_keyword}, {@code routing_rule}) so that administrators change them without a rebuild.
 */
package cn.xuanhua.bot.core.routing;
