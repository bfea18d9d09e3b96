package cn.xuanhua.bot.core.digest;

/**
 * Whose appeals a digest counts: one group's (industry and township groups), one department's (a department's
 * working group), or every group's (the coordination group). At most one of the two codes is set.
 *
 * @param groupCode      the appeals written in this group, or null
 * @param departmentCode the appeals now at this department, or null
 */
public record DigestScope(String groupCode, String departmentCode) {

    public DigestScope {
        if (groupCode != null && departmentCode != null) {
            throw new IllegalArgumentException("a digest scope is a group or a department, not both");
        }
    }

    public static DigestScope everyGroup() {
        return new DigestScope(null, null);
    }

    public static DigestScope group(String code) {
        return new DigestScope(code, null);
    }

    public static DigestScope department(String code) {
        return new DigestScope(null, code);
    }

    /** True for the district-wide scope of the coordination group. */
    public boolean everything() {
        return groupCode == null && departmentCode == null;
    }
}
