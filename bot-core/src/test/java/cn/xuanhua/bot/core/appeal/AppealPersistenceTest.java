package cn.xuanhua.bot.core.appeal;

import cn.xuanhua.bot.core.error.ConflictException;
import cn.xuanhua.bot.core.support.FakeAppeals;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import static cn.xuanhua.bot.core.support.AppealFixture.*;
import static cn.xuanhua.bot.core.support.People.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What persistence relies on: new events, versions, and a round trip through the row's columns. */
class AppealPersistenceTest {
    private final ZonedDateTime now = at("2026-11-26T10:15");

    @Test
    void aSubmittedAppealIsPendingWithItsCreatedEventUnsaved() {
        AppealFacts facts = new AppealFacts(AppealNumber.parse("XH20261126-0001"), "tw-nanguan", "boss.wang", "王老板",
                ORIGINAL, MASKED, "infrastructure", at("2026-11-26T09:30"), null, false, "msg-1");

        Appeal appeal = Appeal.submit(facts, "urban", at("2026-12-03T17:30"), "分派至城市管理局");

        assertThat(appeal.status()).isEqualTo(AppealStatus.PENDING);
        assertThat(appeal.version()).isZero();
        assertThat(appeal.newEvents()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(AppealEventType.CREATED);
            assertThat(e.actor()).isEqualTo("boss.wang");
            assertThat(e.at()).isEqualTo(at("2026-11-26T09:30"));
        });
    }

    @Test
    void exposesOnlyTheEventsSinceItWasReadAndForgetsThemOnceSaved() {
        Appeal appeal = anAppeal().withVersion(4).build();
        assertThat(appeal.newEvents()).isEmpty();

        appeal.accept(actor(ZHANG), now);
        appeal.progress(actor(ZHANG), now, "已派人查看");

        assertThat(appeal.newEvents()).extracting(AppealEvent::type)
                .containsExactly(AppealEventType.ACCEPTED, AppealEventType.PROGRESS);
        assertThat(appeal.events()).hasSize(3);
        appeal.markSaved(5);
        assertThat(appeal.version()).isEqualTo(5);
        assertThat(appeal.newEvents()).isEmpty();
    }

    @Test
    void restoresFromItsColumnsExactly() {
        Appeal appeal = anAppeal().acceptedBy("zhang.san").build();

        Appeal copy = Appeal.restore(appeal.facts(), appeal.state(), appeal.version(), appeal.events());

        assertThat(copy.facts()).isEqualTo(appeal.facts());
        assertThat(copy.state()).isEqualTo(appeal.state());
        assertThat(copy.events()).isEqualTo(appeal.events());
        assertThat(copy.version()).isEqualTo(appeal.version());
    }

    @Test
    void twoStaffAcceptingAtOnceOneWinsTheOtherConflicts() {
        FakeAppeals appeals = new FakeAppeals().with(anAppeal().build());
        Appeal mine = appeals.stored("XH20261126-0007");
        Appeal theirs = appeals.stored("XH20261126-0007");

        assertThat(mine.accept(actor(ZHANG), now).done()).isTrue();
        assertThat(theirs.accept(actor(LI), now).done()).isTrue();
        appeals.update(mine);

        assertThatThrownBy(() -> appeals.update(theirs)).isInstanceOf(ConflictException.class);
        assertThat(appeals.stored("XH20261126-0007").state().handlerUserId()).isEqualTo("zhang.san");
        assertThat(appeals.stored("XH20261126-0007").events()).hasSize(2);
    }

    @Test
    void handsOutDailySequencesForNumbers() {
        FakeAppeals appeals = new FakeAppeals();
        LocalDate day = LocalDate.of(2026, 11, 26);
        appeals.nextNumber("XH", day);
        assertThat(appeals.nextNumber("XH", day)).hasToString("XH20261126-0002");
        assertThat(appeals.nextNumber("XH", day.plusDays(1))).hasToString("XH20261127-0001");
    }
}
