package cn.xuanhua.bot.admin.console;

import cn.xuanhua.bot.core.Snapshot;
import cn.xuanhua.bot.core.calendar.ArrangementParser;
import cn.xuanhua.bot.core.calendar.CalendarArrangements;
import cn.xuanhua.bot.core.calendar.CalendarException;
import cn.xuanhua.bot.core.calendar.WorkCalendar;
import cn.xuanhua.bot.core.intake.Intake;
import org.springframework.stereotype.Service;

import java.time.Clock;
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
    private final CalendarArrangements arrangements;
    private final Snapshot<WorkCalendar> calendar;
    private final Snapshot<Intake> intake;
    private final Clock clock;

    public CalendarImport(CalendarArrangements arrangements, Snapshot<WorkCalendar> calendar, Snapshot<Intake> intake,
                          Clock clock) {
        this.arrangements = arrangements;
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
        arrangements.replaceYear(year, parsed, "控制台导入 (" + importedBy + ")", LocalDateTime.now(clock));
        calendar.invalidate();
        intake.invalidate();
        return parsed.size();
    }
}
