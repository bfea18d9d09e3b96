package cn.xuanhua.bot.admin.web.mobile;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The time left on the phone's queue, in the words a person uses. */
class TimeLeftTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 26, 10, 0);

    @Test
    void whatIsLeftInTheLargestWholeUnit() {
        assertThat(TimeLeft.until(NOW.plusHours(3).plusMinutes(20), NOW)).isEqualTo("还剩 3 小时");
        assertThat(TimeLeft.until(NOW.plusDays(2).plusHours(5), NOW)).isEqualTo("还剩 2 天");
        assertThat(TimeLeft.until(NOW.plusMinutes(25), NOW)).isEqualTo("还剩 25 分钟");
        assertThat(TimeLeft.until(NOW.plusSeconds(20), NOW)).isEqualTo("还剩 1 分钟");
    }

    @Test
    void pastTheDueDateItSaysHowLate() {
        assertThat(TimeLeft.until(NOW.minusDays(1).minusHours(2), NOW)).isEqualTo("已超期 1 天");
        assertThat(TimeLeft.until(NOW.minusHours(5), NOW)).isEqualTo("已超期 5 小时");
    }
}
