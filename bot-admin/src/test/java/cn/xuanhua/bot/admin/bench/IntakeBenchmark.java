package cn.xuanhua.bot.admin.bench;

import cn.xuanhua.bot.admin.learning.AppealTrainer;
import cn.xuanhua.bot.admin.learning.LabelledExample;
import cn.xuanhua.bot.admin.learning.LabelledHistory;
import cn.xuanhua.bot.admin.learning.RoutingTrainer;
import cn.xuanhua.bot.core.calendar.OfficialCalendar;
import cn.xuanhua.bot.core.intake.DeadlineCase;
import cn.xuanhua.bot.core.intake.Intake;
import cn.xuanhua.bot.core.intake.IntakeDictionary;
import cn.xuanhua.bot.core.learning.Learned;
import cn.xuanhua.bot.core.learning.LearnedRouting;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.seed.SeedDictionary;
import com.xkzhangsan.time.nlp.TimeNLP;
import com.xkzhangsan.time.nlp.TimeNLPUtil;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code scripts/bench-intake}: our whole intake pipeline (mask → who speaks and what the message does → category,
 * catalogue and the learned models → deadline → due date) and xk-time's natural-language time parser, side by side
 * on the same sentences (the public and our own deadline corpus), single-threaded, after warm-up. Prints the
 * training of the models (on the shipped corpus with the routing-only appeals, as at start-up, and on 10,000 labelled
 * appeals with the heap the JVM was given),
 * throughput with and without the models (their share of the time), how many deadlines each reads right, and ends
 * with the line of the README. A benchmark, not a test: nothing here asserts a timing.
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
        IntakeDictionary dictionary = SeedDictionary.load();
        Map<String, ChatGroup> groups = SeedDictionary.groups();
        Intake rulesOnly = new Intake(dictionary, OfficialCalendar.calendar());
        LabelledHistory history = new LabelledHistory(List::of);
        List<LabelledExample> corpus = history.corpus();
        // As at start-up: the routing model also learns from the routing-only appeals (sql/routing), the appeal
        // model from the corpus alone.
        List<LabelledExample> routingExamples = history.withRoutingOnly(corpus);
        long started = System.nanoTime();
        Learned learned = train(routingExamples, corpus, rulesOnly, groups);
        System.out.printf(Locale.ROOT, "models trained on the shipped corpus (%d messages, and %d routing-only appeals)"
                + " in %d ms%n", corpus.size(), routingExamples.size() - corpus.size(),
                (System.nanoTime() - started) / 1_000_000);
        trainOnTenThousand(corpus, rulesOnly, groups);
        Intake intake = new Intake(dictionary, OfficialCalendar.calendar(), learned);
        ChatGroup group = groups.get("tw-nanguan");

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
        double withoutModels = throughput(cases, c -> rulesOnly.assess(c.text(), c.sentAt(), group));
        System.out.printf(Locale.ROOT, "without the learned models %.0f msg/s: the models take %.0f%% of intake's time%n",
                withoutModels, 100 * (1 - ours / withoutModels));
        double xk = throughput(cases, c -> TimeNLPUtil.parse(c.text(), c.sentAt().format(XK_BASE)));
        System.out.printf(Locale.ROOT, "sentences: %d (public 26 + own corpus), single thread, %d rounds of %d ms after warm-up%n",
                cases.size(), ROUNDS, ROUND_NANOS / 1_000_000);
        System.out.printf(Locale.ROOT, "intake: ours %.0f msg/s, xk-time %.0f msg/s, ratio %.1f; deadlines right: ours %d/%d, xk-time %d/%d%n",
                ours, xk, ours / xk, oursRight, cases.size(), xkRight, cases.size());
    }

    private static Learned train(List<LabelledExample> examples, Intake rulesOnly, Map<String, ChatGroup> groups) {
        return train(examples, examples, rulesOnly, groups);
    }

    private static Learned train(List<LabelledExample> routingExamples, List<LabelledExample> appealExamples,
                                 Intake rulesOnly, Map<String, ChatGroup> groups) {
        LearnedRouting routing = new RoutingTrainer(Clock.systemUTC()).train(routingExamples, rulesOnly.triage(),
                groups);
        return new Learned(routing, new AppealTrainer(Clock.systemUTC()).train(appealExamples, rulesOnly.triage(),
                groups));
    }

    /**
     * Both models trained (with their cross-validation) on 10,000 labelled appeals: the corpus's appeals, each also
     * joined with the start of another of the same unit, until there are 10,000. Run with -Xmx512m, finishing is
     * the proof of the memory bound; the peak heap in use is printed too.
     */
    private static void trainOnTenThousand(List<LabelledExample> corpus, Intake rulesOnly, Map<String, ChatGroup> groups) {
        List<LabelledExample> appeals = corpus.stream().filter(e -> e.appeal() && e.departmentCode() != null).toList();
        List<LabelledExample> many = new ArrayList<>(10_000);
        for (int i = 0; many.size() < 10_000; i++) {
            LabelledExample e = appeals.get(i % appeals.size());
            LabelledExample other = appeals.get((i * 7 + 3) % appeals.size());
            String text = i < appeals.size() ? e.text()
                    : e.text() + " " + other.text().substring(0, Math.min(12, other.text().length()));
            many.add(new LabelledExample(text, e.groupCode(), true, e.departmentCode(), true, false));
        }
        many.addAll(corpus.stream().filter(e -> !e.appeal()).toList());
        System.gc();
        long started = System.nanoTime();
        train(many, rulesOnly, groups);
        long millis = (System.nanoTime() - started) / 1_000_000;
        long peak = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "models trained on %d labelled appeals (and %d other messages) in %d ms, "
                        + "within a heap of %d MiB (the heap pools' peaks add up to %d MiB: an upper bound, as they "
                        + "peak at different times)%n", 10_000, many.size() - 10_000, millis,
                Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
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
