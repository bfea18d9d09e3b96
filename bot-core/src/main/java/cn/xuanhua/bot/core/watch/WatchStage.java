package cn.xuanhua.bot.core.watch;

/** The deadline stages; each happens at most once per appeal and stage, whatever runs and restarts. */
public enum WatchStage {
    /** Not accepted within the response limit: the department's staff and the dispatchers are reminded. */
    RESPONSE_REMINDER("response-reminder"),
    /** One working day before the due date: the handler is reminded. */
    DUE_SOON_REMINDER("due-soon"),
    /** Past the due date and still open: marked overdue, escalated in the coordination group. */
    OVERDUE_ESCALATION("overdue"),
    /** Resolved and not rated within the rating window: closed unrated, left out of 满意率. */
    RATING_TIMEOUT("rating-timeout");

    private final String slug;

    WatchStage(String slug) {
        this.slug = slug;
    }

    /** The stage's part of idempotency keys. */
    public String slug() {
        return slug;
    }
}
