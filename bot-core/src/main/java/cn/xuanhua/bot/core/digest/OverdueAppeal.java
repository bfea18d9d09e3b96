package cn.xuanhua.bot.core.digest;

import java.time.ZonedDateTime;

/**
 * An appeal open at the digest's {@code asOf} and past its due date.
 *
 * @param number         e.g. XH20261116-0003
 * @param departmentCode the department holding it
 * @param departmentName that department's short name (the code when unknown)
 * @param dueAt          its due date
 */
public record OverdueAppeal(String number, String departmentCode, String departmentName, ZonedDateTime dueAt) {
}
