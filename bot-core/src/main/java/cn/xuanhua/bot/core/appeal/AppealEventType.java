package cn.xuanhua.bot.core.appeal;

/** What happened to an appeal; stored by name in {@code appeal_event.type} (at most 24 characters). */
public enum AppealEventType {
    CREATED("提交"),
    ACCEPTED("受理"),
    PROGRESS("进展"),
    RESOLVED("办结"),
    TRANSFERRED("转办"),
    REASSIGNED("改派"),
    RETURNED("退回"),
    EXTENSION_REQUESTED("申请延期"),
    EXTENSION_APPROVED("批准延期"),
    EXTENSION_REJECTED("不批准延期"),
    SUPERVISED("督办"),
    SUPPLEMENTED("补充"),
    RATED("评价"),
    REOPENED("重新办理"),
    CLOSED_UNRATED("超时未评价结案"),
    OVERDUE("超期"),
    RESPONSE_REMINDED("未受理提醒"),
    DUE_SOON_REMINDED("临期提醒");

    private final String label;

    AppealEventType(String label) {
        this.label = label;
    }

    /** The Chinese label of the timeline. */
    public String label() {
        return label;
    }
}
