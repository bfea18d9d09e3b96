package cn.xuanhua.bot.core.appeal;

import cn.xuanhua.bot.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppealNumberTest {
    private final AppealNumber number = AppealNumber.of("XH", LocalDate.of(2026, 11, 26), 7);

    @Test
    void printsPrefixDayAndFourDigitSequence() {
        assertThat(number.value()).isEqualTo("XH20261126-0007");
        assertThat(number).hasToString("XH20261126-0007");
    }

    @Test
    void parsesWhatItPrintsAndToleratesCaseAndShortSequences() {
        assertThat(AppealNumber.parse("XH20261126-0007")).isEqualTo(number);
        assertThat(AppealNumber.parse(" xh20261126-7 ")).isEqualTo(number);
    }

    @Test
    void rejectsWhatIsNotANumber() {
        assertThat(AppealNumber.tryParse("0007")).isEmpty();
        assertThat(AppealNumber.tryParse("XH20261131-0007")).as("no 31 November").isEmpty();
        assertThat(AppealNumber.tryParse("XH20261126-0000")).isEmpty();
        assertThat(AppealNumber.tryParse("XH20261126-00007")).isEmpty();
        assertThat(AppealNumber.tryParse(null)).isEmpty();
        assertThatThrownBy(() -> AppealNumber.parse("20261126-0007"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("XH20261126-0007");
    }

    @Test
    void matchesShortNumbersByTheirLastDigitsReadAsAFourDigitSequence() {
        assertThat(number.endsWith("0007")).isTrue();
        assertThat(number.endsWith("7")).isTrue();
        assertThat(number.endsWith("07")).isTrue();
        assertThat(number.endsWith("1126-0007")).isTrue();
        assertThat(number.endsWith("202611260007")).isTrue();
        assertThat(AppealNumber.of("XH", LocalDate.of(2026, 11, 26), 17).endsWith("7"))
                .as("7 means 0007, not any number ending in 7").isFalse();
        assertThat(number.endsWith("0008")).isFalse();
        assertThat(number.endsWith("x7")).isFalse();
        assertThat(number.endsWith("")).isFalse();
    }

    @Test
    void ordersByDayThenSequence() {
        AppealNumber later = AppealNumber.of("XH", LocalDate.of(2026, 11, 26), 8);
        AppealNumber nextDay = AppealNumber.of("XH", LocalDate.of(2026, 11, 27), 1);
        assertThat(number).isLessThan(later);
        assertThat(later).isLessThan(nextDay);
    }

    @Test
    void keepsNumberingPastTheFourDigitsOfADayAndReadsWhatItPrints() {
        LocalDate day = LocalDate.of(2026, 11, 26);
        assertThat(AppealNumber.of("XH", day, 9999).value()).isEqualTo("XH20261126-9999");
        assertThat(AppealNumber.of("XH", day, 10000).value()).isEqualTo("XH20261126-10000");
        assertThat(AppealNumber.of("XH", day, 123456).value()).isEqualTo("XH20261126-123456");
        assertThat(AppealNumber.parse("XH20261126-10000")).isEqualTo(AppealNumber.of("XH", day, 10000));
        assertThat(AppealNumber.parse("xh20261126-10001").sequence()).isEqualTo(10001);
        assertThat(AppealNumber.tryParse("XH20261126-010000")).as("five digits and more are written without padding")
                .isEmpty();
    }

    @Test
    void aShortNumberMeansTheWholeSequenceSoFourDigitsNeverMatchAFiveDigitOne() {
        AppealNumber big = AppealNumber.of("XH", LocalDate.of(2026, 11, 26), 10007);
        assertThat(big.endsWith("10007")).isTrue();
        assertThat(big.endsWith("1126-10007")).isTrue();
        assertThat(big.endsWith("2026112610007")).isTrue();
        assertThat(big.endsWith("0007")).as("0007 is sequence 7, not 10007").isFalse();
        assertThat(big.endsWith("7")).isFalse();
        assertThat(big.endsWith("1126-0007")).isFalse();
        assertThat(number.endsWith("10007")).as("10007 is not 0007").isFalse();
        assertThat(number.endsWith("1126-10007")).isFalse();
    }

    @Test
    void ordersSequencesAsNumbersPastFourDigits() {
        LocalDate day = LocalDate.of(2026, 11, 26);
        assertThat(AppealNumber.of("XH", day, 9999)).isLessThan(AppealNumber.of("XH", day, 10000));
        assertThat(AppealNumber.of("XH", day, 10000)).isLessThan(AppealNumber.of("XH", day.plusDays(1), 1));
    }
}
