/**
 * The official working-day calendar of mainland China as the district uses it: statutory days off, make-up
 * working days (调休), festival dates and their blocks of days off.
 */
package cn.xuanhua.bot.core.calendar;
