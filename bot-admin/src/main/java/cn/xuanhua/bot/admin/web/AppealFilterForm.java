package cn.xuanhua.bot.admin.web;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.core.appeal.AppealFilter;
import cn.xuanhua.bot.core.appeal.AppealStatus;
import cn.xuanhua.bot.core.error.InvalidInputException;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The appeal filters shared by {@code /appeals}, {@code GET /api/appeals} and the Excel export, as request
 * parameters: {@code status, groupCode, departmentCode, category, q, from, to, overdue}. {@code from} and
 * {@code to} are days ({@code 2026-11-01}), both inclusive, on the creation time.
 */
public record AppealFilterForm(String status, String groupCode, String departmentCode, String category, String q,
                               String from, String to, Boolean overdue) {

    /** No filter at all. */
    public static AppealFilterForm none() {
        return new AppealFilterForm(null, null, null, null, null, null, null, null);
    }

    /**
     * The search {@code me} may run: a STAFF user's search is held to their department; empty when it asks for
     * another department, which they may not see.
     *
     * @throws InvalidInputException on an unknown status or a malformed or reversed date range
     */
    public Optional<AppealFilter> toFilter(ConsoleUser me, Clock clock) {
        if (given(status) && Arrays.stream(AppealStatus.values()).noneMatch(s -> s.name().equals(status))) {
            throw new InvalidInputException("status 须为 PENDING、ACCEPTED、RESOLVED 或 CLOSED");
        }
        LocalDate fromDay = day("from", from);
        LocalDate toDay = day("to", to);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw new InvalidInputException("to 不能早于 from");
        }
        String department = blankToNull(departmentCode);
        Optional<String> scope = me.departmentScope();
        if (scope.isPresent()) {
            if (department != null && !department.equals(scope.get())) {
                return Optional.empty();
            }
            department = scope.get();
        }
        return Optional.of(new AppealFilter(given(status) ? AppealStatus.valueOf(status) : null,
                blankToNull(groupCode), department, blankToNull(category), given(q) ? q.strip() : null,
                fromDay == null ? null : fromDay.atStartOfDay(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(),
                Boolean.TRUE.equals(overdue) ? LocalDateTime.now(clock) : null));
    }

    /** The filters as a query string (without '?'), for page links and the export button. */
    public String query() {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        add(b, "status", status);
        add(b, "groupCode", groupCode);
        add(b, "departmentCode", departmentCode);
        add(b, "category", category);
        add(b, "q", q);
        add(b, "from", from);
        add(b, "to", to);
        if (Boolean.TRUE.equals(overdue)) {
            b.queryParam("overdue", "true");
        }
        String query = b.encode().build().getQuery();
        return query == null ? "" : query;
    }

    private static void add(UriComponentsBuilder b, String name, String value) {
        if (given(value)) {
            b.queryParam(name, value.strip());
        }
    }

    private static LocalDate day(String name, String value) {
        if (!given(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name + " 须为日期, 如 2026-11-01");
        }
    }

    private static String blankToNull(String s) {
        return given(s) ? s.strip() : null;
    }

    private static boolean given(String s) {
        return s != null && !s.isBlank();
    }
}
