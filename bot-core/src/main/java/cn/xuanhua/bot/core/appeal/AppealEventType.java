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
    DUE_SOON_REMINDED("临期提醒"),
    /** 并单: one more requester (the actor) reported the same problem; they now count as its requester. */
    REQUESTER_JOINED("并单"),
    /** 拆单: a requester (the actor) who had joined by 并单 is one no more. */
    REQUESTER_LEFT("拆单"),
    /** 并单 by hand, on the appeal kept: another appeal was merged into this one (note: its number). */
    MERGED_IN("并入他单"),
    /** 并单 by hand, on the appeal merged away: it is closed into the one kept (note: that number). */
    MERGED_AWAY("并单结案"),
    /** 拆单, on the appeal merged away: it stands on its own again. */
    SPLIT("拆单恢复"),
    /** 拆单, on the appeal kept: the other appeal was split off again (note: its number). */
    SPLIT_OFF("拆出他单");

    private final String label;

    AppealEventType(String label) {
        this.label = label;
    }

    /** The Chinese label of the timeline. */
    public String label() {
        return label;
    }
}
