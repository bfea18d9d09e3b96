package cn.xuanhua.bot.core.intake;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseNumbersTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"15, 15", "八, 8", "十, 10", "十五, 15", "二十, 20", "二十八, 28", "三十一, 31", "廿三, 23", "卅, 30",
            "两, 2", "一百二十, 120", "一百零五, 105", "二〇二三, 2023", "二零二四, 2024", "零, 0"})
    void readsArabicAndChineseNumerals(String text, int expected) {
        assertThat(ChineseNumbers.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is not a number here")
    @CsvSource({"三十万, ", "十十, ", "二三十, ", "两两, ", "几, ", "'', ", "1二, "})
    void refusesWhatIsNotASmallNumber(String text) {
        assertThat(ChineseNumbers.parse(text)).isEqualTo(-1);
    }
}
