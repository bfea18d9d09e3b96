package cn.xuanhua.bot.core.watch;

import cn.xuanhua.bot.core.Secret;
import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealEventType;
import cn.xuanhua.bot.core.appeal.AppealStatus;
import cn.xuanhua.bot.core.appeal.Satisfaction;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.GroupKind;
import cn.xuanhua.bot.core.outbound.OutboundMessage;
import cn.xuanhua.bot.core.org.Groups;
import cn.xuanhua.bot.core.support.FakeAppeals;
import cn.xuanhua.bot.core.support.FakeDepartments;
import cn.xuanhua.bot.core.support.FakeGroups;
import cn.xuanhua.bot.core.support.FakeOutbox;
import cn.xuanhua.bot.core.support.People;
import cn.xuanhua.bot.core.support.WeekdaysOnly;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static cn.xuanhua.bot.core.support.AppealFixture.anAppeal;
import static cn.xuanhua.bot.core.support.AppealFixture.at;
import static cn.xuanhua.bot.core.support.People.*;
import static org.assertj.core.api.Assertions.assertThat;

class DeadlineWatchTest {
    private static final String NUMBER = "XH20261126-0007";

    private final FakeAppeals appeals = new FakeAppeals();
    private final FakeOutbox outbox = new FakeOutbox();
    private final FakeDepartments departments = new FakeDepartments();
    private final DeadlineWatch watch = watchWith(new FakeGroups());

    private DeadlineWatch watchWith(Groups groups) {
        return new DeadlineWatch(appeals, People.directory(), departments, groups, outbox, new WeekdaysOnly(),
                WatchSettings.defaults());
    }

    /** A pass as DeadlineWatchJob makes it: each candidate's due stages taken, then recorded with their messages. */
    private List<WatchAction> pass(DeadlineWatch w, ZonedDateTime now) {
        List<WatchAction> actions = new ArrayList<>();
        for (Appeal appeal : appeals.watchCandidates(now)) {
            actions.addAll(w.record(appeal, w.advance(appeal, now), now));
        }
        return actions;
    }

    /** One appeal as a pass checks it, on this copy of it. */
    private List<WatchAction> check(Appeal appeal, ZonedDateTime now) {
        return watch.record(appeal, watch.advance(appeal, now), now);
    }

    private List<String> recipientsOf(WatchStage stage) {
        return outbox.messages().stream().filter(m -> m.idempotencyKey().contains(":" + stage.slug() + "@"))
                .map(m -> m.recipient().describe()).toList();
    }

    @Test
    void remindsTheDepartmentAndTheDispatchersWhenNotAcceptedWithinOneWorkingDay() {
        appeals.with(anAppeal().build());

        assertThat(pass(watch, at("2026-11-27T09:29"))).isEmpty();
        List<WatchAction> actions = pass(watch, at("2026-11-27T09:30"));

        assertThat(actions).extracting(WatchAction::stage).containsExactly(WatchStage.RESPONSE_REMINDER);
        assertThat(recipientsOf(WatchStage.RESPONSE_REMINDER))
                .containsExactlyInAnyOrder("user:zhang.san", "user:li.si", "user:urban.zhao", "user:disp.sun");
        assertThat(outbox.toUser("zhang.san")).singleElement().satisfies(m -> {
            assertThat(m.idempotencyKey()).isEqualTo("XH20261126-0007:response-reminder@e0:user:zhang.san");
            assertThat(m.content()).contains("超时未受理", NUMBER, "受理 " + NUMBER);
        });
        assertThat(appeals.stored(NUMBER).timeline().remindedToAccept()).isTrue();
    }

    @Test
    void advancingStoresAndSendsNothingUntilRecorded() {
        appeals.with(anAppeal().build());
        Appeal copy = appeals.stored(NUMBER);

        assertThat(watch.advance(appeals.stored(NUMBER), at("2026-11-27T09:29")))
                .as("nothing due yet: the job opens no transaction for it").isEmpty();
        List<WatchStage> due = watch.advance(copy, at("2026-11-27T09:30"));

        assertThat(due).containsExactly(WatchStage.RESPONSE_REMINDER);
        assertThat(outbox.messages()).isEmpty();
        assertThat(appeals.stored(NUMBER).timeline().remindedToAccept()).isFalse();

        assertThat(watch.record(copy, due, at("2026-11-27T09:30"))).hasSize(1);
        assertThat(outbox.messages()).hasSize(4);
        assertThat(appeals.stored(NUMBER).timeline().remindedToAccept()).isTrue();
    }

    @Test
    void countsTheResponseLimitInWorkingDays() {
        appeals.with(anAppeal().withCreatedAt(at("2026-11-27T16:00")).build());

        assertThat(pass(watch, at("2026-11-30T15:59"))).as("Friday 16:00 + 1 working day = Monday 16:00").isEmpty();
        assertThat(pass(watch, at("2026-11-30T16:00"))).hasSize(1);
    }

