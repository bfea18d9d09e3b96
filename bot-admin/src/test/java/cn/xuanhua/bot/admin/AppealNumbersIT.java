package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.support.ProdProfileContext;
import cn.xuanhua.bot.core.appeal.Appeals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Appeal numbers on MariaDB: many transactions opening a new day at once get 1..n, each once, without deadlock. */
class AppealNumbersIT extends ProdProfileContext {

    @Autowired
    Appeals appeals;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void concurrentTransactionsTakeDistinctSequentialNumbersOfANewDay() throws Exception {
        LocalDate day = LocalDate.of(2031, 5, 6);
        ExecutorService pool = Executors.newFixedThreadPool(8);
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
