package cn.xuanhua.bot.core.audit;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One change as the audit trail keeps it.
 *
 * @param at     when it was committed, a local date-time in the bot's zone (Asia/Shanghai)
 * @param actor  the console account that made it ({@code admin}, a staff member's log-in name)
 * @param action what was done, in Chinese ({@code 修改群绑定}, {@code 添加工作人员})
 * @param target what it was done to (a group code, a userid, an appeal number, a rule's id)
 * @param detail what changed, {@code 字段: 之前 → 之后; …}; secrets only as {@link Changes#CHANGED}
 */
public record AuditEntry(LocalDateTime at, String actor, String action, String target, String detail) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        target = target == null ? "" : target;
        detail = detail == null ? "" : detail;
    }
}