    @Test
    void anAppealStoredWithoutEventsIsTimedFromItsCreation() {
        Appeal stored = anAppeal().build();
        appeals.with(Appeal.restore(stored.facts(), stored.state(), 0, List.of()));

        assertThat(pass(watch, at("2026-11-27T09:30"))).extracting(WatchAction::stage)
                .containsExactly(WatchStage.RESPONSE_REMINDER);
    }

    @Test
    void repeatedRunsSendNothingTwice() {
        appeals.with(anAppeal().build());
        pass(watch, at("2026-11-27T10:00"));
        int sent = outbox.messages().size();

        assertThat(pass(watch, at("2026-11-27T10:10"))).isEmpty();
        assertThat(pass(watch, at("2026-11-27T15:00"))).isEmpty();
        assertThat(outbox.messages()).hasSize(sent);
    }

    @Test
    void ofTwoInstancesCheckingAtOnceOnlyOneSends() {
        appeals.with(anAppeal().build());
        Appeal seenByOne = appeals.stored(NUMBER);
        Appeal seenByOther = appeals.stored(NUMBER);

        assertThat(check(seenByOne, at("2026-11-27T10:00"))).hasSize(1);
        assertThat(check(seenByOther, at("2026-11-27T10:00"))).isEmpty();
        assertThat(recipientsOf(WatchStage.RESPONSE_REMINDER)).hasSize(4);
        assertThat(outbox.ignoredKeys()).isEmpty();
        assertThat(appeals.stored(NUMBER).events()).filteredOn(e -> e.type() == AppealEventType.RESPONSE_REMINDED)
                .hasSize(1);
    }

    @Test
    void aTransferredAppealIsRemindedAgainAtItsNewDepartment() {
        appeals.with(anAppeal().build());
        pass(watch, at("2026-11-27T10:00"));
        Appeal appeal = appeals.stored(NUMBER);
        appeal.transfer(Actor.staff(ZHANG), at("2026-11-27T11:00"), departments.byCode("hrss").orElseThrow(), "社保");
        appeals.update(appeal);
        outbox.clear();

        assertThat(pass(watch, at("2026-11-30T11:00"))).extracting(WatchAction::stage)
                .containsExactly(WatchStage.RESPONSE_REMINDER);
        assertThat(recipientsOf(WatchStage.RESPONSE_REMINDER))
                .containsExactlyInAnyOrder("user:hr.wu", "user:hr.qian", "user:disp.sun");
        assertThat(outbox.toUser("hr.wu").get(0).idempotencyKey())
                .isEqualTo(NUMBER + ":response-reminder@e2:user:hr.wu");
    }

    @Test
    void remindsTheHandlerOneWorkingDayBeforeTheDueDate() {
        appeals.with(anAppeal().acceptedBy("zhang.san").build());

        assertThat(pass(watch, at("2026-12-02T17:29"))).isEmpty();
        assertThat(pass(watch, at("2026-12-02T17:30"))).extracting(WatchAction::stage)
                .containsExactly(WatchStage.DUE_SOON_REMINDER);

        assertThat(outbox.messages()).singleElement().satisfies(m -> {
            assertThat(m.recipient().describe()).isEqualTo("user:zhang.san");
            assertThat(m.idempotencyKey()).isEqualTo(NUMBER + ":due-soon@202612031730:user:zhang.san");
            assertThat(m.content()).contains("临期提醒", "12月3日 17:30", "延期 " + NUMBER);
            assertThat(m.format()).as("a card with buttons").isEqualTo(cn.xuanhua.bot.core.outbound.MessageFormat.CARD);
            assertThat(m.content()).contains("\"key\":\"resolve:" + NUMBER + "\",\"text\":\"办结\"",
                    "\"key\":\"extend:" + NUMBER + "\",\"text\":\"申请延期\"", "\"taskId\":\"" + NUMBER + "_due202612031730_");
        });
        assertThat(pass(watch, at("2026-12-03T09:00"))).isEmpty();
    }

    @Test
    void aMondayDueDateIsAnnouncedOnFriday() {
        appeals.with(anAppeal().acceptedBy("zhang.san").withDueAt(at("2026-12-07T09:00")).build());

        assertThat(pass(watch, at("2026-12-04T09:00"))).extracting(WatchAction::stage)
                .containsExactly(WatchStage.DUE_SOON_REMINDER);
    }

    @Test
    void escalatesAnOverdueAppealToTheCoordinationGroupMentioningTheDepartmentsLeader() {
        appeals.with(anAppeal().acceptedBy("zhang.san").build());

        List<WatchAction> actions = pass(watch, at("2026-12-05T18:00"));

        assertThat(actions).extracting(WatchAction::stage).containsExactly(WatchStage.OVERDUE_ESCALATION);
        assertThat(appeals.stored(NUMBER).state().overdue()).isTrue();
        assertThat(outbox.toGroup("coord")).singleElement().satisfies(post -> {
            assertThat(post.idempotencyKey()).isEqualTo(NUMBER + ":overdue@202612031730:group:coord");
            assertThat(post.mentions()).containsExactly("urban.zhao");
            assertThat(post.content()).contains("诉求超期", NUMBER, "城市管理局 (受理人 张三)", "已超期 2 天",
                    "请 赵局长 督办", "138****5678").doesNotContain("13812345678");
        });
        assertThat(outbox.toGroup("tw-nanguan")).isEmpty();
        assertThat(pass(watch, at("2026-12-07T09:00"))).as("once per due date").isEmpty();
    }

