package cn.xuanhua.bot.admin.jobs;

import cn.xuanhua.bot.admin.coordination.InMemorySharedState;
import cn.xuanhua.bot.admin.support.MutableClock;
import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealFacts;
import cn.xuanhua.bot.core.appeal.AppealNumber;
import cn.xuanhua.bot.core.coordination.Locks;
import cn.xuanhua.bot.core.appeal.Appeals;
import cn.xuanhua.bot.core.watch.DeadlineWatch;
import cn.xuanhua.bot.core.watch.WatchSettings;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadline watch holds its shared lock for as long as a pass runs, however long that is: a pass over many appeals
 * (a slow database, a long backlog) outlasting the lock's 5 minutes let a second instance start the same pass.
 */
class DeadlineWatchJobTest {
    private static final Duration PER_APPEAL = Duration.ofMinutes(1);
    private final MutableClock clock = new MutableClock();
    private final Locks locks = new Locks(new InMemorySharedState(clock));
    private final List<Boolean> othersCouldStart = new ArrayList<>();

    /** Appeals that need nothing now, each taking a minute of the pass; halfway another instance tries the lock. */
    private final class SlowCandidates extends AbstractList<Appeal> {
        private final int size;

        SlowCandidates(int size) {
            this.size = size;
        }

        @Override
        public Appeal get(int index) {
            clock.advance(PER_APPEAL);
            if (index % 3 == 0) {
                Optional<Locks.Held> other = locks.tryLock("deadline-watch", Duration.ofMinutes(5));
                othersCouldStart.add(other.isPresent());
                other.ifPresent(Locks.Held::close);
            }
            return quietAppeal(index + 1);
        }

        @Override
        public int size() {
            return size;
        }
    }

    private Appeal quietAppeal(int sequence) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        AppealFacts facts = new AppealFacts(AppealNumber.of("XH", LocalDate.of(2026, 11, 26), sequence), "tw-nanguan",
                "owner", null, "路灯坏了", "路灯坏了", "municipal", now, null, false, null);
        return Appeal.submit(facts, "office-nanguan", now.plusDays(20), "");
    }

    private DeadlineWatchJob job(List<Appeal> candidates) {
        return job(candidates, (from, n) -> from.plusDays(n));
    }

    private DeadlineWatchJob job(List<Appeal> candidates, cn.xuanhua.bot.core.appeal.WorkingDays calendar) {
        Appeals appeals = new Appeals() {
            @Override
            public List<Appeal> watchCandidates(ZonedDateTime now) {
                return candidates;
            }

            @Override
            public Optional<Appeal> byNumber(AppealNumber number) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Appeal> openOf(String departmentCode) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Appeal> unclosed() {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Appeal> unclosedOfRequester(String groupCode, String requesterUserId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Appeal> recentOpenOfGroup(String groupCode, ZonedDateTime since) {
                throw new UnsupportedOperationException("the watch reads no thread");
            }

            @Override
            public int madeBySince(String requesterUserId, ZonedDateTime since) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<cn.xuanhua.bot.core.appeal.MergeCandidate> mergeCandidates(String groupCode,
                                                                                  String categoryCode,
                                                                                  ZonedDateTime since) {
                throw new UnsupportedOperationException("the watch never merges");
            }

            @Override
            public void add(Appeal appeal) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void update(Appeal appeal) {
                throw new UnsupportedOperationException();
            }

            @Override
            public int nextSequence(LocalDate day) {
                throw new UnsupportedOperationException();
            }
        };
        // Nothing is due in this pass: the watch reads the calendar only, and no port behind it is reached.
        DeadlineWatch watch = new DeadlineWatch(appeals, null, null, null, null, calendar, WatchSettings.defaults());
        return new DeadlineWatchJob(watch, appeals, locks, new TransactionTemplate(), null, clock);
    }

    @Test
    void aPassLongerThanTheLockKeepsItSoNoOtherInstanceStartsTheSamePass() {
        job(new SlowCandidates(30)).run();

        assertThat(othersCouldStart).hasSize(10).containsOnly(false);
        assertThat(locks.tryLock("deadline-watch", Duration.ofMinutes(5))).as("released at the end").isPresent();
    }

    /** Twenty appeals that need nothing now; the calendar the watch reads for each fails with {@code failure}. */
    private int calendarReadsOfAPassFailingWith(RuntimeException failure) {
        List<Appeal> quiet = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            quiet.add(quietAppeal(i));
        }
        int[] reads = {0};
        job(quiet, (from, n) -> {
            reads[0]++;
            throw failure;
        }).runOnce();
        return reads[0];
    }

    @Test
    void aPassStopsAtTheFirstAppealWhenTheDatabaseCannotBeReached() {
        // As MyBatis reports it when the pool has no connection to give (the database away).
        RuntimeException away = new RuntimeException("query failed", new CannotGetJdbcConnectionException(
                "Failed to obtain JDBC Connection", new SQLTransientConnectionException("Connection is not available")));

        assertThat(calendarReadsOfAPassFailingWith(away)).isEqualTo(1);
        assertThat(calendarReadsOfAPassFailingWith(new CannotCreateTransactionException("Could not open JDBC Connection")))
                .isEqualTo(1);
    }

    @Test
    void oneAppealFailingDoesNotStopThePassForTheOthers() {
        assertThat(calendarReadsOfAPassFailingWith(new IllegalStateException("a broken appeal"))).isGreaterThanOrEqualTo(20);
    }
}
