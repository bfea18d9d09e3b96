package cn.xuanhua.bot.admin.web.page;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.admin.web.AppealFilterForm;
import cn.xuanhua.bot.admin.web.ConsoleNames;
import cn.xuanhua.bot.admin.web.api.AppealView;
import cn.xuanhua.bot.core.ResultPage;
import cn.xuanhua.bot.core.appeal.AppealCase;
import cn.xuanhua.bot.core.appeal.AppealFilter;
import cn.xuanhua.bot.core.appeal.AppealListing;
import cn.xuanhua.bot.core.appeal.AppealQueries;
import cn.xuanhua.bot.core.appeal.AppealStatus;
import cn.xuanhua.bot.core.error.ForbiddenException;
import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.error.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * {@code /appeals}: the appeals the user may read, filtered, searched and paged (20 a page), and
 * {@code /appeals/{number}}: one appeal with its timeline and the actions the user may take on it now.
 */
@Controller
public class AppealPageController {
    static final int PAGE_SIZE = 20;
    private final AppealQueries appeals;
    private final ConsoleNames names;
    private final AppealDetails details;
    private final Clock clock;

    public AppealPageController(AppealQueries appeals, ConsoleNames names, AppealDetails details, Clock clock) {
        this.appeals = appeals;
        this.names = names;
        this.details = details;
        this.clock = clock;
    }

    /** One row of the list. */
    public record Row(AppealView appeal, String groupName, String departmentName) {
        public String statusLabel() {
            return AppealStatus.valueOf(appeal.status()).label();
        }
    }

    @GetMapping("/appeals")
    public String list(ConsoleUser me, AppealFilterForm filter, @RequestParam(defaultValue = "1") int page,
                       Model model) {
        ConsoleNames.Names n = names.load();
        ResultPage<AppealListing> found = ResultPage.empty(Math.max(page, 1), PAGE_SIZE);
        try {
            Optional<AppealFilter> visible = filter.toFilter(me, clock);
            if (visible.isPresent()) {
                found = appeals.find(visible.get(), Math.max(page, 1), PAGE_SIZE);
            }
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.getMessage());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        List<Row> rows = found.items().stream().map(n::named).map(a -> new Row(
                AppealView.of(a, n.category(a.categoryCode()), null, clock.getZone(), now),
                n.group(a.groupCode()), n.department(a.departmentCode()))).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("filter", filter);
        model.addAttribute("names", n);
        model.addAttribute("statuses", AppealStatus.values());
        model.addAttribute("page", found.page());
        model.addAttribute("pages", Math.max(found.pages(), 1));
        model.addAttribute("total", found.total());
        model.addAttribute("query", filter.query());
        return "appeals";
    }

    @GetMapping("/appeals/{number}")
    public String one(ConsoleUser me, @PathVariable String number, Model model) {
        AppealCase found = appeals.byNumber(number)
                .orElseThrow(() -> new NotFoundException("没有编号为 " + number + " 的诉求"));
        if (!me.mayRead(found.appeal().departmentCode())) {
            throw new ForbiddenException("诉求 " + number + " 不属于您所在部门, 无权查看。");
        }
        details.fill(me, found, model);
        return "appeal";
    }
}
