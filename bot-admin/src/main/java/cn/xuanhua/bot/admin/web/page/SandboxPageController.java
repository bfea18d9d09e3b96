package cn.xuanhua.bot.admin.web.page;

import cn.xuanhua.bot.admin.config.BotProperties;
import cn.xuanhua.bot.core.org.GroupKind;
import cn.xuanhua.bot.core.org.Groups;
import cn.xuanhua.bot.core.org.StaffDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/** {@code /sandbox}: the groups as chat windows, only in sandbox mode (404 when live). */
@Controller
public class SandboxPageController {
    private final Groups groups;
    private final StaffDirectory staff;
    private final BotProperties properties;

    public SandboxPageController(Groups groups, StaffDirectory staff, BotProperties properties) {
        this.groups = groups;
        this.staff = staff;
        this.properties = properties;
    }

    @GetMapping("/sandbox")
    public String sandbox(Model model) {
        if (!properties.wecom().sandbox()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var all = groups.all();
        model.addAttribute("coordination", all.stream().filter(g -> g.kind() == GroupKind.COORDINATION).toList());
        model.addAttribute("industry", all.stream().filter(g -> g.kind() == GroupKind.INDUSTRY).toList());
        model.addAttribute("township", all.stream().filter(g -> g.kind() == GroupKind.TOWNSHIP).toList());
        model.addAttribute("staff", staff.all());
        return "sandbox";
    }
}
