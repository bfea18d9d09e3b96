package cn.xuanhua.bot.admin.web.page;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.admin.console.CalendarImport;
import cn.xuanhua.bot.core.calendar.CalendarArrangements;
import cn.xuanhua.bot.core.calendar.DayType;
import cn.xuanhua.bot.core.error.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.TreeSet;

/**
 * {@code /calendar}: the stored days off and make-up working days of a year, and (administrators) the import of a
 * year's arrangement pasted from the State Council notice. A paste that does not read is shown again with what is
 * wrong, answered 400, and nothing is stored.
 */
@Controller
public class CalendarPageController {
    private final CalendarArrangements arrangements;
    private final CalendarImport importer;
    private final Clock clock;

    public CalendarPageController(CalendarArrangements arrangements, CalendarImport importer, Clock clock) {
        this.arrangements = arrangements;
        this.importer = importer;
        this.clock = clock;
    }

    /** One stored day. */
    public record DayRow(LocalDate date, String weekday, boolean off, String festival) {
    }

    @GetMapping("/calendar")
    public String calendar(@RequestParam(required = false) Integer year, Model model) {
        int shown = year != null ? year : LocalDate.now(clock).getYear();
        TreeSet<Integer> known = new TreeSet<>(arrangements.arrangedYears());
        known.add(LocalDate.now(clock).getYear());
        known.add(LocalDate.now(clock).getYear() + 1);
        model.addAttribute("year", shown);
        model.addAttribute("years", known);
        model.addAttribute("arranged", arrangements.arrangement(shown).orElse(null));
        model.addAttribute("days", arrangements.exceptionsIn(shown).stream()
                .map(d -> new DayRow(d.day(), d.day().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.CHINA),
                        d.type() == DayType.OFF, d.festival())).toList());
        if (!model.containsAttribute("importYear")) {
            model.addAttribute("importYear", shown);
        }
        return "calendar";
    }

    @PostMapping("/calendar/import")
    public String importYear(ConsoleUser me, @RequestParam int year, @RequestParam(defaultValue = "") String text,
                             Model model, HttpServletResponse response, RedirectAttributes flash) {
        try {
            int stored = importer.importYear(me, year, text);
            flash.addFlashAttribute("notice", "已导入 " + year + " 年的安排: " + stored + " 天 (放假与调休上班), 已立即生效");
            return "redirect:/calendar?year=" + year;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", "未导入, 请修改后重试:\n" + e.getMessage());
            model.addAttribute("importYear", year);
            model.addAttribute("pasted", text);
            return calendar(year, model);
        }
    }
}
