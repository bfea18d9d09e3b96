package cn.xuanhua.bot.core.port;

import cn.xuanhua.bot.core.Secret;
import cn.xuanhua.bot.core.org.ChatGroup;

import java.util.List;
import java.util.Optional;

/** The groups the bot serves. Implemented by persistence. */
public interface Groups {

    /** Every group, industry groups first, then townships, the coordination group first of all. */
    List<ChatGroup> all();

    Optional<ChatGroup> byCode(String code);

    /** The group bound to a WeCom chat id, if any. */
    Optional<ChatGroup> byChatId(String chatId);

    /**
     * Binds a group to WeCom. A null argument leaves that field as it is; an empty string clears it.
     *
     * @throws cn.xuanhua.bot.core.error.NotFoundException when no group has that code
     * @throws cn.xuanhua.bot.core.error.ConflictException  when another group already has that chat id
     */
    ChatGroup updateBinding(String code, String chatId, Secret webhookKey, String ownerUserId);
}
