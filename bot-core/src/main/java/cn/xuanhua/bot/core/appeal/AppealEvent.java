package cn.xuanhua.bot.core.appeal;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One entry of an appeal's timeline (a row of {@code appeal_event}).
 *
 * @param at    when it happened (Asia/Shanghai)
 * @param type  what happened
 * @param actor the WeCom userid of who did it, {@value Actor#SYSTEM_ID} for the bot, {@code console:name} for
 *              the admin console
 * @param note  free text (progress note, result, reason, rating), null when there is none
 */
public record AppealEvent(ZonedDateTime at, AppealEventType type, String actor, String note) {

    public AppealEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
    }
}
