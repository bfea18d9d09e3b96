package cn.xuanhua.bot.core;

import java.util.List;

/**
 * One page of a longer listing: its items, the page number (from 1) and size asked for, and how many items the whole
 * listing holds.
 */
public record ResultPage<T>(List<T> items, long page, long size, long total) {

    public ResultPage {
        items = List.copyOf(items);
    }

    /** A page of nothing, as shown when a filter cannot match (a department a user may not see). */
    public static <T> ResultPage<T> empty(long page, long size) {
        return new ResultPage<>(List.of(), page, size, 0);
    }

    /** How many pages the whole listing fills; none when it is empty. */
    public long pages() {
        return size == 0 ? 0 : (total + size - 1) / size;
    }
}
