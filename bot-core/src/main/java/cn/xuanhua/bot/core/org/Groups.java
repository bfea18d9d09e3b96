package cn.xuanhua.bot.core.org;

import cn.xuanhua.bot.core.Secret;

import java.util.List;
import java.util.Optional;

/** The groups the bot serves. Implemented by persistence. */
public interface Groups {

    /** Every group, industry groups first, then townships, the coordination group first of all. */
    List<ChatGroup> all();

    Optional<ChatGroup> byCode(String code);

    /**
     * The industry or township group a person means by {@code name}: its code, its full name, or a unique part of
     * it ("南关街道", "南关"). Empty when none or several match.
     */
    default Optional<ChatGroup> named(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = name.strip();
        List<ChatGroup> open = all().stream()
                .filter(g -> g.kind().takesAppeals()).toList();
        Optional<ChatGroup> exact = open.stream()
                .filter(g -> g.code().equalsIgnoreCase(wanted) || g.name().equals(wanted)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        List<ChatGroup> partial = open.stream().filter(g -> g.name().contains(wanted)).toList();
        return partial.size() == 1 ? Optional.of(partial.get(0)) : Optional.empty();
    }

    /** The group bound to a WeCom chat id, if any. */
    Optional<ChatGroup> byChatId(String chatId);

    /**
     * Binds a group to WeCom. A null argument leaves that field as it is; an empty string clears it.
     *
     * @throws cn.xuanhua.bot.core.error.NotFoundException when no group has that code
     * @throws cn.xuanhua.bot.core.error.ConflictException  when another group already has that chat id
     */
    default ChatGroup updateBinding(String code, String chatId, Secret webhookKey, String ownerUserId) {
        return updateBinding(code, chatId, webhookKey, ownerUserId, null);
    }

    /**
     * Binds a group to WeCom and sets how the bot posts into it ({@code mode} null: as it is). The values are taken as
     * given: {@link GroupBindings} checks them first.
     *
     * @throws cn.xuanhua.bot.core.error.NotFoundException when no group has that code
     * @throws cn.xuanhua.bot.core.error.ConflictException  when another group already has that chat id
     */
    ChatGroup updateBinding(String code, String chatId, Secret webhookKey, String ownerUserId, GroupBinding mode);
}
