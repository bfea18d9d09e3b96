package cn.xuanhua.bot.core.intake.eval;

import org.junit.jupiter.api.Test;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LabellerAgreementTest {
    private static final ZonedDateTime MONDAY = ZonedDateTime.parse("2026-11-23T09:00:00+08:00[Asia/Shanghai]");

    private static LabelledMessage appeal(String id, String department, String... also) {
        return new LabelledMessage(id, "tw-nanguan", MONDAY, "OWNER", "text " + id, true, "APPEAL", department,
                List.of(also), null, false, null);
    }

    private static LabelledMessage chatter(String id) {
        return new LabelledMessage(id, "tw-nanguan", MONDAY, "OWNER", "text " + id, false, "CHATTER", null,
                List.of(), null, false, null);
    }

    private final List<LabelledMessage> set = List.of(
            appeal("a", "urban", "office-nanguan"),
            appeal("b", "samr"),
            appeal("c", "fire", "emergency"),
            appeal("d", "power"),
            chatter("e"));

    private final SecondLabels second = new SecondLabels("L9", "test", Map.of(
            "a", new SecondLabels.Unit("office-nanguan", List.of("urban")),
            "b", new SecondLabels.Unit("samr", List.of()),
            "c", new SecondLabels.Unit("housing", List.of("fire")),
            "d", new SecondLabels.Unit("power", List.of())));

    private final Map<String, String> intake = Map.of("a", "office-nanguan", "b", "samr", "c", "emergency", "d", "agri");

    @Test
    void scoresTheSecondLabellerAndIntakeAgainstTheWriterOnTheAppealsOnly() {
        LabellerAgreement a = LabellerAgreement.measure(set, second, m -> intake.get(m.id()));

        assertThat(a.appeals).isEqualTo(4);
        assertThat(a.secondStrict).isEqualTo(2);        // b, d
        assertThat(a.secondAcceptable).isEqualTo(3);    // a too: the writer accepts the office
        assertThat(a.intakeStrict).isEqualTo(1);        // b
        assertThat(a.intakeAcceptable).isEqualTo(3);    // a and c as acceptable
        assertThat(a.intakeStrictToSecond).isEqualTo(2); // a, b
        assertThat(a.intakeAcceptedByEither).isEqualTo(3);
    }

    @Test
    void theClearAppealsAreThoseBothLabellersSentToTheSameUnit() {
        LabellerAgreement a = LabellerAgreement.measure(set, second, m -> intake.get(m.id()));

        assertThat(a.agreed).isEqualTo(2);          // b and d
        assertThat(a.intakeOnAgreed).isEqualTo(1);  // b; d went to agri
        assertThat(a.intakeOnAgreedShare()).isEqualTo(0.5);
    }

    @Test
    void setsTogetherAddUpAsOneSet() {
        LabellerAgreement a = LabellerAgreement.measure(set, second, m -> intake.get(m.id()));

        LabellerAgreement twice = LabellerAgreement.together(List.of(a, a));

        assertThat(twice.appeals).isEqualTo(8);
        assertThat(twice.secondStrict).isEqualTo(4);
        assertThat(twice.intakeAcceptedByEither).isEqualTo(6);
        assertThat(twice.intakeOnAgreedShare()).isEqualTo(0.5);
    }

    @Test
    void aSecondLabellerWhoLeftAnAppealOutIsRefused() {
        SecondLabels partial = new SecondLabels("L9", "test", Map.of(
                "a", new SecondLabels.Unit("urban", List.of()), "b", new SecondLabels.Unit("samr", List.of())));

        assertThatThrownBy(() -> LabellerAgreement.measure(set, partial, m -> "samr"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoLabellersAgreeWhereTheirFirstChoicesAreTheSame() {
        SecondLabels third = new SecondLabels("L8", "test", Map.of(
                "a", new SecondLabels.Unit("urban", List.of()), "b", new SecondLabels.Unit("samr", List.of()),
                "c", new SecondLabels.Unit("housing", List.of()), "d", new SecondLabels.Unit("water", List.of())));

        assertThat(LabellerAgreement.sameFirstChoice(second, third)).isEqualTo(2); // b, c
    }
}
