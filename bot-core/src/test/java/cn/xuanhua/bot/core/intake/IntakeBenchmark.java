package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.calendar.OfficialCalendar;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.seed.SeedDictionary;
import com.xkzhangsan.time.nlp.TimeNLP;
import com.xkzhangsan.time.nlp.TimeNLPUtil;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code scripts/bench-intake}: our whole intake pipeline (mask → classify → route → deadline → due date) and
 * xk-time's natural-language time parser, side by side on the same sentences (the public and our own deadline
 * corpus), single-threaded, after warm-up. Prints throughput and how many deadlines each reads right, and ends
 * with the line of contract section 1. A benchmark, not a test: nothing here asserts a timing.
 *
 * <p>Judging xk-time fairly: a case expecting no deadline is right when xk-time finds no time; a case expecting a
 * date is right when xk-time's first time falls on that date (any clock time); a date-time must match to the minute.
 */
public final class IntakeBenchmark {
    private static final DateTimeFormatter XK_BASE = DateTimeFormatter.ofPattern("yyyy-MM-dd-HH-mm-ss");
    private static final int ROUNDS = 5;
    private static final long ROUND_NANOS = 1_000_000_000L;

    private IntakeBenchmark() {
    }

    public static void main(String[] args) {
        List<DeadlineCase> cases = new ArrayList<>(DeadlineCase.load("/intake/deadlines-public.json"));
        cases.addAll(DeadlineCase.load("/intake/deadlines-own.json"));
        Intake intake = new Intake(SeedDictionary.load(), OfficialCalendar.calendar());
        ChatGroup group = SeedDictionary.groups().get("tw-nanguan");

        int oursRight = 0;
        int xkRight = 0;
        int oursPublic = 0;
        int xkPublic = 0;
        for (DeadlineCase c : cases) {
            boolean ok = c.miss(intake.assess(c.text(), c.sentAt(), group).requestedDeadline()).isEmpty();
            boolean xkOk = xkRight(c);
            oursRight += ok ? 1 : 0;
            xkRight += xkOk ? 1 : 0;
            if (c.id().startsWith("S")) {
                oursPublic += ok ? 1 : 0;
                xkPublic += xkOk ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "public cases (S01-S26): ours %d/26, xk-time %d/26%n", oursPublic, xkPublic);

        double ours = throughput(cases, c -> intake.assess(c.text(), c.sentAt(), group));
        double xk = throughput(cases, c -> TimeNLPUtil.parse(c.text(), c.sentAt().format(XK_BASE)));
        System.out.printf(Locale.ROOT, "sentences: %d (public 26 + own corpus), single thread, %d rounds of %d ms after warm-up%n",
                cases.size(), ROUNDS, ROUND_NANOS / 1_000_000);
        System.out.printf(Locale.ROOT, "intake: ours %.0f msg/s, xk-time %.0f msg/s, ratio %.1f; deadlines right: ours %d/%d, xk-time %d/%d%n",
                ours, xk, ours / xk, oursRight, cases.size(), xkRight, cases.size());
    }

    /** Median messages per second over {@link #ROUNDS} rounds, after a warm-up of the same length. */
    private static double throughput(List<DeadlineCase> cases, java.util.function.Consumer<DeadlineCase> work) {
        runFor(cases, work, 3 * ROUND_NANOS);
        double[] rates = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            rates[r] = runFor(cases, work, ROUND_NANOS);
        }
        Arrays.sort(rates);
        return rates[ROUNDS / 2];
    }

    private static double runFor(List<DeadlineCase> cases, java.util.function.Consumer<DeadlineCase> work, long nanos) {
        long start = System.nanoTime();
        long done = 0;
        while (System.nanoTime() - start < nanos) {
            for (DeadlineCase c : cases) {
                work.accept(c);
            }
            done += cases.size();
        }
        return done / ((System.nanoTime() - start) / 1e9);
    }

    private static boolean xkRight(DeadlineCase c) {
        Optional<LocalDateTime> first = xkFirst(c);
        if (c.expect() == null) {
            return first.isEmpty();
        }
        if (first.isEmpty()) {
            return false;
        }
        if (c.expect().length() == 10) {
            return first.get().toLocalDate().equals(LocalDate.parse(c.expect()));
        }
        return first.get().truncatedTo(ChronoUnit.MINUTES).equals(LocalDateTime.parse(c.expect()));
    }

    private static Optional<LocalDateTime> xkFirst(DeadlineCase c) {
        try {
            List<TimeNLP> found = TimeNLPUtil.parse(c.text(), c.sentAt().format(XK_BASE));
            return found == null || found.isEmpty() ? Optional.empty() : Optional.ofNullable(found.get(0).getLocalDateTime());
        } catch (RuntimeException e) {
            return Optional.of(LocalDateTime.MIN);
        }
    }
}
