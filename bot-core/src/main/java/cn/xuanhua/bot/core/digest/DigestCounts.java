package cn.xuanhua.bot.core.digest;

/**
 * What the database counted for one week (docs/rates.md), for one department or summed over several.
 *
 * @param created             appeals created in the week
 * @param respondedInTime     of those, accepted within the response limit (see {@link DigestWindow})
 * @param accepted            appeals accepted in the week ({@code accepted_at}, the first acceptance)
 * @param resolved            appeals resolved in the week ({@code resolved_at}, the latest 办结)
 * @param resolvedOnTime      of those, resolved by their {@code due_at}
 * @param resolvedNotReopened of those, not reopened by a 不满意
 * @param rated               ratings given in the week ({@code rated_at}, the latest rating of each appeal)
 * @param satisfied           of those, 满意 or 基本满意
 * @param open                appeals open (not yet resolved) at the window's {@code asOf}
 * @param overdue             of those, past their {@code due_at}
 * @param responseDue         of the appeals created, those 响应率 judges: all of them for a past week; for the week
 *                            still running, those accepted or whose response limit has ended (one still inside its
 *                            window counts neither for nor against, docs/rates.md)
 */
public record DigestCounts(long created, long respondedInTime, long accepted, long resolved, long resolvedOnTime,
                           long resolvedNotReopened, long rated, long satisfied, long open, long overdue,
                           long responseDue) {

    public static final DigestCounts NONE = new DigestCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public DigestCounts {
        for (long n : new long[]{created, respondedInTime, accepted, resolved, resolvedOnTime, resolvedNotReopened,
                rated, satisfied, open, overdue, responseDue}) {
            if (n < 0) {
                throw new IllegalArgumentException("counts cannot be negative");
            }
        }
        if (respondedInTime > responseDue || responseDue > created || resolvedOnTime > resolved
                || resolvedNotReopened > resolved || satisfied > rated || overdue > open) {
            throw new IllegalArgumentException("a part exceeds its whole");
        }
    }

    /** Counts in which every appeal created is judged for 响应率 (a past week). */
    public DigestCounts(long created, long respondedInTime, long accepted, long resolved, long resolvedOnTime,
                        long resolvedNotReopened, long rated, long satisfied, long open, long overdue) {
        this(created, respondedInTime, accepted, resolved, resolvedOnTime, resolvedNotReopened, rated, satisfied, open,
                overdue, created);
    }

    public DigestCounts plus(DigestCounts o) {
        return new DigestCounts(created + o.created, respondedInTime + o.respondedInTime, accepted + o.accepted,
                resolved + o.resolved, resolvedOnTime + o.resolvedOnTime, resolvedNotReopened + o.resolvedNotReopened,
                rated + o.rated, satisfied + o.satisfied, open + o.open, overdue + o.overdue,
                responseDue + o.responseDue);
    }

    /** The four rates these counts give. */
    public Rates rates() {
        return Rates.of(this);
    }

    /** Whether anything happened, or is still open, in this week. */
    public boolean isEmpty() {
        return equals(NONE);
    }
}
