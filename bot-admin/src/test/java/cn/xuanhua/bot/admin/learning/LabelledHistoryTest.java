package cn.xuanhua.bot.admin.learning;

import cn.xuanhua.bot.core.intake.MeToo;
import cn.xuanhua.bot.core.intake.eval.LabelledMessage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What each model learns from (docs/intake.md, "Routing-only writers"). */
class LabelledHistoryTest {
    /** The appeals of blind3-blind48 routing learns from: 7,172 but the 102 bare "me too"s. */
    private static final int BLIND_SET_APPEALS_LEARNED = 7_172 - 102;
    /** The writers' appeals, and the blind sets' appeals but their bare "me too"s. */
    private static final int ROUTING_ONLY = 4_360 + BLIND_SET_APPEALS_LEARNED;

    @Test
    void routingLearnsAlsoFromTheRoutingOnlyAppealsAndTheOtherModelsDoNot() {
        LabelledExample correction = LabelledExample.correction("门口的路灯坏了三天了", "tw-nanguan", "urban");
        LabelledHistory history = new LabelledHistory(() -> List.of(correction));
        List<LabelledExample> routingOnly = history.routingOnly();

        // sql/routing: N1-N4, 175 appeals each (their non-appeals are not read), R1-R12, 250 appeals each,
        // writers Y and Z, 330 appeals each, and the appeals of the 41 blind sets blind3-blind48 once measured.
        assertThat(routingOnly).hasSize(ROUTING_ONLY);
        assertThat(routingOnly).allSatisfy(e -> {
            assertThat(e.appeal()).isTrue();
            assertThat(e.departmentCode()).isNotBlank();
            assertThat(e.correction()).isFalse();
        });
        assertThat(history.all()).doesNotContainAnyElementsOf(routingOnly).endsWith(correction);
        assertThat(history.withRoutingOnly(history.all())).hasSize(history.all().size() + ROUTING_ONLY)
                .containsSequence(history.all()).endsWith(routingOnly.toArray(LabelledExample[]::new));
        assertThat(history.withRoutingOnly(history.corpus())).hasSize(history.corpus().size() + ROUTING_ONLY)
                .doesNotContain(correction);
    }

    @Test
    void aBlindSetRoutingLearnsFromCanBeLeftOutToScoreItOnAModelThatNeverSawIt() {
        LabelledHistory history = new LabelledHistory(List::of);

        List<LabelledExample> withoutBlind21 = history.withRoutingOnly(List.of(), file -> !file.equals("blind21.json"));

        assertThat(history.routingOnlyFiles()).contains("blind3.json", "blind21.json", "blind48.json", "corpus-train-r1.json")
                .doesNotContain("blind49.json", "blind50.json");
        assertThat(withoutBlind21).hasSize(ROUTING_ONLY - 175);
        List<String> blind21Texts = LabelledMessage.read("/intake/messages-blind21.json").stream()
                .filter(LabelledMessage::appeal).map(LabelledMessage::text).toList();
        assertThat(withoutBlind21).extracting(LabelledExample::text).doesNotContainAnyElementsOf(blind21Texts);
    }

    /**
     * sql/routing/blindN.json is a copy of the blind set's appeals made by scripts/blind-set-joins-routing; the set
     * itself (with its non-appeals, acts and deadlines) stays in the test resources. The copy must not drift from it.
     */
    @Test
    void eachBlindSetRoutingLearnsFromHoldsExactlyThatSetsAppealsAndUnits() {
        LabelledHistory history = new LabelledHistory(List::of);
        for (String file : history.routingOnlyFiles().stream().filter(f -> f.startsWith("blind")).toList()) {
            List<LabelledExample> copied = history.withRoutingOnly(List.of(), file::equals);
            List<LabelledMessage> appeals = LabelledMessage.read("/intake/messages-" + file).stream()
                    .filter(LabelledMessage::appeal).filter(m -> !MeToo.says(m.text())).toList();

            assertThat(copied).as(file).extracting(LabelledExample::text)
                    .containsExactlyElementsOf(appeals.stream().map(LabelledMessage::text).toList());
            assertThat(copied).as(file).extracting(LabelledExample::departmentCode)
                    .containsExactlyElementsOf(appeals.stream().map(LabelledMessage::department).toList());
        }
    }

    /**
     * A bare "me too" (俺们也是，差评里全写的"吵") joins the thread's appeal: its unit is the thread's, which its own words
     * cannot teach, so routing does not learn from it although the set's file carries it.
     */
    @Test
    void aBareMeTooOfABlindSetIsNotRoutingTraining() {
        LabelledHistory history = new LabelledHistory(List::of);
        List<String> meToos = LabelledMessage.read("/intake/messages-blind38.json").stream()
                .filter(LabelledMessage::appeal).map(LabelledMessage::text).filter(MeToo::says).toList();

        assertThat(meToos).isNotEmpty();
        assertThat(history.withRoutingOnly(List.of(), "blind38.json"::equals)).extracting(LabelledExample::text)
                .isNotEmpty().doesNotContainAnyElementsOf(meToos);
    }
}
