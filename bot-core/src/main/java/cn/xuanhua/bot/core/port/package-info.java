/**
 * What the core needs from outside, as interfaces: persistence and messaging adapters in other modules
 * implement them.
 */
package cn.xuanhua.bot.core.port;
