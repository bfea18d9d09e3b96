package cn.xuanhua.bot.admin.health;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseHealthTest {
    private static final Duration BUDGET = Duration.ofMillis(300);
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final AtomicInteger connects = new AtomicInteger();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    /** A data source whose getConnection takes {@code delay}, then gives a connection that validates or not. */
    private DataSource database(Duration delay, boolean valid) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{DataSource.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("getConnection")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    connects.incrementAndGet();
                    Thread.sleep(delay.toMillis());
                    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Connection.class},
                            (c, m, a) -> switch (m.getName()) {
                                case "isValid" -> valid;
                                case "close" -> null;
                                default -> throw new SQLException("not here: " + m.getName());
                            });
                });
    }

    private static Duration timed(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Test
    void aDatabaseThatAnswersIsUpAndOneThatDoesNotValidateIsDown() {
        assertThat(new DatabaseHealth(database(Duration.ZERO, true), BUDGET, executor).health().getStatus())
                .isEqualTo(Status.UP);
        assertThat(new DatabaseHealth(database(Duration.ZERO, false), BUDGET, executor).health().getStatus())
                .isEqualTo(Status.DOWN);
    }

    @Test
    void aDatabaseThatHangsIsDownWithinTheBudgetAndProbesShareTheOneWaitingCheck() {
        DatabaseHealth health = new DatabaseHealth(database(Duration.ofSeconds(3), true), BUDGET, executor);
        Health[] answers = new Health[3];
        for (int i = 0; i < answers.length; i++) {
            int n = i;
            assertThat(timed(() -> answers[n] = health.health())).isLessThan(Duration.ofSeconds(1));
            assertThat(answers[n].getStatus()).isEqualTo(Status.DOWN);
        }
        assertThat(connects).as("one connection attempt for all three probes").hasValue(1);
    }
}
