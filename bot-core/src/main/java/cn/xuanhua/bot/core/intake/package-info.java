/**
 * Intake: reading what a business owner's message states, starting with its deadline
 * ({@link cn.xuanhua.bot.core.intake.DeadlineReader}) and the appeal's due date
 * ({@link cn.xuanhua.bot.core.intake.DueDateCalculator}), as docs/deadlines.md says.
 * <p>
 * Readings the rules leave open (docs/deadlines.md), decided here:
 * <ul>
 *   <li>"X前/之前" ends with X's day ("8月10日前" = end of 08-10), as the public cases do.</li>
 *   <li>Only deadlines still ahead of the message count. "这周五" said on Saturday is yesterday: it is dropped,
 *       not moved to next week; the same for a clock time already past today ("上午9点前" at 10:00).</li>
 *   <li>"下周X" said on a Sunday is in the Monday–Sunday week that starts tomorrow.</li>
 *   <li>A month-day with no year already past this year is next year's; a bare day ("二十号") already past this
 *       month is next month's; "本月N号" is never moved.</li>
 *   <li>"元月/正月" are January of the solar calendar, as docs/deadlines.md says ("正月十五" = January 15).</li>
 *   <li>"下班前" and part-of-day words without an hour ("下周一上午") keep the date only; "中午前" is 12:00.
 *       A bare hour 1–6 is afternoon, 7–12 morning/noon; "晚上12点" is the end of the day.</li>
 *   <li>A clock time alone means today only with a deadline cue ("下午5点前", "截止下午5点"); "今天" counts only
 *       in a clause that asks for something ("今天必须…", "今天能不能…"), not in "今天又停电了".</li>
 *   <li>"一个月内"/"三个月内" add calendar months, "半个月内" 15 days, "半年内" six months, "N小时内" hours from
 *       the message's minute. "N个工作日" may omit 内.</li>
 *   <li>A bare "节前/节后" means the festival whose days off come first; "年后第一个工作日" is after 春节.</li>
 *   <li>A festival said during its days off: "X节后" is the current block; "X节前" is then past and dropped.</li>
 *   <li>Not read, on purpose: "8.8", "8/8" (decimals and fractions look the same), "月初/月中/上旬", "周末",
 *       "N天后" (as often past as future), lunar dates ("八月十五" — say 中秋).</li>
 *   <li>{@code provisional} is set only for what needed the holiday calendar (working days, festivals) in a
 *       year without an official arrangement; a plain date is never provisional.</li>
 * </ul>
 */
package cn.xuanhua.bot.core.intake;
