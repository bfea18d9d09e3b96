package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.calendar.OfficialCalendar;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the team's own golden corpus ({@code intake/deadlines-own.json}: realistic messages from the district's
 * business groups, holiday edge cases 2023–2027, past mentions and chit-chat) and reports the accuracy.
 */
class DeadlineCorpusTest {

    private final DeadlineReader reader = new DeadlineReader(OfficialCalendar.calendar());

    @Test
    void readsAtLeastNinetyFivePercentOfTheOwnCorpusRight() {
        List<DeadlineCase> cases = DeadlineCase.load("/intake/deadlines-own.json");
        List<String> misses = new ArrayList<>();
        for (DeadlineCase c : cases) {
            c.miss(reader.read(c.text(), c.sentAt())).ifPresent(misses::add);
        }
        int right = cases.size() - misses.size();
        double percent = 100.0 * right / cases.size();
        System.out.println(String.format(Locale.ROOT, "deadlines (own corpus): right %d/%d = %.1f%%", right, cases.size(), percent));
        misses.forEach(m -> System.out.println("  miss " + m));
        assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
        assertThat(percent).as("accuracy; misses:%n%s", String.join("\n", misses)).isGreaterThanOrEqualTo(95.0);
    }
}
