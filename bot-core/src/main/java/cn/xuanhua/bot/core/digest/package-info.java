/**
 * Weekly digests (周报): the week's numbers and the four rates of docs/rates.md, computed by the database
 * ({@link cn.xuanhua.bot.core.digest.DigestQueries}), ranked by department for the coordination group, written as
 * chat markdown and drawn as a chart, and posted into the group on request (周报) and every Monday.
 */
package cn.xuanhua.bot.core.digest;
