package cn.xuanhua.bot.admin.learning;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WilsonTest {
    @Test
    void matchesTheTextbookFigures() {
        // 81 of 263: 0.2553-0.3662 (Newcombe 1998, the worked example of the Wilson interval)
        double[] b = Wilson.bounds(81, 263);
        assertThat(b[0]).isCloseTo(0.2553, within(0.0005));
        assertThat(b[1]).isCloseTo(0.3662, within(0.0005));
    }

    @Test
    void staysInsideZeroAndOneAtTheEnds() {
        assertThat(Wilson.bounds(50, 50)[1]).isCloseTo(1.0, within(1e-9));
        assertThat(Wilson.bounds(50, 50)[0]).isBetween(0.92, 0.93);
        assertThat(Wilson.bounds(0, 50)[0]).isCloseTo(0.0, within(1e-9));
        assertThat(Wilson.interval(0, 0)).isEqualTo("-");
    }
}
