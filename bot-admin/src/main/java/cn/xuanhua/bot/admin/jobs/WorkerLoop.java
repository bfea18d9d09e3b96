package cn.xuanhua.bot.admin.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A few worker threads that drain a queue in the database: each round claims a batch and works it; when there
 * is nothing to do a thread sleeps until {@link #wake()} (new work stored by this instance) or the poll interval
 * (work stored by another instance, or due for a retry). Runs while the application runs.
 *
 * <p>While WeCom's callbacks keep the server busy ({@link CallbackPriority}), only the first thread works, and it
 * rests as long as each round took: the queue still moves, and the callbacks, which WeCom waits on, keep the cores.
 */
public abstract class WorkerLoop implements SmartLifecycle {
    /** How long a stepped-back thread waits before it looks again whether the callbacks have paused. */
    private static final long BUSY_PAUSE_MILLIS = 10;
    /** The first thread's rest after a round while callbacks are busy: as long as the round, at most this. */
    private static final long MAX_REST_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String name;
    private final int threads;
    private final Duration pollInterval;
    private final CallbackPriority callbacks;
    private final Semaphore signal = new Semaphore(0);
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;

    protected WorkerLoop(String name, int threads, Duration pollInterval) {
        this(name, threads, pollInterval, CallbackPriority.NONE);
    }

    protected WorkerLoop(String name, int threads, Duration pollInterval, CallbackPriority callbacks) {
        this.name = name;
        this.threads = threads;
        this.pollInterval = pollInterval;
        this.callbacks = callbacks;
    }

    /** Works one batch; returns how many items it handled (0 = nothing due). */
    protected abstract int drainOnce();

    /** Tells a sleeping worker that there is new work. */
    public void wake() {
        signal.release();
    }

    @Override
    public synchronized void start() {
        running = true;
        for (int i = 0; i < threads; i++) {
            int index = i;
            Thread t = new Thread(() -> loop(index), name + "-" + i);
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        workers.forEach(Thread::interrupt);
        for (Thread t : workers) {
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop(int index) {
        while (running) {
            try {
                if (index > 0 && callbacks.busy()) {
                    Thread.sleep(BUSY_PAUSE_MILLIS);
                    continue;
                }
                long started = System.nanoTime();
                if (drainOnce() == 0) {
                    signal.drainPermits();
                    signal.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                } else if (callbacks.busy()) {
                    TimeUnit.NANOSECONDS.sleep(Math.min(System.nanoTime() - started, MAX_REST_NANOS));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                // The database may be briefly away; the round is retried after a pause, nothing is lost.
                log.warn("{} round failed: {}", name, e.toString());
                sleepQuietly();
            }
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(pollInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
