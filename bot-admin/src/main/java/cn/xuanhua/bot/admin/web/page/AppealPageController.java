package cn.xuanhua.bot.admin.web.page;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.admin.persistence.AppealRecord;
import cn.xuanhua.bot.admin.persistence.AppealSearch;
import cn.xuanhua.bot.admin.web.AppealFilterForm;
import cn.xuanhua.bot.admin.web.ConsoleNames;
import cn.xuanhua.bot.admin.web.api.AppealView;
import cn.xuanhua.bot.core.appeal.AppealStatus;
import cn.xuanhua.bot.core.error.ForbiddenException;
import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.error.NotFoundException;
import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
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
    private final AppealSearch search;
    private final ConsoleNames names;
    private final AppealDetails details;
    private final Clock clock;

    public AppealPageController(AppealSearch search, ConsoleNames names, AppealDetails details, Clock clock) {
        this.search = search;
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
        IPage<AppealRecord> found = new Page<>(Math.max(page, 1), PAGE_SIZE);
        try {
            Optional<AppealSearch.Filter> visible = filter.toFilter(me, clock);
            if (visible.isPresent()) {
                found = search.find(visible.get(), Math.max(page, 1), PAGE_SIZE);
            }
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.getMessage());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        List<Row> rows = found.getRecords().stream().map(r -> new Row(
                AppealView.of(r, n.category(r.getCategoryCode()), null, clock.getZone(), now),
                n.group(r.getGroupCode()), n.department(r.getDepartmentCode()))).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("filter", filter);
        model.addAttribute("names", n);
        model.addAttribute("statuses", AppealStatus.values());
        model.addAttribute("page", found.getCurrent());
        model.addAttribute("pages", Math.max(found.getPages(), 1));
        model.addAttribute("total", found.getTotal());
        model.addAttribute("query", filter.query());
        return "appeals";
    }

    @GetMapping("/appeals/{number}")
    public String one(ConsoleUser me, @PathVariable String number, Model model) {
        AppealRecord r = search.byNumber(number);
        if (r == null) {
            throw new NotFoundException("没有编号为 " + number + " 的诉求");
        }
        if (!me.mayRead(r.getDepartmentCode())) {
            throw new ForbiddenException("诉求 " + number + " 不属于您所在部门, 无权查看。");
        }
        details.fill(me, r, model);
        return "appeal";
    }
}
