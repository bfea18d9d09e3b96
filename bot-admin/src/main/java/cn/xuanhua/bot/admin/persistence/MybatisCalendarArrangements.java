package cn.xuanhua.bot.admin.persistence;

import cn.xuanhua.bot.core.calendar.ArrangedYear;
import cn.xuanhua.bot.core.calendar.CalendarException;
import cn.xuanhua.bot.core.calendar.DayType;
import cn.xuanhua.bot.core.calendar.CalendarArrangements;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link CalendarArrangements} on the {@code calendar_day} and {@code calendar_year} tables. */
@Repository
public class MybatisCalendarArrangements implements CalendarArrangements {
    /** The width of {@code calendar_year.source}. */
    private static final int SOURCE_LENGTH = 128;

    private final CalendarDayMapper days;
    private final CalendarYearMapper years;
    private final TransactionTemplate transactions;

    public MybatisCalendarArrangements(CalendarDayMapper days, CalendarYearMapper years,
                                       TransactionTemplate transactions) {
        this.days = days;
        this.years = years;
        this.transactions = transactions;
    }

    @Override
    public List<CalendarException> exceptions() {
        return days.selectList(null).stream().map(MybatisCalendarArrangements::toDomain).toList();
    }

    @Override
    public Set<Integer> arrangedYears() {
        return years.selectList(null).stream().map(CalendarYearRecord::getYearNumber).collect(Collectors.toSet());
    }

    @Override
    public List<CalendarException> exceptionsIn(int year) {
        return days.selectList(inYear(year).orderByAsc(CalendarDayRecord::getCalendarDate)).stream()
                .map(MybatisCalendarArrangements::toDomain).toList();
    }

    @Override
    public Optional<ArrangedYear> arrangement(int year) {
        return Optional.ofNullable(years.selectById(year))
                .map(r -> new ArrangedYear(r.getYearNumber(), r.getSource(), r.getImportedAt()));
    }

    @Override
    public void replaceYear(int year, List<CalendarException> arranged, String source, LocalDateTime importedAt) {
        transactions.executeWithoutResult(status -> {
            days.delete(inYear(year));
            List<LocalDate> edges = arranged.stream().map(CalendarException::day)
                    .filter(d -> d.getYear() != year).toList();
            if (!edges.isEmpty()) {
                days.delete(new LambdaQueryWrapper<CalendarDayRecord>().in(CalendarDayRecord::getCalendarDate, edges));
            }
            arranged.forEach(d -> days.insert(toRecord(d)));
            saveYear(year, source, importedAt);
        });
    }

    private void saveYear(int year, String source, LocalDateTime importedAt) {
        CalendarYearRecord r = years.selectById(year);
        boolean fresh = r == null;
        if (fresh) {
            r = new CalendarYearRecord();
            r.setYearNumber(year);
        }
        r.setSource(source.length() > SOURCE_LENGTH ? source.substring(0, SOURCE_LENGTH) : source);
        r.setImportedAt(importedAt);
        if (fresh) {
            years.insert(r);
        } else {
            years.updateById(r);
        }
    }

    private static LambdaQueryWrapper<CalendarDayRecord> inYear(int year) {
        return new LambdaQueryWrapper<CalendarDayRecord>()
                .between(CalendarDayRecord::getCalendarDate, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private static CalendarException toDomain(CalendarDayRecord r) {
        return new CalendarException(r.getCalendarDate(), DayType.valueOf(r.getDayType()), r.getFestival());
    }

    private static CalendarDayRecord toRecord(CalendarException e) {
        CalendarDayRecord r = new CalendarDayRecord();
        r.setCalendarDate(e.day());
        r.setDayType(e.type().name());
        r.setFestival(e.festival());
        return r;
    }
}
