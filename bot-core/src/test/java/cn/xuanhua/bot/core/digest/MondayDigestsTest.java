package cn.xuanhua.bot.core.digest;

import cn.xuanhua.bot.core.Secret;
import cn.xuanhua.bot.core.coordination.Locks;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.GroupBinding;
import cn.xuanhua.bot.core.org.GroupKind;
import cn.xuanhua.bot.core.outbound.MessageFormat;
import cn.xuanhua.bot.core.outbound.MessageSender;
import cn.xuanhua.bot.core.outbound.OutboundMessage;
import cn.xuanhua.bot.core.outbound.Reachability;
import cn.xuanhua.bot.core.outbound.Recipient;
import cn.xuanhua.bot.core.outbound.SendOutcome;
import cn.xuanhua.bot.core.support.FakeDepartments;
import cn.xuanhua.bot.core.support.FakeGroups;
import cn.xuanhua.bot.core.support.FakeOutbox;
import cn.xuanhua.bot.core.support.FakeSharedState;
import cn.xuanhua.bot.core.support.WeekdaysOnly;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static cn.xuanhua.bot.core.digest.AppealRow.at;
import static org.assertj.core.api.Assertions.assertThat;

class MondayDigestsTest {
    private final FakeGroups groups = new FakeGroups();
    private final FakeOutbox outbox = new FakeOutbox();
    private final FakeSharedState shared = new FakeSharedState();
    /** WeCom as its adapter answers for these groups: ind-startup has no robot webhook key yet, the others are bound. */
    private final MessageSender wecom = new MessageSender() {
        @Override
        public Reachability reach(Recipient recipient) {
            return recipient.equals(new Recipient.Group("ind-startup"))
                    ? Reachability.unreachable("群 ind-startup 未设置机器人 webhook key") : Reachability.REACHABLE;
        }

        @Override
        public SendOutcome send(Recipient recipient, MessageFormat format, String content, List<String> mentions) {
            throw new AssertionError("the digests are queued, never sent directly");
        }
    };

    MondayDigestsTest() {
        groups.add(new ChatGroup("tw-nanguan", "南关街道市场主体交流群", GroupKind.TOWNSHIP, "wrNanguan",
                Secret.of("key-nanguan"), GroupBinding.WEBHOOK, "owner.nanguan", "office-nanguan"));
        groups.add(new ChatGroup("coord", "宣化区市场主体诉求解决交流群", GroupKind.COORDINATION, "wrCoord",
                Secret.of("key-coord"), GroupBinding.WEBHOOK, "leader.li", "approval"));
        groups.add(new ChatGroup("app-1", "应用群", GroupKind.INDUSTRY, "wrApp", Secret.empty(), GroupBinding.APPCHAT,
                null, "drc"));
    }

    private MondayDigests instance(DigestQueries queries) {
        Clock clock = Clock.fixed(at("2026-11-23T09:00").toInstant(), AppealRow.ZONE);
        WeeklyDigests digests = new WeeklyDigests(groups,
                new DigestBuilder(queries, new FakeDepartments(), new WeekdaysOnly(), 1),
                d -> Optional.of("cG5n"), outbox, clock);
        return new MondayDigests(groups, wecom, digests, new Locks(shared));
    }

    @Test
    void postsLastWeeksDigestIntoEveryGroupItCanReachOnce() {
        MondayDigests.Outcome outcome = instance(new InMemoryDigestQueries()).run(at("2026-11-23T09:00"));

        assertThat(outcome.week()).isEqualTo("2026-W47");
        assertThat(outcome.posted()).containsExactly("coord", "tw-nanguan", "app-1");
        assertThat(outcome.unbound()).containsExactly("ind-startup");
        assertThat(outbox.messages()).extracting(OutboundMessage::idempotencyKey).containsExactly(
                "digest:coord:2026-W47:monday:text", "digest:coord:2026-W47:monday:image",
                "digest:tw-nanguan:2026-W47:monday:text", "digest:tw-nanguan:2026-W47:monday:image",
                "digest:app-1:2026-W47:monday:text");
        assertThat(shared.get("lock:digest-monday:2026-W47")).as("the lock is released").isEmpty();
    }

    @Test
    void twoInstancesAtOnceAndARerunQueueEachDigestOnce() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        MondayDigests a = instance(new InMemoryDigestQueries());
        MondayDigests b = instance(new InMemoryDigestQueries());
        CompletableFuture<MondayDigests.Outcome> first = CompletableFuture.supplyAsync(() -> await(start, a));
        CompletableFuture<MondayDigests.Outcome> second = CompletableFuture.supplyAsync(() -> await(start, b));
        start.countDown();
        List<MondayDigests.Outcome> outcomes = List.of(first.get(), second.get());
        instance(new InMemoryDigestQueries()).run(at("2026-11-23T09:30"));

        assertThat(outcomes).extracting(MondayDigests.Outcome::week).containsOnly("2026-W47");
        assertThat(outbox.messages()).hasSize(5);
    }

    @Test
    void aGroupThatFailsDoesNotStopTheOthers() {
        InMemoryDigestQueries real = new InMemoryDigestQueries();
        DigestQueries failingForNanguan = new DigestQueries() {
            @Override
            public List<DepartmentCounts> countsByDepartment(DigestScope scope, DigestWindow window) {
                if ("tw-nanguan".equals(scope.groupCode())) {
                    throw new IllegalStateException("database hiccup");
                }
                return real.countsByDepartment(scope, window);
            }

            @Override
            public List<CategoryCount> topCategories(DigestScope scope, DigestWindow window, int limit) {
                return real.topCategories(scope, window, limit);
            }

            @Override
            public long businessesTouched(DigestScope scope, DigestWindow window) {
                return real.businessesTouched(scope, window);
            }

            @Override
            public List<DigestCounts> weeklyTotals(DigestScope scope, DigestWindow window) {
                return real.weeklyTotals(scope, window);
            }

            @Override
            public List<GroupCategoryCount> categoriesByGroup(DigestScope scope, DigestWindow window) {
                return real.categoriesByGroup(scope, window);
            }

            @Override
            public List<OverdueAppeal> overdueAppeals(DigestScope scope, DigestWindow window, int limit) {
                return real.overdueAppeals(scope, window, limit);
            }
        };

        MondayDigests.Outcome outcome = instance(failingForNanguan).run(at("2026-11-23T09:00"));

        assertThat(outcome.posted()).containsExactly("coord", "app-1");
        assertThat(outcome.failed()).containsOnlyKeys("tw-nanguan");
    }

    @Test
    void anInstanceFindingTheWeekLockedLeavesItToTheHolder() {
        new Locks(shared).tryLock("digest-monday:2026-W47", java.time.Duration.ofMinutes(5));

        MondayDigests.Outcome outcome = instance(new InMemoryDigestQueries()).run(at("2026-11-23T09:00"));

        assertThat(outcome.ran()).isFalse();
        assertThat(outbox.messages()).isEmpty();
    }

    private static MondayDigests.Outcome await(CountDownLatch start, MondayDigests instance) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return instance.run(at("2026-11-23T09:00"));
    }
}
