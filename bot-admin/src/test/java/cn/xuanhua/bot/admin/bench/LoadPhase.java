package cn.xuanhua.bot.admin.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * One measured phase of {@code scripts/bench-callback}: {@code connections} clients, each sending its next request
 * as soon as the last one was answered (a closed loop, as WeCom's servers do when a callback slows), for a fixed
 * time. Counts requests, non-200 answers and each request's latency.
 */
final class LoadPhase {

    record Result(String name, long requests, long errors, double seconds, long p50Micros, long p99Micros) {
        double perSecond() {
            return requests / seconds;
        }

        String line() {
            return String.format(Locale.ROOT, "%s: %.0f req/s, p50 %.1f ms, p99 %.1f ms, errors %d of %d",
                    name, perSecond(), p50Micros / 1000.0, p99Micros / 1000.0, errors, requests);
        }
    }

    private LoadPhase() {
    }

    static Result run(String name, HttpClient http, Supplier<HttpRequest> requests, int connections, Duration length)
            throws InterruptedException {
        long[][] latencies = new long[connections][];
        int[] counts = new int[connections];
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + length.toNanos();
        CountDownLatch done = new CountDownLatch(connections);
        long start = System.nanoTime();
        for (int t = 0; t < connections; t++) {
            int me = t;
            latencies[me] = new long[1 << 16];
            Thread client = new Thread(() -> {
                while (System.nanoTime() < end) {
                    HttpRequest request = requests.get();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        errors.incrementAndGet();
                    }
                    if (counts[me] == latencies[me].length) {
                        latencies[me] = Arrays.copyOf(latencies[me], counts[me] * 2);
                    }
                    latencies[me][counts[me]++] = (System.nanoTime() - t0) / 1000;
                }
                done.countDown();
            });
            client.start();
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = new long[Arrays.stream(counts).sum()];
        int at = 0;
        for (int t = 0; t < connections; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        return new Result(name, all.length, errors.get(), seconds, percentile(all, 50), percentile(all, 99));
    }

    private static long percentile(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
