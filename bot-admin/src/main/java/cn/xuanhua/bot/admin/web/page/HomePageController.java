package cn.xuanhua.bot.admin.web.page;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.admin.dashboard.Dashboard;
import cn.xuanhua.bot.admin.dashboard.DashboardService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** {@code /}: this week's four rates, open and overdue counts, the 12-week trend and the most overdue appeals. */
@Controller
public class HomePageController {
    private final DashboardService dashboards;
    private final Clock clock;

    public HomePageController(DashboardService dashboards, Clock clock) {
        this.dashboards = dashboards;
        this.clock = clock;
    }

    @GetMapping("/")
    public String home(ConsoleUser me, Model model) {
        Dashboard d = dashboards.build(me);
        model.addAttribute("dash", d);
        model.addAttribute("rates", d.thisWeek().rates());
        model.addAttribute("counts", d.thisWeek().counts());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("days", ChronoUnit.DAYS);
        return "home";
    }
}
