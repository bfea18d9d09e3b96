/**
 * The audit trail: who changed what through the console or the API, and when (docs/api.md "Audit trail"). A layer-1
 * package: it depends on nothing else in the core, so every use case may record into it.
 */
package cn.xuanhua.bot.core.audit;
