package cn.xuanhua.bot.admin.persistence;

import lombok.Getter;
import lombok.Setter;
/** One department's row of a digest count statement; each statement fills its own columns, the rest stay null. */
@Getter
@Setter
public class DigestCountRow {
    private String departmentCode;
    /** The week of a trend statement, 0 for the first. */
    private Integer week;
    private Long created;
    private Long respondedInTime;
    private Long responseDue;
    private Long accepted;
    private Long resolved;
    private Long resolvedOnTime;
    private Long resolvedNotReopened;
    private Long rated;
    private Long satisfied;
    private Long openCount;
    private Long overdueCount;
}
