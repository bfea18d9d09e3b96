package cn.xuanhua.bot.core.watch;

import cn.xuanhua.bot.core.appeal.AppealNumber;

/** One thing the deadline watch did to one appeal. */
public record WatchAction(AppealNumber appeal, WatchStage stage) {
}
