package cn.xuanhua.bot.core.org;

/** The kinds of WeCom group the bot serves. */
public enum GroupKind {
    /** One of the 8 industry groups (优质企业, 规上工业, ...), led by a district department. */
    INDUSTRY,
    /** One of the 21 township/street groups, led by its township or street office. */
    TOWNSHIP,
    /** The district's coordination group (宣化区市场主体诉求解决交流群): escalations and district digests. */
    COORDINATION,
    /** A department's own working group, where its staff may give commands. */
    DEPARTMENT;

    /** Whether owners' messages here may become appeals: the industry and township groups (市场主体交流群). */
    public boolean takesAppeals() {
        return this == INDUSTRY || this == TOWNSHIP;
    }
}
