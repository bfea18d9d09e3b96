package cn.xuanhua.bot.core.org;

import cn.xuanhua.bot.core.Secret;

/**
 * A WeCom group the bot serves.
 *
 * @param code               stable code, e.g. {@code tw-nanguan}
 * @param name               display name
 * @param kind               industry, township, coordination or department group
 * @param chatId             WeCom chat id once bound, else null
 * @param webhookKey         the group robot's webhook key (a credential, never printed)
 * @param binding            how the bot posts into the group
 * @param ownerUserId        the group owner's WeCom userid, who may pull digests
 * @param leadDepartmentCode the department or township office that leads the group
 */
public record ChatGroup(String code, String name, GroupKind kind, String chatId, Secret webhookKey,
                        GroupBinding binding, String ownerUserId, String leadDepartmentCode) {
    /** Code prefix of a department's own digest scope: {@code department:office-nanguan}. */
    public static final String DEPARTMENT_SCOPE = "department:";

    /**
     * A department's own scope for digests: not a WeCom group but its appeals wherever they were written, as its
     * working group would count them. Its code is {@code department:CODE}; it cannot be posted to.
     */
    public static ChatGroup departmentScope(String departmentCode, String name) {
        return new ChatGroup(DEPARTMENT_SCOPE + departmentCode, name, GroupKind.DEPARTMENT, null, Secret.empty(),
                GroupBinding.WEBHOOK, null, departmentCode);
    }
}
