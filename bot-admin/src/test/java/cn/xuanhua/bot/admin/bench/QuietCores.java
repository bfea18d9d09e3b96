package cn.xuanhua.bot.admin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Waits until the machine's cores are mostly idle, from Linux's {@code /proc/stat}. The callback benchmark measures
 * the URL check as its yardstick, once per profile, right after the previous profile's backlog was set aside (the
 * database on the same cores may still be purging those rows). One run read it at 2,543 and 4,600 req/s; with this
 * wait four readings over two runs were 4,029-4,689, though the cores were quiet within 2 s each time, so the purge
 * was not the only cause of that spread (README, "Benchmarks").
 */
final class QuietCores {
    private static final Path STAT = Path.of("/proc/stat");
    /** Idle share of the cores, over one second, that counts as quiet. */
    private static final double QUIET = 0.8;
    /** Quiet seconds in a row before measuring. */
    private static final int QUIET_SECONDS = 2;

    private QuietCores() {
    }

    /** Returns once the cores were quiet for two seconds in a row, or after {@code longest}; says which. */
    static void await(Duration longest) throws InterruptedException {
        if (!Files.isReadable(STAT)) {
            return;
        }
        long start = System.nanoTime();
        long end = start + longest.toNanos();
        int quietInARow = 0;
        double idle = 0;
        long[] before = sample();
        while (quietInARow < QUIET_SECONDS && System.nanoTime() < end) {
            Thread.sleep(1000);
            long[] after = sample();
            idle = idleShare(before, after);
            before = after;
            quietInARow = idle >= QUIET ? quietInARow + 1 : 0;
        }
        System.out.printf(Locale.ROOT, "(cores %s after %.0f s: %.0f%% idle)%n",
                quietInARow >= QUIET_SECONDS ? "quiet" : "still busy", (System.nanoTime() - start) / 1e9, idle * 100);
    }

    /** The first line of /proc/stat: total jiffies and idle ones (idle + iowait). */
    private static long[] sample() {
        try {
            String first;
            try (var lines = Files.newBufferedReader(STAT)) {
                first = lines.readLine();
            }
            String[] f = first.trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            return new long[] {total, Long.parseLong(f[4]) + Long.parseLong(f[5])};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    private static double idleShare(long[] before, long[] after) {
        long total = after[0] - before[0];
        return total <= 0 ? 1 : (double) (after[1] - before[1]) / total;
    }
}
