package cn.xuanhua.bot.core.org;

import cn.xuanhua.bot.core.Secret;
import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.error.NotFoundException;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Binds a seeded group to its WeCom chat, robot webhook key and owner, and sets how the bot posts into it
 * (docs/wecom.md "Group bindings"), validating each value.
 */
public final class GroupBindings {
    private static final Pattern CHAT_ID = Pattern.compile("[A-Za-z0-9_@.-]{1,64}");
    /** A robot webhook key is a UUID; accept any 8–128 characters of the URL-safe alphabet. */
    private static final Pattern WEBHOOK_KEY = Pattern.compile("[A-Za-z0-9_-]{8,128}");

    private final Groups groups;

    public GroupBindings(Groups groups) {
        this.groups = groups;
    }

    /**
     * Updates the binding; a null value leaves a field unchanged, an empty string clears it.
     *
     * @throws NotFoundException     when the group does not exist
     * @throws InvalidInputException when a value is malformed (nothing is changed then)
     */
    public ChatGroup bind(String code, String chatId, String webhookKey, String ownerUserId) {
        return bind(code, chatId, webhookKey, ownerUserId, null);
    }

    /**
     * Updates the binding and its mode ({@code mode} null or empty: unchanged). A group switched to another mode must
     * end up with what that mode needs: {@code WEBHOOK} a webhook key, {@code APPCHAT} a chat id, {@code EXTERNAL} a
     * chat id and an owner. A group that keeps its mode may still lose them (it is then parked with the reason when
     * posted to), so that an administrator can clear a leaked key at once.
     *
     * @throws NotFoundException     when the group does not exist
     * @throws InvalidInputException when a value or the mode is malformed, or the new mode lacks what it needs
     */
    public ChatGroup bind(String code, String chatId, String webhookKey, String ownerUserId, String mode) {
        ChatGroup current = groups.byCode(code).orElseThrow(() -> new NotFoundException("未知的群: " + code));
        check("chatId", chatId, CHAT_ID);
        check("webhookKey", webhookKey, WEBHOOK_KEY);
        if (ownerUserId != null && !ownerUserId.isEmpty() && !WeComUserIds.isValid(ownerUserId)) {
            throw new InvalidInputException("ownerUserId 格式不正确");
        }
        GroupBinding binding = mode(mode);
        if (binding != null && binding != current.binding()) {
            requireWhatTheModeNeeds(binding, after(chatId, current.chatId()),
                    webhookKey == null ? current.webhookKey().isSet() : !webhookKey.isEmpty(),
                    after(ownerUserId, current.ownerUserId()));
        }
        Secret key = webhookKey == null ? null : Secret.of(webhookKey);
        return groups.updateBinding(code, chatId, key, ownerUserId, binding);
    }

    /** The mode a request names, null when it names none. */
    private static GroupBinding mode(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String wanted = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(GroupBinding.values()).filter(b -> b.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException("binding 须为 WEBHOOK、APPCHAT 或 EXTERNAL"));
    }

    private static void requireWhatTheModeNeeds(GroupBinding mode, String chatId, boolean keySet, String owner) {
        switch (mode) {
            case WEBHOOK -> {
                if (!keySet) {
                    throw new InvalidInputException("WEBHOOK 方式需要群机器人的 webhookKey");
                }
            }
            case APPCHAT -> {
                if (chatId == null) {
                    throw new InvalidInputException("APPCHAT 方式需要群聊 chatId");
                }
            }
            case EXTERNAL -> {
                if (chatId == null || owner == null) {
                    throw new InvalidInputException("EXTERNAL 方式需要 chatId 和群主 ownerUserId");
                }
            }
        }
    }

    /** A field's value after the update: null leaves it, empty clears it. */
    private static String after(String given, String current) {
        if (given == null) {
            return current;
        }
        return given.isEmpty() ? null : given;
    }

    private static void check(String field, String value, Pattern pattern) {
        if (value != null && !value.isEmpty() && !pattern.matcher(value).matches()) {
            // The value itself is not echoed: it may be a credential.
            throw new InvalidInputException(field + " 格式不正确");
        }
    }
}
