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
 */
public abstract class WorkerLoop implements SmartLifecycle {
    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String name;
    private final int threads;
    private final Duration pollInterval;
    private final Semaphore signal = new Semaphore(0);
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;

    protected WorkerLoop(String name, int threads, Duration pollInterval) {
        this.name = name;
        this.threads = threads;
        this.pollInterval = pollInterval;
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
            Thread t = new Thread(this::loop, name + "-" + i);
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

    private void loop() {
        while (running) {
            try {
                if (drainOnce() == 0) {
                    signal.drainPermits();
                    signal.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
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
