package cn.xuanhua.bot.core.appeal;

import java.util.Arrays;
import java.util.Optional;

/** The requester's rating of a resolved appeal. Only the first two count towards 满意率. */
public enum Satisfaction {
    SATISFIED("满意", true),
    BASICALLY_SATISFIED("基本满意", true),
    DISSATISFIED("不满意", false);

    private final String label;
    private final boolean satisfied;

    Satisfaction(String label, boolean satisfied) {
        this.label = label;
        this.satisfied = satisfied;
    }

    /** The word the requester writes, and the label shown back. */
    public String label() {
        return label;
    }

    /** Whether this rating counts as satisfied in 满意率 (满意 and 基本满意 do, 不满意 does not). */
    public boolean countsAsSatisfied() {
        return satisfied;
    }

    /** The rating a requester means by {@code word} (满意, 基本满意, 不满意). */
    public static Optional<Satisfaction> fromLabel(String word) {
        return Arrays.stream(values()).filter(s -> s.label.equals(word)).findFirst();
    }
}
