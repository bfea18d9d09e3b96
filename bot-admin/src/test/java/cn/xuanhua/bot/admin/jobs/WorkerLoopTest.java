package cn.xuanhua.bot.admin.jobs;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While callbacks keep the server busy a worker loop's first thread keeps the queue moving, resting as long as each
 * round took, and its other threads wait; once the callbacks pause, every thread works again.
 */
class WorkerLoopTest {
    private static final long ROUND_MILLIS = 20;

    /** A queue that always has work: each round takes {@link #ROUND_MILLIS} and is recorded. */
    static final class AlwaysBusyLoop extends WorkerLoop {
        final Set<String> threadsThatWorked = ConcurrentHashMap.newKeySet();
        final List<long[]> rounds = new CopyOnWriteArrayList<>();
        final AtomicInteger concurrent = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();

        AlwaysBusyLoop(CallbackPriority callbacks) {
            super("test", 2, Duration.ofSeconds(1), callbacks);
        }

        @Override
        protected int drainOnce() {
            long start = System.nanoTime();
            mostAtOnce.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
            threadsThatWorked.add(Thread.currentThread().getName());
            try {
                Thread.sleep(ROUND_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                concurrent.decrementAndGet();
            }
            rounds.add(new long[] {start, System.nanoTime()});
            return 1;
        }
    }

    @Test
    void whileCallbacksAreBusyOnlyTheFirstThreadWorksAndItRestsAsLongAsEachRoundTook() throws Exception {
        CallbackPriority callbacks = new CallbackPriority();
        callbacks.started();
        AlwaysBusyLoop loop = new AlwaysBusyLoop(callbacks);
        loop.start();
        try {
            waitFor(() -> loop.rounds.size() >= 5);
        } finally {
            loop.stop();
        }
        assertThat(loop.threadsThatWorked).containsExactly("test-0");
        assertThat(loop.mostAtOnce.get()).isEqualTo(1);
        List<long[]> rounds = List.copyOf(loop.rounds);
        for (int i = 1; i < rounds.size(); i++) {
            long restNanos = rounds.get(i)[0] - rounds.get(i - 1)[1];
            assertThat(restNanos).as("rest before round %d", i).isGreaterThanOrEqualTo(ROUND_MILLIS * 1_000_000L);
        }
    }

    @Test
    void onceTheCallbacksPauseEveryThreadWorksAgain() throws Exception {
        CallbackPriority callbacks = new CallbackPriority();
        callbacks.started();
        AlwaysBusyLoop loop = new AlwaysBusyLoop(callbacks);
        loop.start();
        try {
            waitFor(() -> loop.rounds.size() >= 2);
            assertThat(loop.threadsThatWorked).containsExactly("test-0");
            callbacks.finished();
            waitFor(() -> loop.mostAtOnce.get() == 2);
            assertThat(loop.threadsThatWorked).containsExactlyInAnyOrder("test-0", "test-1");
        } finally {
            loop.stop();
        }
    }

    @Test
    void withoutCallbacksBothThreadsWorkFromTheStart() throws Exception {
        AlwaysBusyLoop loop = new AlwaysBusyLoop(CallbackPriority.NONE);
        loop.start();
        try {
            waitFor(() -> loop.mostAtOnce.get() == 2);
        } finally {
            loop.stop();
        }
        assertThat(loop.threadsThatWorked).containsExactlyInAnyOrder("test-0", "test-1");
    }

    @Test
    void callbacksCountAsBusyWhileInFlightAndBrieflyAfter() throws Exception {
        CallbackPriority callbacks = new CallbackPriority();
        assertThat(callbacks.busy()).isFalse();
        callbacks.started();
        callbacks.started();
        callbacks.finished();
        assertThat(callbacks.busy()).isTrue();
        callbacks.finished();
        assertThat(callbacks.busy()).as("just finished").isTrue();
        waitFor(() -> !callbacks.busy());
        CallbackPriority.NONE.started();
        assertThat(CallbackPriority.NONE.busy()).isFalse();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