    @Test
    void aPendingAppealPastItsDueDateIsEscalatedRatherThanReminded() {
        appeals.with(anAppeal().build());

        assertThat(pass(watch, at("2026-12-04T08:00"))).extracting(WatchAction::stage)
                .containsExactly(WatchStage.OVERDUE_ESCALATION);
        assertThat(outbox.toGroup("coord").get(0).content()).contains("尚未受理");
    }

    @Test
    void anAppealExtendedAfterEscalationIsEscalatedAgainWhenTheNewDueDatePasses() {
        appeals.with(anAppeal().acceptedBy("zhang.san").build());
        pass(watch, at("2026-12-04T08:00"));
        Appeal appeal = appeals.stored(NUMBER);
        appeal.requestExtension(Actor.staff(ZHANG), at("2026-12-04T09:00"), 2, "等材料");
        appeal.approveExtension(Actor.staff(SUN), at("2026-12-04T10:00"), new WeekdaysOnly());
        appeals.update(appeal);

        pass(watch, at("2026-12-08T18:00"));

        assertThat(outbox.toGroup("coord")).extracting(OutboundMessage::idempotencyKey).containsExactly(
                NUMBER + ":overdue@202612031730:group:coord", NUMBER + ":overdue@202612071730:group:coord");
    }

    @Test
    void withoutACoordinationGroupTheDispatchersAndLeadersAreToldDirectly() {
        FakeGroups all = new FakeGroups();
        Groups noCoordination = new Groups() {
            public List<ChatGroup> all() {
                return all.all().stream().filter(g -> g.kind() != GroupKind.COORDINATION).toList();
            }

            public Optional<ChatGroup> byCode(String code) {
                return all.byCode(code);
            }

            public Optional<ChatGroup> byChatId(String chatId) {
                return all.byChatId(chatId);
            }

            public ChatGroup updateBinding(String code, String chatId, Secret key, String owner,
                                           cn.xuanhua.bot.core.org.GroupBinding mode) {
                return all.updateBinding(code, chatId, key, owner, mode);
            }
        };
        appeals.with(anAppeal().acceptedBy("zhang.san").build());

        pass(watchWith(noCoordination), at("2026-12-04T08:00"));

        assertThat(recipientsOf(WatchStage.OVERDUE_ESCALATION))
                .containsExactlyInAnyOrder("user:disp.sun", "user:urban.zhao");
    }

    @Test
    void closesAResolvedAppealUnratedAfterThreeWorkingDaysAndSaysSoInTheGroup() {
        appeals.with(anAppeal().resolvedBy("zhang.san", at("2026-11-30T16:00")).build());

        assertThat(pass(watch, at("2026-12-03T15:59"))).isEmpty();
        assertThat(pass(watch, at("2026-12-03T16:00"))).extracting(WatchAction::stage)
                .containsExactly(WatchStage.RATING_TIMEOUT);

        Appeal closed = appeals.stored(NUMBER);
        assertThat(closed.status()).isEqualTo(AppealStatus.CLOSED);
        assertThat(closed.state().satisfaction()).isNull();
        assertThat(outbox.toGroup("tw-nanguan")).singleElement().satisfies(post -> {
            assertThat(post.idempotencyKey()).isEqualTo(NUMBER + ":rating-timeout@202611301600:group");
            assertThat(post.content()).contains("3 个工作日内未收到评价", "已自动结案", "不计入满意率");
        });
        assertThat(pass(watch, at("2026-12-04T16:00"))).isEmpty();
    }

    @Test
    void aRatedAppealIsNeverClosedUnrated() {
        Appeal appeal = anAppeal().resolvedBy("zhang.san", at("2026-11-30T16:00")).build();
        appeal.rate(People.requester(), at("2026-12-01T09:00"), Satisfaction.SATISFIED, null);
        appeals.with(appeal);

        assertThat(pass(watch, at("2026-12-10T09:00"))).isEmpty();
        assertThat(appeals.stored(NUMBER).timeline().last(AppealEventType.CLOSED_UNRATED)).isEmpty();
    }

    @Test
    void saysHowLateInTheLargestWholeUnit() {
        assertThat(WatchTexts.late(Duration.ofSeconds(20))).isEqualTo("1 分钟");
        assertThat(WatchTexts.late(Duration.ofMinutes(25))).isEqualTo("25 分钟");
        assertThat(WatchTexts.late(Duration.ofHours(5).plusMinutes(59))).isEqualTo("5 小时");
        assertThat(WatchTexts.late(Duration.ofDays(3).plusHours(2))).isEqualTo("3 天");
    }
}
