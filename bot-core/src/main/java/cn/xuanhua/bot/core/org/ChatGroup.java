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
}
