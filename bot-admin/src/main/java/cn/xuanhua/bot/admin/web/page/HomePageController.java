package cn.xuanhua.bot.admin.web.page;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.admin.dashboard.Dashboard;
import cn.xuanhua.bot.admin.dashboard.DashboardService;
import cn.xuanhua.bot.core.error.BotException;
import cn.xuanhua.bot.core.error.ForbiddenException;
import cn.xuanhua.bot.core.error.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * {@code /?week=2026-W47&group=CODE}: a week's four rates and counts for the district, a group or the user's
 * department, the rankings with their change against the week before, the category × township heat map, the
 * 12-week trend and the most overdue appeals; every figure links to its appeals. A bad week or group answers 400
 * with the reason on the page above this week's district figures; a group a staff member may not read, 403 the same
 * way.
 */
@Controller
public class HomePageController {
    private final DashboardService dashboards;
    private final Clock clock;

    public HomePageController(DashboardService dashboards, Clock clock) {
        this.dashboards = dashboards;
        this.clock = clock;
    }

    @GetMapping("/")
    public String home(ConsoleUser me, @RequestParam(required = false) String week,
                       @RequestParam(required = false) String group, Model model, HttpServletResponse response) {
        Dashboard d;
        try {
            d = dashboards.build(me, week, group);
            model.addAttribute("pickedWeek", week == null || week.isBlank() ? d.week().isoWeek() : week.strip());
        } catch (InvalidInputException | ForbiddenException e) {
            response.setStatus(e instanceof ForbiddenException ? HttpServletResponse.SC_FORBIDDEN
                    : HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", ((BotException) e).getMessage());
            d = dashboards.build(me);
            model.addAttribute("pickedWeek", d.week().isoWeek());
        }
        model.addAttribute("dash", d);
        model.addAttribute("rates", d.week().rates());
        model.addAttribute("counts", d.week().counts());
        model.addAttribute("links", d.links());
        model.addAttribute("pickable", dashboards.pickable(me));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("days", ChronoUnit.DAYS);
        return "home";
    }
}
