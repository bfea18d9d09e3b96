package cn.xuanhua.bot.core.intake;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A one-line report of a supply cut or a breakdown is one the learned judge may not rule out. */
class PlainOutageLineTest {
    private static Classification cues(int appeal, int noise) {
        return new Classification(appeal > noise, appeal, noise, List.of("appeal.problem-report"));
    }

    @Test
    void aOneLineReportOfACutOrABreakdownWithNothingAgainstItIsProtected() {
        assertThat(Triage.plainOutageLine("南关这边又停水了", cues(3, 0))).isTrue();
        assertThat(Triage.plainOutageLine("发票又开不出来了 一直转圈", cues(3, 0))).isTrue();
        assertThat(Triage.plainOutageLine("门口垃圾两天没人清了，臭", cues(3, 0))).isTrue();
    }

    @Test
    void notWhenSomethingSpeaksAgainstItNorWhenItIsLongerNorWithoutACut() {
        assertThat(Triage.plainOutageLine("我们这边也停电了，供电所说10点前恢复", cues(3, 5))).isFalse();
        assertThat(Triage.plainOutageLine("南关这边又停水了，上个月也停过好几次，每次都不提前通知，饭店后厨根本没法干活", cues(6, 0)))
                .isFalse();
        assertThat(Triage.plainOutageLine("门口那家饭店的菜真好吃", cues(0, 0))).isFalse();
    }
}
