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
import java.util.List;
import java.util.Optional;

/**
 * The appeal filters shared by {@code /appeals}, {@code GET /api/appeals} and the Excel export, as request
 * parameters: {@code status, groupCode, departmentCode, category, q, from, to, on, overdue, open, asOf}. {@code from} and
 * {@code to} are days ({@code 2026-11-01}), both inclusive, on the creation time, or on the time {@code on} names
 * ({@code accepted}, {@code resolved}, {@code rated}; the dashboard's figures link with it). {@code overdue=true}
 * means overdue now, or with {@code asOf=2026-11-23T00:00} overdue at that moment as the digests count it;
 * {@code open=true} open now, or open at {@code asOf} likewise.
 */
public record AppealFilterForm(String status, String groupCode, String departmentCode, String category, String q,
                               String from, String to, Boolean overdue, String on, String asOf, Boolean open) {

    /** The filters with a range on another time, overdue at a moment, but not "open". */
    public AppealFilterForm(String status, String groupCode, String departmentCode, String category, String q,
                            String from, String to, Boolean overdue, String on, String asOf) {
        this(status, groupCode, departmentCode, category, q, from, to, overdue, on, asOf, null);
    }

    /** The filters of the original list page (creation dates, overdue now). */
    public AppealFilterForm(String status, String groupCode, String departmentCode, String category, String q,
                            String from, String to, Boolean overdue) {
        this(status, groupCode, departmentCode, category, q, from, to, overdue, null, null, null);
    }

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
        AppealFilter.Dated dated = dated(on);
        boolean openOnly = Boolean.TRUE.equals(open);
        LocalDateTime at = Boolean.TRUE.equals(overdue) || openOnly ? moment("asOf", asOf) : null;
        LocalDateTime overdueAsOf = Boolean.TRUE.equals(overdue) ? at : null;
        LocalDateTime openAsOf = openOnly ? (at != null ? at : LocalDateTime.now(clock)) : null;
        String department = blankToNull(departmentCode);
        Optional<String> scope = me.departmentScope();
        if (scope.isPresent()) {
            if (department != null && !department.equals(scope.get())) {
                return Optional.empty();
            }
            department = scope.get();
        }
        return Optional.of(new AppealFilter(given(status) ? AppealStatus.valueOf(status) : null,
                blankToNull(groupCode), department, blankToNull(category), given(q) ? q.strip() : null, dated,
                fromDay == null ? null : fromDay.atStartOfDay(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(),
                Boolean.TRUE.equals(overdue) && overdueAsOf == null ? LocalDateTime.now(clock) : null, overdueAsOf,
                openAsOf));
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
        add(b, "on", on);
        if (Boolean.TRUE.equals(overdue)) {
            b.queryParam("overdue", "true");
        }
        if (Boolean.TRUE.equals(open)) {
            b.queryParam("open", "true");
        }
        if (Boolean.TRUE.equals(overdue) || Boolean.TRUE.equals(open)) {
            add(b, "asOf", asOf);
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

    /** What {@code from} and {@code to} range over; the creation time unless {@code on} names another. */
    private static AppealFilter.Dated dated(String on) {
        if (!given(on)) {
            return AppealFilter.Dated.CREATED;
        }
        return switch (on.strip()) {
            case "created" -> AppealFilter.Dated.CREATED;
            case "accepted" -> AppealFilter.Dated.ACCEPTED;
            case "resolved" -> AppealFilter.Dated.RESOLVED;
            case "rated" -> AppealFilter.Dated.RATED;
            default -> throw new InvalidInputException("on 须为 created、accepted、resolved 或 rated");
        };
    }

    /** The label of the date range on the list page: which time it is on. */
    public String datedLabel() {
        if (given(on) && !List.of("created", "accepted", "resolved", "rated").contains(on.strip())) {
            return "提交日期";
        }
        return switch (dated(on)) {
            case CREATED -> "提交日期";
            case ACCEPTED -> "受理日期";
            case RESOLVED -> "办结日期";
            case RATED -> "评价日期";
        };
    }

    private static LocalDateTime moment(String name, String value) {
        if (!given(value)) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name + " 须为时刻, 如 2026-11-23T00:00");
        }
    }

    private static String blankToNull(String s) {
        return given(s) ? s.strip() : null;
    }

    private static boolean given(String s) {
        return s != null && !s.isBlank();
    }
}
