package cn.xuanhua.bot.admin.web.api;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.admin.console.GroupBindingEdits;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.Groups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code GET /api/groups} and {@code PUT /api/groups/{code}} (docs/api.md). */
@RestController
@RequestMapping("/api/groups")
public class GroupApiController {
    private final Groups groups;
    private final GroupBindingEdits bindings;

    public GroupApiController(Groups groups, GroupBindingEdits bindings) {
        this.groups = groups;
        this.bindings = bindings;
    }

    /** A group as the API shows it: the webhook key only as "set or not"; {@code binding} how the bot posts. */
    public record GroupView(String code, String name, String kind, String chatId, boolean webhookKeySet,
                            String ownerUserId, String leadDepartmentCode, String binding) {
        static GroupView of(ChatGroup g) {
            return new GroupView(g.code(), g.name(), g.kind().name(), g.chatId(), g.webhookKey().isSet(),
                    g.ownerUserId(), g.leadDepartmentCode(), g.binding().name());
        }
    }

    /**
     * What PUT takes; a field left out stays as it is, an empty string clears it. {@code binding} is
     * {@code WEBHOOK}, {@code APPCHAT} or {@code EXTERNAL} (docs/wecom.md "Group bindings").
     */
    public record GroupBindingRequest(String chatId, String webhookKey, String ownerUserId, String binding) {
        @Override
        public String toString() {
            return "GroupBindingRequest[chatId=" + chatId + ", webhookKey=hidden, ownerUserId=" + ownerUserId
                    + ", binding=" + binding + "]";
        }
    }

    @GetMapping
    public List<GroupView> list() {
        return groups.all().stream().map(GroupView::of).toList();
    }

    @GetMapping("/{code}")
    public GroupView one(@PathVariable String code) {
        return groups.byCode(code).map(GroupView::of)
                .orElseThrow(() -> new cn.xuanhua.bot.core.error.NotFoundException("未知的群: " + code));
    }

    @PutMapping("/{code}")
    public GroupView bind(ConsoleUser me, @PathVariable String code, @RequestBody GroupBindingRequest request) {
        return GroupView.of(bindings.bind(me, code, request.chatId(), request.webhookKey(), request.ownerUserId(),
                request.binding()));
    }
}
