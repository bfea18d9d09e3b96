package cn.xuanhua.bot.admin.health;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The database check behind {@code /actuator/health} and {@code /actuator/health/readiness}, answered within a time
 * budget. A dead database does not fail fast: the pool keeps trying to connect for its whole connection timeout (30 s
 * by default), so Spring Boot's own check held the load balancer's probe 20–24 s. Here the check runs on its own
 * thread and the answer is DOWN once the budget is spent; probes arriving meanwhile wait on that same check rather than
 * start one each, so a dead database costs one waiting thread, not one per probe.
 */
public final class DatabaseHealth implements HealthIndicator, AutoCloseable {
    private static final int VALIDATION_SECONDS = 1;

    private final DataSource dataSource;
    private final Duration budget;
    private final ExecutorService executor;
    private CompletableFuture<Health> inFlight;

    public DatabaseHealth(DataSource dataSource, Duration budget, ExecutorService executor) {
        this.dataSource = dataSource;
        this.budget = budget;
        this.executor = executor;
    }

    @Override
    public Health health() {
        try {
            return check().get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Health.down().withDetail("error", "no answer within " + budget.toMillis() + " ms").build();
        } catch (ExecutionException e) {
            return Health.down(e.getCause() instanceof Exception cause ? cause : e).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        } catch (RejectedExecutionException shuttingDown) {
            return Health.outOfService().build();
        }
    }

    private synchronized CompletableFuture<Health> check() {
        if (inFlight == null || inFlight.isDone()) {
            inFlight = CompletableFuture.supplyAsync(this::connect, executor);
        }
        return inFlight;
    }

    /** Stops the checking thread with the application (a check still waiting for a connection is interrupted). */
    @Override
    public void close() {
        executor.shutdownNow();
    }

    private Health connect() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(VALIDATION_SECONDS) ? Health.up().build()
                    : Health.down().withDetail("error", "the connection did not validate").build();
        } catch (SQLException e) {
            return Health.down(e).build();
        }
    }
}
