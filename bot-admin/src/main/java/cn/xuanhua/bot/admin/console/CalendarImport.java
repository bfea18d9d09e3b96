package cn.xuanhua.bot.admin.console;

import cn.xuanhua.bot.admin.persistence.CalendarDayMapper;
import cn.xuanhua.bot.admin.persistence.CalendarDayRecord;
import cn.xuanhua.bot.admin.persistence.CalendarYearMapper;
import cn.xuanhua.bot.admin.persistence.CalendarYearRecord;
import cn.xuanhua.bot.core.Snapshot;
import cn.xuanhua.bot.core.calendar.ArrangementParser;
import cn.xuanhua.bot.core.calendar.CalendarException;
import cn.xuanhua.bot.core.calendar.WorkCalendar;
import cn.xuanhua.bot.core.intake.Intake;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Imports a year's official arrangement pasted from the State Council notice: every stored day of that year is
 * replaced (plus the days the paste brings from the edges of the neighbouring years, such as 2022-12-31 under
 * 2023's 元旦) and the year is marked as arranged, in one transaction; then the calendar and intake snapshots are
 * dropped so that due dates use it at once. A paste that does not read cleanly changes nothing.
 */
@Service
public class CalendarImport {
    private final ArrangementParser parser = new ArrangementParser();
    private final CalendarDayMapper days;
    private final CalendarYearMapper years;
    private final TransactionTemplate transactions;
    private final Snapshot<WorkCalendar> calendar;
    private final Snapshot<Intake> intake;
    private final Clock clock;

    public CalendarImport(CalendarDayMapper days, CalendarYearMapper years, TransactionTemplate transactions,
                          Snapshot<WorkCalendar> calendar, Snapshot<Intake> intake, Clock clock) {
        this.days = days;
        this.years = years;
        this.transactions = transactions;
        this.calendar = calendar;
        this.intake = intake;
        this.clock = clock;
    }

    /**
     * @return how many days off and make-up days were stored
     * @throws cn.xuanhua.bot.core.error.InvalidInputException listing every line that could not be read
     */
    public int importYear(int year, String text, String importedBy) {
        List<CalendarException> parsed = parser.parse(year, text);
        transactions.executeWithoutResult(status -> {
            days.delete(new LambdaQueryWrapper<CalendarDayRecord>()
                    .between(CalendarDayRecord::getCalendarDate, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            List<LocalDate> edges = parsed.stream().map(CalendarException::day).filter(d -> d.getYear() != year).toList();
            if (!edges.isEmpty()) {
                days.delete(new LambdaQueryWrapper<CalendarDayRecord>().in(CalendarDayRecord::getCalendarDate, edges));
            }
            parsed.forEach(d -> days.insert(record(d)));
            saveYear(year, "控制台导入 (" + importedBy + ")");
        });
        calendar.invalidate();
        intake.invalidate();
        return parsed.size();
    }

    private void saveYear(int year, String source) {
        CalendarYearRecord r = years.selectById(year);
        boolean fresh = r == null;
        if (fresh) {
            r = new CalendarYearRecord();
            r.setYearNumber(year);
        }
        r.setSource(source.length() > 128 ? source.substring(0, 128) : source);
        r.setImportedAt(LocalDateTime.now(clock));
        if (fresh) {
            years.insert(r);
        } else {
            years.updateById(r);
        }
    }

    private static CalendarDayRecord record(CalendarException e) {
        CalendarDayRecord r = new CalendarDayRecord();
        r.setCalendarDate(e.day());
        r.setDayType(e.type().name());
        r.setFestival(e.festival());
        return r;
    }
}
