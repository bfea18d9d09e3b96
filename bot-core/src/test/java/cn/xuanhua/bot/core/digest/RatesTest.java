package cn.xuanhua.bot.core.digest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RatesTest {

    private static DigestCounts counts(long created, long responded, long resolved, long onTime, long solved,
                                       long rated, long satisfied) {
        return new DigestCounts(created, responded, responded, resolved, onTime, solved, rated, satisfied, 0, 0);
    }

    @Test
    void eachRateIsItsPartOverItsWhole() {
        Rates r = counts(3, 2, 4, 3, 1, 5, 4).rates();
        assertThat(r.responseRate()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(r.onTimeRate()).isEqualTo(0.75);
        assertThat(r.resolutionRate()).isEqualTo(0.25);
        assertThat(r.satisfactionRate()).isEqualTo(0.8);
    }

    @Test
    void inTheWeekStillRunningOnlyTheAppealsWhoseResponseWindowEndedOrThatWereAcceptedAreJudged() {
        // 5 created: 2 accepted in time, 1 late past its window, 2 still inside their window.
        DigestCounts running = new DigestCounts(5, 2, 2, 0, 0, 0, 0, 0, 5, 0, 3);
        assertThat(running.rates().responseRate()).isCloseTo(2.0 / 3, within(1e-12));
        DigestCounts justStarted = new DigestCounts(2, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0);
        assertThat(justStarted.rates().responseRate()).as("nothing judged yet, not 0%").isNull();
        assertThatThrownBy(() -> new DigestCounts(2, 2, 2, 0, 0, 0, 0, 0, 0, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyWeekHasNoRatesAtAllNotZeroAndNotNaN() {
        Rates r = DigestCounts.NONE.rates();
        assertThat(r.responseRate()).isNull();
        assertThat(r.onTimeRate()).isNull();
        assertThat(r.resolutionRate()).isNull();
        assertThat(r.satisfactionRate()).isNull();
        assertThat(r.score()).isNull();
    }

    @Test
    void aRateIsNullOnlyWhereItsOwnDenominatorIsZero() {
        Rates r = counts(2, 0, 0, 0, 0, 1, 1).rates();
        assertThat(r.responseRate()).isEqualTo(0.0);
        assertThat(r.onTimeRate()).isNull();
        assertThat(r.resolutionRate()).isNull();
        assertThat(r.satisfactionRate()).isEqualTo(1.0);
    }

    @Test
    void theRankingScoreAveragesOnlyTheRatesThatExist() {
        assertThat(counts(2, 1, 0, 0, 0, 1, 1).rates().score()).isEqualTo(0.75);
        assertThat(counts(4, 4, 2, 1, 2, 2, 0).rates().score()).isEqualTo((1 + 0.5 + 1 + 0) / 4);
    }

    @Test
    void aShareNeedsAPartWithinItsWhole() {
        assertThat(Rates.share(0, 0)).isNull();
        assertThat(Rates.share(1, 1)).isEqualTo(1.0);
        assertThatThrownBy(() -> Rates.share(2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rates.share(-1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsAddUpAndRefuseAPartLargerThanItsWhole() {
        DigestCounts sum = counts(3, 2, 1, 1, 1, 1, 1).plus(counts(1, 0, 1, 0, 0, 1, 0));
        assertThat(sum.created()).isEqualTo(4);
        assertThat(sum.rates().onTimeRate()).isEqualTo(0.5);
        assertThat(sum.rates().satisfactionRate()).isEqualTo(0.5);
        assertThatThrownBy(() -> counts(1, 2, 0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
