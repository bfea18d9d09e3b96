package cn.xuanhua.bot.admin.learning;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What each model learns from (docs/intake.md, "Routing-only writers"). */
class LabelledHistoryTest {

    @Test
    void routingLearnsAlsoFromTheRoutingOnlyAppealsAndTheOtherModelsDoNot() {
        LabelledExample correction = LabelledExample.correction("门口的路灯坏了三天了", "tw-nanguan", "urban");
        LabelledHistory history = new LabelledHistory(() -> List.of(correction));
        List<LabelledExample> routingOnly = history.routingOnly();

        // sql/routing: N1-N4, 175 appeals each (their non-appeals are not read), and R1-R8, 250 appeals each.
        assertThat(routingOnly).hasSize(2_700);
        assertThat(routingOnly).allSatisfy(e -> {
            assertThat(e.appeal()).isTrue();
            assertThat(e.departmentCode()).isNotBlank();
            assertThat(e.correction()).isFalse();
        });
        assertThat(history.all()).doesNotContainAnyElementsOf(routingOnly).endsWith(correction);
        assertThat(history.withRoutingOnly(history.all())).hasSize(history.all().size() + 2_700)
                .containsSequence(history.all()).endsWith(routingOnly.toArray(LabelledExample[]::new));
        assertThat(history.withRoutingOnly(history.corpus())).hasSize(history.corpus().size() + 2_700)
                .doesNotContain(correction);
    }
}
