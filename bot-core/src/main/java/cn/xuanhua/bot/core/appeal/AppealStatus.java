package cn.xuanhua.bot.core.appeal;

/**
 * Where an appeal stands. PENDING → ACCEPTED → RESOLVED → CLOSED; 转办/改派/退回 send it back to PENDING at
 * another department, and 不满意 sends a RESOLVED appeal back to ACCEPTED.
 */
public enum AppealStatus {
    /** Waiting for the department to accept it (待受理). */
    PENDING("待受理"),
    /** Accepted and being handled (已受理, 办理中). */
    ACCEPTED("办理中"),
    /** Handled; waiting for the requester's rating (已办结). */
    RESOLVED("已办结待评价"),
    /** Rated, or closed unrated after the rating window (已结案). */
    CLOSED("已结案");

    private final String label;

    AppealStatus(String label) {
        this.label = label;
    }

    /** The Chinese label shown in chats and the console. */
    public String label() {
        return label;
    }

    /** Whether the department still owes work on it: pending or accepted (deadlines and reminders apply). */
    public boolean isOpen() {
        return this == PENDING || this == ACCEPTED;
    }
}
