package cn.xuanhua.bot.admin.web.page;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.admin.console.GroupBindingEdits;
import cn.xuanhua.bot.admin.web.ConsoleNames;
import cn.xuanhua.bot.core.error.ConflictException;
import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.GroupBinding;
import cn.xuanhua.bot.core.org.GroupKind;
import cn.xuanhua.bot.core.org.Groups;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;

/**
 * {@code /groups}: every group with its binding, the webhook key only masked. Administrators change chat id,
 * webhook key, owner and the binding mode through {@link GroupBindingEdits}, with the same validation as
 * {@code PUT /api/groups/{code}}, each change recorded in the audit trail.
 */
@Controller
public class GroupPageController {
    private static final Map<GroupKind, String> KINDS = Map.of(GroupKind.INDUSTRY, "行业群", GroupKind.TOWNSHIP,
            "乡镇(街道)群", GroupKind.COORDINATION, "协调群", GroupKind.DEPARTMENT, "部门群");
    private final Groups groups;
    private final GroupBindingEdits bindings;
    private final ConsoleNames names;

    public GroupPageController(Groups groups, GroupBindingEdits bindings, ConsoleNames names) {
        this.groups = groups;
        this.bindings = bindings;
        this.names = names;
    }

    /** A group as the page shows it. */
    public record GroupRow(ChatGroup group, String kind, String webhookKeyMasked, String leadDepartment) {
    }

    @GetMapping("/groups")
    public String list(Model model) {
        ConsoleNames.Names n = names.load();
        List<GroupRow> rows = groups.all().stream().map(g -> new GroupRow(g, KINDS.getOrDefault(g.kind(), g.kind().name()),
                g.webhookKey().masked(), g.leadDepartmentCode() == null ? "" : n.department(g.leadDepartmentCode())))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("modes", GroupBinding.values());
        return "groups";
    }

    /**
     * Saves a binding. Chat id and owner are taken as typed (empty clears); the webhook key is never shown, so an
     * empty key field keeps the key unless "clear" is ticked.
     */
    @PostMapping("/groups/{code}")
    public String bind(ConsoleUser me, @PathVariable String code, @RequestParam(defaultValue = "") String chatId,
                       @RequestParam(defaultValue = "") String webhookKey,
                       @RequestParam(defaultValue = "false") boolean clearWebhookKey,
                       @RequestParam(defaultValue = "") String ownerUserId,
                       @RequestParam(defaultValue = "") String binding, RedirectAttributes flash) {
        String key = clearWebhookKey ? "" : webhookKey.isBlank() ? null : webhookKey.strip();
        try {
            ChatGroup g = bindings.bind(me, code, chatId.strip(), key, ownerUserId.strip(), binding);
            flash.addFlashAttribute("notice", "已保存「" + g.name() + "」的绑定");
        } catch (InvalidInputException | ConflictException e) {
            flash.addFlashAttribute("error", "未保存: " + e.getMessage());
        }
        return "redirect:/groups";
    }
}
