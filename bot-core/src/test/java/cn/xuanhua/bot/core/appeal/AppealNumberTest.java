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
}
