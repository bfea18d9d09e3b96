package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.persistence.AppealDaySequenceMapper;
import cn.xuanhua.bot.admin.persistence.AppealNumberBlocks;
import cn.xuanhua.bot.admin.support.ProdProfileContext;
import cn.xuanhua.bot.core.appeal.Appeals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Appeal numbers on MariaDB: many transactions opening a new day at once get 1..n, each once, without deadlock;
 * a burst reserves growing blocks outside the appeals' transactions and gives back what it did not use; two
 * instances never hand out the same number.
 */
class AppealNumbersIT extends ProdProfileContext {

    @Autowired
    Appeals appeals;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    AppealNumberBlocks blocks;
    @Autowired
    AppealDaySequenceMapper sequences;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate db;

    private int lastReserved(LocalDate day) {
        return db.queryForObject("SELECT last_value FROM appeal_day_sequence WHERE seq_date = ?", Integer.class, day);
    }

    @Test
    void aBurstReservesGrowingBlocksAndGivesBackWhatItDidNotUseSoTheDayHasNoGap() {
        LocalDate day = LocalDate.of(2031, 6, 7);
        for (int expected = 1; expected <= 5; expected++) {
            Integer taken = transactions.execute(status -> appeals.nextSequence(day));
            assertThat(taken).isEqualTo(expected);
        }
        assertThat(lastReserved(day)).as("blocks of 1, 2 and 4 reserved, two numbers of the last unused").isEqualTo(7);

        blocks.giveBackUnused();

        assertThat(lastReserved(day)).isEqualTo(5);
        assertThat(appeals.nextSequence(day)).isEqualTo(6);
    }

    @Test
    void aNumberTakenInsideAnAppealsTransactionIsNotHeldLockedByIt() throws Exception {
        LocalDate day = LocalDate.of(2031, 8, 9);
        AppealNumberBlocks otherInstance = new AppealNumberBlocks(sequences, transactionManager, clock);
        java.util.concurrent.CountDownLatch taken = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> slowAppeal = pool.submit(() -> transactions.execute(status -> {
                int n = appeals.nextSequence(day);
                taken.countDown();
                await(release);
                return n;
            }));
            taken.await();
            // The first appeal's transaction is still open: the other instance gets its number at once.
            Future<Integer> meanwhile = pool.submit(() -> otherInstance.next(day));
            assertThat(meanwhile.get(5, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(2);
            release.countDown();
            assertThat(slowAppeal.get()).isEqualTo(1);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void twoInstancesTakingNumbersAtOnceNeverShareOne() throws Exception {
        LocalDate day = LocalDate.of(2031, 9, 10);
        AppealNumberBlocks otherInstance = new AppealNumberBlocks(sequences, transactionManager, clock);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<Integer>>> takers = new ArrayList<>();
            for (AppealNumberBlocks instance : List.of(blocks, otherInstance, blocks, otherInstance)) {
                takers.add(() -> {
                    List<Integer> mine = new ArrayList<>();
                    for (int i = 0; i < 50; i++) {
                        mine.add(instance.next(day));
                    }
                    return mine;
                });
            }
            List<Integer> numbers = new ArrayList<>();
            for (Future<List<Integer>> f : pool.invokeAll(takers)) {
                numbers.addAll(f.get());
            }
            assertThat(numbers).hasSize(200).doesNotHaveDuplicates().allMatch(n -> n >= 1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void concurrentTransactionsTakeDistinctSequentialNumbersOfANewDay() throws Exception {
        LocalDate day = LocalDate.of(2031, 5, 6);
        // Four at once: each holds a connection and takes its number on a second one, from a pool of six.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> takers = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                takers.add(() -> transactions.execute(status -> appeals.nextSequence(day)));
            }
            List<Integer> numbers = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(takers)) {
                numbers.add(f.get());
            }
            assertThat(numbers).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, 24).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
        assertThat(appeals.nextNumber("XH", day).value()).isEqualTo("XH20310506-0025");
    }
}
