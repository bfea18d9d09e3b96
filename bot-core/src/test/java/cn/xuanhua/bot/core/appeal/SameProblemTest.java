package cn.xuanhua.bot.core.appeal;

import cn.xuanhua.bot.core.text.Places;
import cn.xuanhua.bot.core.text.Shingles;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The merge decision of 并单 on the cases the feature is for (docs/intake.md, "并单"). */
class SameProblemTest {
    private static final ZonedDateTime NINE = ZonedDateTime.of(2026, 11, 26, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai"));
    private final SameProblem rule = new SameProblem();

    private static ProblemSignature said(String group, String category, String matter, String text) {
        return new ProblemSignature(group, category, matter, Places.named(text), Shingles.of(text));
    }

    private static MergeCandidate open(ProblemSignature s, String requester, ZonedDateTime at, AppealStatus status) {
        return new MergeCandidate(AppealNumber.of("XH", LocalDate.of(2026, 11, 26), 1), status, at,
                List.of(requester), s);
    }

    private static final ProblemSignature OUTAGE = said("tw-nanguan", "utilities", "power-outage",
            "南关街停电了, 冰柜全停了");

    @Test
    void theSameOutageFromThreeOwnersJoinsOneAppeal() {
        MergeCandidate first = open(OUTAGE, "zhang", NINE, AppealStatus.PENDING);
        ProblemSignature second = said("tw-nanguan", "utilities", "power-outage", "南关街这边也停电了, 收银机开不了");
        ProblemSignature third = said("tw-nanguan", "utilities", "power-outage", "南关街我们超市也没电了, 什么时候来电");
        assertThat(rule.same(second, "li", NINE.plusMinutes(10), first)).isTrue();
        MergeCandidate withTwo = new MergeCandidate(first.number(), AppealStatus.PENDING, NINE,
                List.of("zhang", "li"), OUTAGE);
        assertThat(rule.find(third, "wang", NINE.plusMinutes(40), List.of(withTwo))).contains(withTwo);
    }

    @Test
    void aDifferentProblemOnTheSameStreetStaysApart() {
        MergeCandidate light = open(said("tw-nanguan", "municipal", "street-lights", "南关街口的路灯坏了"), "zhang",
                NINE, AppealStatus.PENDING);
        ProblemSignature manhole = said("tw-nanguan", "municipal", "drains-manholes", "南关街口的井盖丢了");
        assertThat(rule.same(manhole, "li", NINE.plusHours(1), light)).isFalse();
    }

    @Test
    void theSameWordsInAnotherGroupStayApart() {
        MergeCandidate first = open(OUTAGE, "zhang", NINE, AppealStatus.PENDING);
        ProblemSignature elsewhere = said("tw-nandajie", "utilities", "power-outage", "南关街停电了, 冰柜全停了");
        assertThat(rule.same(elsewhere, "li", NINE.plusMinutes(5), first)).isFalse();
    }

    @Test
    void anAppealOlderThan72HoursTakesNoMoreRequesters() {
        MergeCandidate first = open(OUTAGE, "zhang", NINE, AppealStatus.PENDING);
        assertThat(rule.same(OUTAGE, "li", NINE.plusHours(72), first)).isTrue();
        assertThat(rule.same(OUTAGE, "li", NINE.plusHours(72).plusMinutes(1), first)).isFalse();
    }

    @Test
    void anAppealNoLongerOpenTakesNoMoreRequesters() {
        assertThat(rule.same(OUTAGE, "li", NINE.plusHours(1), open(OUTAGE, "zhang", NINE, AppealStatus.RESOLVED)))
                .isFalse();
        assertThat(rule.same(OUTAGE, "li", NINE.plusHours(1), open(OUTAGE, "zhang", NINE, AppealStatus.CLOSED)))
                .isFalse();
        assertThat(rule.same(OUTAGE, "li", NINE.plusHours(1), open(OUTAGE, "zhang", NINE, AppealStatus.ACCEPTED)))
                .isTrue();
    }

    @Test
    void aBusinessesOwnMatterIsNeverMergedWithAnothersHoweverAlikeTheWords() {
        ProblemSignature subsidy = said("ind-industry", "policy", "tech-renovation", "我们厂的技改补贴什么时候发?");
        MergeCandidate mine = open(subsidy, "factory.a", NINE, AppealStatus.PENDING);
        assertThat(rule.same(subsidy, "factory.b", NINE.plusHours(1), mine)).isFalse();
        assertThat(rule.same(subsidy, "factory.a", NINE.plusHours(1), mine)).isTrue();
    }

    @Test
    void theSameProblemAtAnotherPlaceStaysApart() {
        MergeCandidate east = open(said("tw-gongyejie", "municipal", "street-lights", "工业街东段路灯坏了"), "zhang",
                NINE, AppealStatus.PENDING);
        ProblemSignature west = said("tw-gongyejie", "municipal", "street-lights", "工业街西段路灯坏了");
        assertThat(rule.same(west, "li", NINE.plusHours(1), east)).isFalse();
    }
}
