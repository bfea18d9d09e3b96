package cn.xuanhua.bot.core.intake;

import java.util.List;

/** One family of time expressions (weekdays, festivals, "N天内", ...). */
interface DeadlineRule {

    /** The {@link Scan} anchor bits of which at least one must be present for this rule to find anything. */
    int anchors();

    /** Adds every expression of this family found in the text, past ones included (the reader drops those). */
    void collect(Scan scan, List<Candidate> out);
}
