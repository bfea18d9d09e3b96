package cn.xuanhua.bot.admin.web.page;

import cn.xuanhua.bot.admin.account.ConsoleAccounts;
import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.admin.console.StaffEdits;
import cn.xuanhua.bot.admin.web.ConsoleNames;
import cn.xuanhua.bot.core.error.ConflictException;
import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.error.NotFoundException;
import cn.xuanhua.bot.core.org.StaffMember;
import cn.xuanhua.bot.core.org.StaffRole;
import cn.xuanhua.bot.core.org.StaffDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;

/**
 * {@code /staff}: the registered staff and their console accounts. Administrators add staff through
 * {@link StaffEdits} (the checks of {@code POST /api/staff}) and create or reset a staff member's account, each
 * change recorded in the audit trail.
 */
@Controller
public class StaffPageController {
    private static final Map<StaffRole, String> ROLES = Map.of(StaffRole.STAFF, "工作人员",
            StaffRole.DISPATCHER, "分拨员", StaffRole.LEADER, "领导");
    private final StaffDirectory staff;
    private final StaffEdits edits;
    private final ConsoleAccounts accounts;
    private final ConsoleNames names;

    public StaffPageController(StaffDirectory staff, StaffEdits edits, ConsoleAccounts accounts,
                               ConsoleNames names) {
        this.staff = staff;
        this.edits = edits;
        this.accounts = accounts;
        this.names = names;
    }

    /** A staff member as the page shows them, with their console log-in name if any. */
    public record StaffRow(StaffMember member, String department, String role, String username) {
    }

    @GetMapping("/staff")
    public String list(Model model) {
        ConsoleNames.Names n = names.load();
        Map<String, String> usernames = accounts.usernamesByStaff();
        model.addAttribute("rows", staff.all().stream().map(s -> new StaffRow(s, n.department(s.departmentCode()),
                ROLES.get(s.role()), usernames.get(s.userId()))).toList());
        model.addAttribute("departments", n.departments());
        model.addAttribute("roles", ROLES);
        return "staff";
    }

    @PostMapping("/staff")
    public String add(ConsoleUser me, @RequestParam(defaultValue = "") String userId,
                      @RequestParam(defaultValue = "") String name,
                      @RequestParam(defaultValue = "") String departmentCode,
                      @RequestParam(defaultValue = "STAFF") StaffRole role, RedirectAttributes flash) {
        try {
            StaffMember added = edits.register(me, userId.strip(), name, departmentCode, role);
            flash.addFlashAttribute("notice", "已添加 " + added.name() + " (" + added.userId() + ")");
        } catch (InvalidInputException | ConflictException e) {
            flash.addFlashAttribute("error", "未添加: " + e.getMessage());
        }
        return "redirect:/staff";
    }

    @PostMapping("/staff/{userId}/account")
    public String account(ConsoleUser me, @PathVariable String userId, @RequestParam(defaultValue = "") String username,
                          @RequestParam(defaultValue = "") String password, RedirectAttributes flash) {
        try {
            edits.saveAccount(me, userId, username, password);
            flash.addFlashAttribute("notice", "已为 " + userId + " 设置控制台账号 " + username.strip());
        } catch (InvalidInputException | ConflictException | NotFoundException e) {
            flash.addFlashAttribute("error", "未设置: " + e.getMessage());
        }
        return "redirect:/staff";
    }
}
