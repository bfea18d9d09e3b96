package cn.xuanhua.bot.core.org;

/** What kind of handling unit a department is. */
public enum DepartmentKind {
    /** A district department (行政审批局, 人社局, ...). */
    DISTRICT,
    /** A township government or street office. */
    TOWNSHIP,
    /** A public utility that takes appeals (供电公司). */
    UTILITY
}
