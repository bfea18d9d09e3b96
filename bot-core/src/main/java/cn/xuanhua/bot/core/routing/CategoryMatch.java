package cn.xuanhua.bot.core.routing;

import java.util.List;

/**
 * The category a message was placed in.
 *
 * @param category the winning category, {@code other} (其他) when no keyword matched
 * @param score    the summed weight of its keywords found in the message; 0 for the fallback
 * @param keywords the keywords of the winning category that were found, in text order
 */
public record CategoryMatch(Category category, int score, List<String> keywords) {

    public CategoryMatch {
        keywords = List.copyOf(keywords);
    }

    /** Whether some keyword placed the message, rather than the fallback. */
    public boolean matched() {
        return score > 0;
    }
}
