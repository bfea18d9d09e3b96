package cn.xuanhua.bot.core.intake;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When an appeal must be dealt with.
 *
 * @param dueAt  the due moment in Asia/Shanghai
 * @param urgent true when the sender's own deadline was earlier than the category's time limit and was taken
 */
public record DueDate(ZonedDateTime dueAt, boolean urgent) {
    public DueDate {
        Objects.requireNonNull(dueAt, "dueAt");
    }
}
