package cn.xuanhua.bot.admin.web.api;

import cn.xuanhua.bot.admin.persistence.AppealRecord;
import cn.xuanhua.bot.admin.persistence.AppealSearch;
import cn.xuanhua.bot.admin.persistence.CategoryMapper;
import cn.xuanhua.bot.admin.persistence.CategoryRecord;
import cn.xuanhua.bot.core.appeal.AppealStatus;
import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.error.NotFoundException;
import com.baomidou.mybatisplus.core.metadata.IPage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code GET /api/appeals} (filtered, searched, paged) and {@code GET /api/appeals/{number}} with its timeline. */
@RestController
public class AppealQueryController {
    private static final int MAX_SIZE = 200;
    private final AppealSearch search;
    private final CategoryMapper categories;
    private final Clock clock;

    public AppealQueryController(AppealSearch search, CategoryMapper categories, Clock clock) {
        this.search = search;
        this.categories = categories;
        this.clock = clock;
    }

    /** A page of appeals: {@code items} newest first, with the page number, size and total count. */
    public record AppealPage(List<AppealView> items, long page, long size, long total) {
    }

    @GetMapping("/api/appeals")
    public AppealPage list(@RequestParam(required = false) String status,
                           @RequestParam(required = false) String groupCode,
                           @RequestParam(required = false) String departmentCode,
                           @RequestParam(required = false) String q,
                           @RequestParam(defaultValue = "1") int page,
                           @RequestParam(defaultValue = "20") int size) {
        if (status != null && !status.isBlank() && Arrays.stream(AppealStatus.values()).noneMatch(s -> s.name().equals(status))) {
            throw new InvalidInputException("status 须为 PENDING、ACCEPTED、RESOLVED 或 CLOSED");
        }
        if (page < 1 || size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("page 从 1 开始, size 为 1–" + MAX_SIZE);
        }
        IPage<AppealRecord> found = search.find(new AppealSearch.Filter(status, groupCode, departmentCode, null, q,
                null, null, null), page, size);
        Map<String, String> names = categoryNames();
        LocalDateTime now = LocalDateTime.now(clock);
        List<AppealView> items = found.getRecords().stream()
                .map(r -> AppealView.of(r, names.get(r.getCategoryCode()), null, clock.getZone(), now)).toList();
        return new AppealPage(items, found.getCurrent(), found.getSize(), found.getTotal());
    }

    @GetMapping("/api/appeals/{number}")
    public AppealView one(@PathVariable String number) {
        AppealRecord r = search.byNumber(number);
        if (r == null) {
            throw new NotFoundException("没有编号为 " + number + " 的诉求");
        }
        return AppealView.of(r, categoryNames().get(r.getCategoryCode()), search.timeline(r.getId()), clock.getZone(),
                LocalDateTime.now(clock));
    }

    private Map<String, String> categoryNames() {
        return categories.selectList(null).stream().collect(Collectors.toMap(CategoryRecord::getCode, CategoryRecord::getName));
    }
}
