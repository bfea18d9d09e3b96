package cn.xuanhua.bot.core.appeal;

import java.util.Objects;

/**
 * A transition that was not allowed; nothing changed.
 *
 * @param reason a short Chinese sentence for the person who asked, e.g. 该诉求不属于您所在部门
 */
public record Refusal(String reason) implements Transition {

    public Refusal {
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public boolean done() {
        return false;
    }
}
