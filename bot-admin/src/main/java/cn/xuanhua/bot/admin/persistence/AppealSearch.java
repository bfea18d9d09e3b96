package cn.xuanhua.bot.admin.persistence;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.springframework.stereotype.Repository;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The read side of appeals for the API and the console: filtered, searched, paged rows, newest first. Search is a
 * substring match on the number and the masked text (a district's volume does not need a full-text index), of the
 * characters as typed: {@code %} and {@code _} are not wildcards.
 */
@Repository
public class AppealSearch {
    private final AppealMapper appeals;
    private final AppealEventMapper events;

    public AppealSearch(AppealMapper appeals, AppealEventMapper events) {
        this.appeals = appeals;
        this.events = events;
    }

    /**
     * Filters; null means "any". {@code createdFrom} is inclusive, {@code createdTo} exclusive; {@code overdueAt}
     * selects appeals open and past due at that moment (or marked overdue and still open).
     */
    public record Filter(String status, String groupCode, String departmentCode, String categoryCode, String query,
                         LocalDateTime createdFrom, LocalDateTime createdTo, LocalDateTime overdueAt) {
    }

    public IPage<AppealRecord> find(Filter f, int page, int size) {
        return appeals.selectPage(Page.of(page, size), where(f).orderByDesc(AppealRecord::getCreatedAt));
    }

    /** All matching rows, for the Excel export (bounded by the caller's date range). */
    public List<AppealRecord> all(Filter f) {
        return appeals.selectList(where(f).orderByAsc(AppealRecord::getCreatedAt));
    }

    public List<AppealEventRecord> timeline(long appealId) {
        return events.selectList(new LambdaQueryWrapper<AppealEventRecord>()
                .eq(AppealEventRecord::getAppealId, appealId).orderByAsc(AppealEventRecord::getId));
    }

    public AppealRecord byNumber(String number) {
        return appeals.selectOne(new LambdaQueryWrapper<AppealRecord>().eq(AppealRecord::getNumber, number));
    }

    private static LambdaQueryWrapper<AppealRecord> where(Filter f) {
        LambdaQueryWrapper<AppealRecord> w = new LambdaQueryWrapper<>();
        w.eq(given(f.status()), AppealRecord::getStatus, f.status())
                .eq(given(f.groupCode()), AppealRecord::getGroupCode, f.groupCode())
                .eq(given(f.departmentCode()), AppealRecord::getDepartmentCode, f.departmentCode())
                .eq(given(f.categoryCode()), AppealRecord::getCategoryCode, f.categoryCode())
                .ge(f.createdFrom() != null, AppealRecord::getCreatedAt, f.createdFrom())
                .lt(f.createdTo() != null, AppealRecord::getCreatedAt, f.createdTo());
        if (given(f.query())) {
            String contains = "%" + likeLiteral(f.query()) + "%";
            w.and(q -> q.apply("masked_text LIKE {0} ESCAPE '!'", contains).or()
                    .apply("number LIKE {0} ESCAPE '!'", contains));
        }
        if (f.overdueAt() != null) {
            // Like AppealView.overdue: open and past due, or escalated as overdue and still open.
            w.in(AppealRecord::getStatus, "PENDING", "ACCEPTED")
                    .and(o -> o.lt(AppealRecord::getDueAt, f.overdueAt()).or().eq(AppealRecord::getOverdue, true));
        }
        return w;
    }

    /**
     * The text as a LIKE pattern that matches it literally: a person searching for "50%" or "a_b" means those
     * characters, and MyBatis-Plus's like() passed them on as wildcards ({@code q=%} matched every appeal). The escape
     * character is {@code !} rather than a backslash, which MySQL and H2 treat differently inside string literals.
     */
    static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static boolean given(String s) {
        return s != null && !s.isBlank();
    }
}
