package cn.xuanhua.bot.core.calendar;

import cn.xuanhua.bot.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pasted arrangements: the simple line format and the State Council notice's own wording. */
class ArrangementParserTest {
    private static final String NOTICE_2026 = """
            一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
            二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
            三、清明节：4月4日（周六）至6日（周一）放假，共3天。
            四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
            五、端午节：6月19日（周五）至21日（周日）放假，共3天。
            六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
            七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
            """;
    private final ArrangementParser parser = new ArrangementParser();

    private static CalendarException off(String day, String festival) {
        return new CalendarException(LocalDate.parse(day), DayType.OFF, festival);
    }

    private static CalendarException work(String day, String festival) {
        return new CalendarException(LocalDate.parse(day), DayType.WORK, festival);
    }

    @Test
    void readsTheSimpleLineFormat() {
        List<CalendarException> days = parser.parse(2027,
                "春节: 2027-02-06 至 2027-02-13 放假; 2027-02-14, 2027-02-20 上班");

        assertThat(days).hasSize(10).contains(off("2027-02-06", "春节"), off("2027-02-13", "春节"),
                work("2027-02-14", "春节"), work("2027-02-20", "春节"));
    }

    @Test
    void readsTheNoticeWordingAndGivesTheOfficialWorkingDays() {
        List<CalendarException> days = parser.parse(2026, NOTICE_2026);

        assertThat(days).contains(off("2026-02-15", "春节"), off("2026-02-23", "春节"), work("2026-09-20", "国庆节"),
                off("2026-04-06", "清明节"));
        assertThat(new WorkCalendar(days, Set.of(2026)).workingDaysIn(2026)).isEqualTo(248);
    }

    @Test
    void aDecemberDayUnderNewYearBelongsToTheYearBefore() {
        assertThat(parser.parse(2023, "元旦：12月31日至1月2日放假调休，共3天。"))
                .containsExactly(off("2022-12-31", "元旦"), off("2023-01-01", "元旦"), off("2023-01-02", "元旦"));
    }

    @Test
    void aSingleDayOffWithoutMakeUpDays() {
        assertThat(parser.parse(2025, "元旦：1月1日（周三）放假1天，不调休。")).containsExactly(off("2025-01-01", "元旦"));
    }

    @Test
    void reportsEveryBadLineByNumberAndReturnsNothing() {
        String paste = """
                春节: 2027-02-30 放假
                清明 2027-04-05 放假
                劳动节: 2027-05-01 至 2027-05-05 放假; 2027-05-06 上班
                端午: 2027-06-09
                """;

        assertThatThrownBy(() -> parser.parse(2027, paste)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("第1行").hasMessageContaining("不是有效的日期")
                .hasMessageContaining("第2行").hasMessageContaining("冒号")
                .hasMessageContaining("第3行").hasMessageContaining("2027-05-06 是工作日")
                .hasMessageContaining("第4行").hasMessageContaining("放假");
    }

    @Test
    void refusesADayListedTwiceADayOfAnotherYearAndAnEmptyPaste() {
        assertThatThrownBy(() -> parser.parse(2027, "春节: 2027-02-06 放假\n元宵: 2027-02-06 放假"))
                .hasMessageContaining("重复");
        assertThatThrownBy(() -> parser.parse(2027, "国庆: 2025-10-01 放假")).hasMessageContaining("不属于 2027 年");
        assertThatThrownBy(() -> parser.parse(2027, "  \n ")).hasMessageContaining("没有读到");
        assertThatThrownBy(() -> parser.parse(1900, "春节: 1900-01-31 放假")).hasMessageContaining("年份");
    }
}
