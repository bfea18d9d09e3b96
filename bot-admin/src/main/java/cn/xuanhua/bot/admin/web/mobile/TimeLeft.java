package cn.xuanhua.bot.admin.web.mobile;

import java.time.Duration;
import java.time.LocalDateTime;

/** How long until an appeal is due, the way a person says it: 还剩 3 小时, 已超期 1 天. */
final class TimeLeft {
    private TimeLeft() {
    }

    static String until(LocalDateTime due, LocalDateTime now) {
        Duration left = Duration.between(now, due);
        boolean late = left.isNegative();
        Duration span = left.abs();
        String amount;
        if (span.toDays() >= 1) {
            amount = span.toDays() + " 天";
        } else if (span.toHours() >= 1) {
            amount = span.toHours() + " 小时";
        } else {
            amount = Math.max(1, span.toMinutes()) + " 分钟";
        }
        return (late ? "已超期 " : "还剩 ") + amount;
    }
}
