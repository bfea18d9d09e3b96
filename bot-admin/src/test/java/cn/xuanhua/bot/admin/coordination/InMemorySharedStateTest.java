package cn.xuanhua.bot.admin.coordination;

import cn.xuanhua.bot.admin.support.MutableClock;
import cn.xuanhua.bot.core.coordination.SharedState;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class InMemorySharedStateTest extends SharedStateContract {
    private final MutableClock clock = new MutableClock();
    private final InMemorySharedState state = new InMemorySharedState(clock);

    @Override
    protected SharedState state() {
        return state;
    }

    @Test
    void entriesExpireAfterTheirTimeToLive() {
        state.put("k", "v", Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(31));
        assertThat(state.get("k")).isEmpty();
        assertThat(state.putIfAbsent("k", "w", Duration.ofSeconds(30))).isTrue();
    }

    @Test
    void aRateWindowStartsAfreshOnceItEnds() {
        state.incrementInWindow("w", Duration.ofMinutes(1));
        state.incrementInWindow("w", Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(state.incrementInWindow("w", Duration.ofMinutes(1))).isEqualTo(1);
    }
}
