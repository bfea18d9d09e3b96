package cn.xuanhua.bot.core.watch;

/**
 * The deadline watch's limits, in working days.
 *
 * @param responseLimitDays an appeal not accepted this long after it reached a department is reminded (1)
 * @param ratingWindowDays  a resolved appeal not rated this long after 办结 is closed unrated (3)
 */
public record WatchSettings(int responseLimitDays, int ratingWindowDays) {

    public WatchSettings {
        if (responseLimitDays < 1 || ratingWindowDays < 1) {
            throw new IllegalArgumentException("limits must be at least one working day");
        }
    }

    public static WatchSettings defaults() {
        return new WatchSettings(1, 3);
    }
}
