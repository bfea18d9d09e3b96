package cn.xuanhua.bot.core.org;

import cn.xuanhua.bot.core.Secret;
import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.error.NotFoundException;

import java.util.regex.Pattern;

/** Binds a seeded group to its WeCom chat, robot webhook key and owner, validating each value. */
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
        groups.byCode(code).orElseThrow(() -> new NotFoundException("未知的群: " + code));
        check("chatId", chatId, CHAT_ID);
        check("webhookKey", webhookKey, WEBHOOK_KEY);
        if (ownerUserId != null && !ownerUserId.isEmpty() && !WeComUserIds.isValid(ownerUserId)) {
            throw new InvalidInputException("ownerUserId 格式不正确");
        }
        Secret key = webhookKey == null ? null : Secret.of(webhookKey);
        return groups.updateBinding(code, chatId, key, ownerUserId);
    }

    private static void check(String field, String value, Pattern pattern) {
        if (value != null && !value.isEmpty() && !pattern.matcher(value).matches()) {
            // The value itself is not echoed: it may be a credential.
            throw new InvalidInputException(field + " 格式不正确");
        }
    }
}
