package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.calendar.OfficialCalendar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The 26 public golden cases (reference time Friday 2023-08-04 10:00): every one must be read exactly. */
class PublicDeadlineCasesTest {

    private static final DeadlineReader READER = new DeadlineReader(OfficialCalendar.calendar());

    static List<DeadlineCase> publicCases() {
        return DeadlineCase.load("/intake/deadlines-public.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publicCases")
    void readsThePublicCaseAsTheContractSays(DeadlineCase c) {
        assertThat(c.miss(READER.read(c.text(), c.sentAt()))).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void thereAreTwentySixPublicCases() {
        assertThat(publicCases()).hasSize(26);
    }
}
