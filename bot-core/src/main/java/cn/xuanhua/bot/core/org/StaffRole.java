package cn.xuanhua.bot.core.org;

/** What a department staff member may do. */
public enum StaffRole {
    /** Acts on the appeals of their own department. */
    STAFF,
    /** Acts on all appeals, re-assigns them and approves extensions. */
    DISPATCHER,
    /** A department head or district leader: acts on all appeals and supervises (督办). */
    LEADER
}
