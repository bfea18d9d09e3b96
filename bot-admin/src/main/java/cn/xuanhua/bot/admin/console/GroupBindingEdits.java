package cn.xuanhua.bot.admin.console;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.admin.audit.AuditLog;
import cn.xuanhua.bot.core.error.NotFoundException;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.GroupBindings;
import cn.xuanhua.bot.core.org.Groups;
import org.springframework.stereotype.Service;

/**
 * A group's binding changed from {@code /groups} or {@code PUT /api/groups/{code}}: checked by {@link GroupBindings},
 * stored and recorded in the audit trail together, the webhook key only as 已更改.
 */
@Service
public class GroupBindingEdits {
    private final Groups groups;
    private final GroupBindings bindings;
    private final AuditLog audit;

    public GroupBindingEdits(Groups groups, GroupBindings bindings, AuditLog audit) {
        this.groups = groups;
        this.bindings = bindings;
        this.audit = audit;
    }

    /**
     * See {@link GroupBindings#bind(String, String, String, String, String)}: null leaves a field, empty clears it.
     */
    public ChatGroup bind(ConsoleUser by, String code, String chatId, String webhookKey, String ownerUserId,
                          String mode) {
        return audit.change(by, "修改群绑定", code, changes -> {
            ChatGroup before = groups.byCode(code).orElseThrow(() -> new NotFoundException("未知的群: " + code));
            ChatGroup after = bindings.bind(code, chatId, webhookKey, ownerUserId, mode);
            changes.field("发送方式", before.binding(), after.binding())
                    .field("群聊 ID", before.chatId(), after.chatId())
                    .secret("webhook key", before.webhookKey(), after.webhookKey())
                    .field("群主", before.ownerUserId(), after.ownerUserId());
            return after;
        });
    }
}
