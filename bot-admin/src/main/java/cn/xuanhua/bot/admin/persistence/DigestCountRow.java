package cn.xuanhua.bot.admin.persistence;

/** One department's row of a digest count statement; each statement fills its own columns, the rest stay null. */
public class DigestCountRow {
    private String departmentCode;
    private Long created;
    private Long respondedInTime;
    private Long accepted;
    private Long resolved;
    private Long resolvedOnTime;
    private Long resolvedNotReopened;
    private Long rated;
    private Long satisfied;
    private Long openCount;
    private Long overdueCount;

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public Long getCreated() {
        return created;
    }

    public void setCreated(Long created) {
        this.created = created;
    }

    public Long getRespondedInTime() {
        return respondedInTime;
    }

    public void setRespondedInTime(Long respondedInTime) {
        this.respondedInTime = respondedInTime;
    }

    public Long getAccepted() {
        return accepted;
    }

    public void setAccepted(Long accepted) {
        this.accepted = accepted;
    }

    public Long getResolved() {
        return resolved;
    }

    public void setResolved(Long resolved) {
        this.resolved = resolved;
    }

    public Long getResolvedOnTime() {
        return resolvedOnTime;
    }

    public void setResolvedOnTime(Long resolvedOnTime) {
        this.resolvedOnTime = resolvedOnTime;
    }

    public Long getResolvedNotReopened() {
        return resolvedNotReopened;
    }

    public void setResolvedNotReopened(Long resolvedNotReopened) {
        this.resolvedNotReopened = resolvedNotReopened;
    }

    public Long getRated() {
        return rated;
    }

    public void setRated(Long rated) {
        this.rated = rated;
    }

    public Long getSatisfied() {
        return satisfied;
    }

    public void setSatisfied(Long satisfied) {
        this.satisfied = satisfied;
    }

    public Long getOpenCount() {
        return openCount;
    }

    public void setOpenCount(Long openCount) {
        this.openCount = openCount;
    }

    public Long getOverdueCount() {
        return overdueCount;
    }

    public void setOverdueCount(Long overdueCount) {
        this.overdueCount = overdueCount;
    }
}
