package cn.xuanhua.bot.core.outbound;

import java.util.Objects;

/**
 * Whether the bot can post to a recipient as things are bound now, and if not, why, in words for the console
 * (e.g. {@code 群 tw-nanguan 未设置机器人 webhook key}).
 *
 * @param problem null when the recipient is reachable
 */
public record Reachability(String problem) {
    public static final Reachability REACHABLE = new Reachability(null);

    public static Reachability unreachable(String problem) {
        return new Reachability(Objects.requireNonNull(problem));
    }

    public boolean reachable() {
        return problem == null;
    }
}
