package cn.xuanhua.bot.core.digest;

import cn.xuanhua.bot.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DigestPeriodTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void readsAnIsoWeekAsMondayToMondayInShanghai() {
        DigestPeriod w47 = DigestPeriod.parse("2026-W47");
        assertThat(w47.monday()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(w47.sunday()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(w47.start(SHANGHAI)).isEqualTo(ZonedDateTime.of(2026, 11, 16, 0, 0, 0, 0, SHANGHAI));
        assertThat(w47.end(SHANGHAI)).isEqualTo(ZonedDateTime.of(2026, 11, 23, 0, 0, 0, 0, SHANGHAI));
        assertThat(w47.isoWeek()).isEqualTo("2026-W47");
    }

    @Test
    void namesWeeksByTheirWeekBasedYear() {
        assertThat(DigestPeriod.containing(LocalDate.of(2027, 1, 1)).isoWeek()).isEqualTo("2026-W53");
        assertThat(DigestPeriod.parse("2026-W53").monday()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(DigestPeriod.parse("2026-W01").monday()).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(DigestPeriod.parse(" 2026-w05 ").isoWeek()).isEqualTo("2026-W05");
    }

    @Test
    void lastWeekIsTheCompleteWeekBeforeNowEvenOnMondayMorning() {
        assertThat(DigestPeriod.lastWeek(ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, SHANGHAI)).isoWeek())
                .isEqualTo("2026-W47");
        assertThat(DigestPeriod.lastWeek(ZonedDateTime.of(2026, 11, 29, 23, 59, 0, 0, SHANGHAI)).isoWeek())
                .isEqualTo("2026-W47");
        assertThat(DigestPeriod.lastWeek(ZonedDateTime.of(2027, 1, 4, 0, 0, 0, 0, SHANGHAI)).isoWeek())
                .isEqualTo("2026-W53");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-47", "2026W47", "2026-W7", "2026-W00", "2025-W53", "2026-W54", "26-W47",
            "2026-W47x", "1999-W10", "２０２６-W47"})
    void refusesWhatIsNotAnExistingIsoWeek(String text) {
        assertThatThrownBy(() -> DigestPeriod.parse(text)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> DigestPeriod.parse(null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ISO 周");
    }

    @Test
    void aWeekStartsOnMonday() {
        assertThatThrownBy(() -> new DigestPeriod(LocalDate.of(2026, 11, 17)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
