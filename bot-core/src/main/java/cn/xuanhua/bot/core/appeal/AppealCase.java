package cn.xuanhua.bot.core.appeal;

import java.util.List;

/**
 * One appeal as its page and {@code GET /api/appeals/{number}} show it: the listing, the original text (to be shown
 * to the handling department and administrators only) and the timeline, oldest first.
 */
public record AppealCase(AppealListing appeal, String originalText, List<TimelineEntry> timeline) {

    public AppealCase {
        timeline = List.copyOf(timeline);
    }
}
