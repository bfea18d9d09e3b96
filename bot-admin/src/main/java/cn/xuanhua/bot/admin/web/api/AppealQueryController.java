package cn.xuanhua.bot.admin.web.api;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.admin.web.AppealFilterForm;
import cn.xuanhua.bot.admin.web.ConsoleNames;
import cn.xuanhua.bot.core.ResultPage;
import cn.xuanhua.bot.core.appeal.AppealCase;
import cn.xuanhua.bot.core.appeal.AppealFilter;
import cn.xuanhua.bot.core.appeal.AppealListing;
import cn.xuanhua.bot.core.appeal.AppealQueries;
import cn.xuanhua.bot.core.error.ForbiddenException;
import cn.xuanhua.bot.core.outbound.TextMasker;
import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.error.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * {@code GET /api/appeals} (filtered, searched, paged) and {@code GET /api/appeals/{number}} with its timeline. A
 * STAFF account sees its own department's appeals only: the list is held to them, another one answers 403.
 */
@RestController
public class AppealQueryController {
    private static final int MAX_SIZE = 200;
    private final AppealQueries appeals;
    private final ConsoleNames names;
    private final TextMasker masker;
    private final Clock clock;

    public AppealQueryController(AppealQueries appeals, ConsoleNames names, TextMasker masker, Clock clock) {
        this.appeals = appeals;
        this.names = names;
        this.masker = masker;
        this.clock = clock;
    }

    /** A page of appeals: {@code items} newest first, with the page number, size and total count. */
    public record AppealPage(List<AppealView> items, long page, long size, long total) {
    }

    @GetMapping("/api/appeals")
    public AppealPage list(ConsoleUser me, AppealFilterForm filter,
                           @RequestParam(defaultValue = "1") int page,
                           @RequestParam(defaultValue = "20") int size) {
        if (page < 1 || size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("page 从 1 开始, size 为 1–" + MAX_SIZE);
        }
        Optional<AppealFilter> visible = filter.toFilter(me, clock);
        if (visible.isEmpty()) {
            return new AppealPage(List.of(), page, size, 0);
        }
        ResultPage<AppealListing> found = appeals.find(visible.get(), page, size);
        ConsoleNames.Names n = names.load();
        LocalDateTime now = LocalDateTime.now(clock);
        List<AppealView> items = found.items().stream()
                .map(n::named).map(a -> AppealView.of(a, n.category(a.categoryCode()), null, clock.getZone(), now)).toList();
        return new AppealPage(items, found.page(), found.size(), found.total());
    }

    @GetMapping("/api/appeals/{number}")
    public AppealView one(ConsoleUser me, @PathVariable String number) {
        AppealCase found = appeals.byNumber(number)
                .orElseThrow(() -> new NotFoundException("没有编号为 " + number + " 的诉求"));
        ConsoleNames.Names n = names.load();
        AppealListing a = n.named(found.appeal());
        if (!me.mayRead(a.departmentCode())) {
            throw new ForbiddenException("该诉求不属于您所在部门");
        }
        // Need to know: notes unmasked for the handling department and administrators only, as on the page.
        UnaryOperator<String> notes = me.seesOriginalText(a.departmentCode()) ? note -> note : masker::mask;
        return AppealView.of(a, n.category(a.categoryCode()), found.timeline(),
                clock.getZone(), LocalDateTime.now(clock), notes);
    }
}
