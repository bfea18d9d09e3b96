package cn.xuanhua.bot.core.intake.eval;

import org.junit.jupiter.api.Test;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MajorityOfThreeTest {
    private static final ZonedDateTime MONDAY = ZonedDateTime.parse("2026-11-23T09:00:00+08:00[Asia/Shanghai]");

    private static LabelledMessage appeal(String id, String department) {
        return new LabelledMessage(id, "tw-nanguan", MONDAY, "OWNER", "text " + id, true, "APPEAL", department,
                List.of(), null, false, null);
    }

    private static SecondLabels labels(String labeller, String... idThenUnit) {
        Map<String, SecondLabels.Unit> units = new java.util.LinkedHashMap<>();
        for (int i = 0; i < idThenUnit.length; i += 2) {
            units.put(idThenUnit[i], new SecondLabels.Unit(idThenUnit[i + 1], List.of()));
        }
        return new SecondLabels(labeller, "test", units);
    }

    private final List<LabelledMessage> set = List.of(
            appeal("a", "urban"), appeal("b", "fire"), appeal("c", "miit"), appeal("d", "samr"),
            new LabelledMessage("e", "tw-nanguan", MONDAY, "OWNER", "谢谢", false, "THANKS", null, List.of(), null,
                    false, null));
    // a: all three urban; b: the two labellers outvote the writer (housing); c: writer and one agree; d: three ways
    private final SecondLabels one = labels("L1", "a", "urban", "b", "housing", "c", "miit", "d", "approval");
    private final SecondLabels other = labels("L2", "a", "urban", "b", "housing", "c", "finance", "d", "police");

    @Test
    void theSettledUnitIsTheOneAtLeastTwoOfTheThreeChose() {
        assertThat(MajorityOfThree.settledUnit("urban", "urban", "urban")).isEqualTo("urban");
        assertThat(MajorityOfThree.settledUnit("fire", "housing", "housing")).isEqualTo("housing");
        assertThat(MajorityOfThree.settledUnit("miit", "finance", "miit")).isEqualTo("miit");
        assertThat(MajorityOfThree.settledUnit("samr", "approval", "police")).isNull();
    }

    @Test
    void intakeIsScoredOnTheSettledUnitAndTheSplitAppealsApart() {
        Map<String, String> intake = Map.of("a", "urban", "b", "housing", "c", "finance", "d", "police");

        MajorityOfThree m = MajorityOfThree.measure(set, one, other, x -> intake.get(x.id()));

        assertThat(m.appeals).isEqualTo(4);
        assertThat(m.settled).isEqualTo(3);
        assertThat(m.unanimous).isEqualTo(1);
        assertThat(m.intakeOnSettled).isEqualTo(2);      // a, b (outvoting the writer); c went to the minority
        assertThat(m.split).isEqualTo(1);
        assertThat(m.intakeOnOneOfSplit).isEqualTo(1);   // d: police, one labeller's choice
        assertThat(m.intakeOnSettledShare()).isEqualTo(2.0 / 3);
    }

    @Test
    void setsTogetherAddUp() {
        MajorityOfThree m = MajorityOfThree.measure(set, one, other, x -> "urban");

        MajorityOfThree twice = MajorityOfThree.together(List.of(m, m));

        assertThat(twice.settled).isEqualTo(6);
        assertThat(twice.intakeOnSettled).isEqualTo(2);
        assertThat(twice.split).isEqualTo(2);
    }

    @Test
    void aLabellerWhoLeftAnAppealOutIsRefused() {
        SecondLabels partial = labels("L3", "a", "urban", "b", "fire");

        assertThatThrownBy(() -> MajorityOfThree.measure(set, one, partial, x -> "urban"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("L3");
    }
}
