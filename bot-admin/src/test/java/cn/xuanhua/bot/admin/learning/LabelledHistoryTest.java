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

        // sql/routing: N1-N4, 175 appeals each (their non-appeals are not read), R1-R12, 250 appeals each, and
        // writers Y and Z, 330 appeals each.
        assertThat(routingOnly).hasSize(4_360);
        assertThat(routingOnly).allSatisfy(e -> {
            assertThat(e.appeal()).isTrue();
            assertThat(e.departmentCode()).isNotBlank();
            assertThat(e.correction()).isFalse();
        });
        assertThat(history.all()).doesNotContainAnyElementsOf(routingOnly).endsWith(correction);
        assertThat(history.withRoutingOnly(history.all())).hasSize(history.all().size() + 4_360)
                .containsSequence(history.all()).endsWith(routingOnly.toArray(LabelledExample[]::new));
        assertThat(history.withRoutingOnly(history.corpus())).hasSize(history.corpus().size() + 4_360)
                .doesNotContain(correction);
    }
}
