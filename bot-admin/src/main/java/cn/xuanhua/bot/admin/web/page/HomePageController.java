package cn.xuanhua.bot.admin.web.page;

import cn.xuanhua.bot.admin.config.BotProperties;
import cn.xuanhua.bot.core.port.Departments;
import cn.xuanhua.bot.core.port.Groups;
import cn.xuanhua.bot.core.port.StaffDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's start page: what the bot serves and where to go next. */
@Controller
public class HomePageController {
    private final Groups groups;
    private final Departments departments;
    private final StaffDirectory staff;
    private final BotProperties properties;

    public HomePageController(Groups groups, Departments departments, StaffDirectory staff, BotProperties properties) {
        this.groups = groups;
        this.departments = departments;
        this.staff = staff;
        this.properties = properties;
    }

    @GetMapping("/")
    public String home(Model model) {
        model.addAttribute("groupCount", groups.all().size());
        model.addAttribute("departmentCount", departments.all().size());
        model.addAttribute("staffCount", staff.all().size());
        model.addAttribute("sandbox", properties.wecom().sandbox());
        return "home";
    }
}
