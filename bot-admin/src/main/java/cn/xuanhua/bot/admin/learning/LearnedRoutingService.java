package cn.xuanhua.bot.admin.learning;

import cn.xuanhua.bot.core.calendar.WorkCalendar;
import cn.xuanhua.bot.core.intake.Intake;
import cn.xuanhua.bot.core.intake.IntakeDictionary;
import cn.xuanhua.bot.core.learning.Learned;
import cn.xuanhua.bot.core.learning.LearnedAppeal;
import cn.xuanhua.bot.core.learning.LearnedNewMatter;
import cn.xuanhua.bot.core.learning.LearnedRouting;
import cn.xuanhua.bot.core.learning.TrainingReport;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.Groups;
import cn.xuanhua.bot.core.intake.IntakeDictionarySource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Keeps the routing model the intake uses: trained at start-up and again on a schedule (and on the console's
 * request) from the labelled corpus and the district's corrections. Features are read by an intake without a
 * model, on the dictionaries of the moment, so the model learns what the rules see now. Every instance trains its
 * own from the same data (same seed): they agree without sharing a file.
 *
 * <p>The first training runs as the application starts, before the inbox workers (an earlier lifecycle phase), so
 * every message is read with the model; if it fails, the catalogue decides alone until the next training.
 */
public class LearnedRoutingService implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(LearnedRoutingService.class);

    private final LabelledHistory history;
    private final RoutingTrainer routingTrainer;
    private final AppealTrainer appealTrainer;
    private final NewMatterTrainer newMatterTrainer;
    private final IntakeDictionarySource dictionaries;
    private final Supplier<WorkCalendar> calendar;
    private final Groups groups;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile Learned current = Learned.NONE;
    /** The key of the dictionaries and groups the models in use were trained on; none before the first training. */
    private int currentDictionaryKey = 0;
    private volatile boolean running;

    public LearnedRoutingService(LabelledHistory history, RoutingTrainer routingTrainer, AppealTrainer appealTrainer,
                                 NewMatterTrainer newMatterTrainer, IntakeDictionarySource dictionaries,
                                 Supplier<WorkCalendar> calendar, Groups groups) {
        this.history = history;
        this.routingTrainer = routingTrainer;
        this.appealTrainer = appealTrainer;
        this.newMatterTrainer = newMatterTrainer;
        this.dictionaries = dictionaries;
        this.calendar = calendar;
        this.groups = groups;
    }

    /** Called after every training, e.g. to rebuild the intake snapshot with the new model. */
    public void whenRetrained(Runnable listener) {
        listeners.add(listener);
    }

    /** The models now in use (NONE until the first training ends). */
    public Learned current() {
        return current;
    }

    private Map<String, ChatGroup> groupsByCode() {
        return groups.all().stream().collect(Collectors.toMap(ChatGroup::code, Function.identity()));
    }

    /** Trains on the history as it is now and puts the new models in use. */
    public synchronized Learned retrain() {
        IntakeDictionary dictionary = dictionaries.load();
        Map<String, ChatGroup> byCode = groupsByCode();
        return trainedOn(dictionary, byCode, TrainedModels.keyOf(dictionary, byCode.values()));
    }

    /**
     * Retrains only if the dictionaries, the catalogue or the groups changed since the models in use were trained
     * (edited or imported on this instance or another). Run every {@code bot.intake.refresh-interval}
     * ({@code RoutingModelJob}), as often as intake re-reads them, so that every instance's models read the
     * dictionaries its intake uses and all instances keep agreeing. The district's corrections are learned at the
     * scheduled training ({@code bot.intake.retrain-interval}): reading them means reading every appeal, too much for
     * every minute on every instance.
     *
     * @return whether it trained
     */
    public synchronized boolean retrainIfChanged() {
        IntakeDictionary dictionary = dictionaries.load();
        Map<String, ChatGroup> byCode = groupsByCode();
        int dictionaryKey = TrainedModels.keyOf(dictionary, byCode.values());
        if (dictionaryKey == currentDictionaryKey) {
            return false;
        }
        log.info("the dictionaries, the catalogue or the groups changed since the learned models were trained: "
                + "training them again");
        trainedOn(dictionary, byCode, dictionaryKey);
        return true;
    }

    /** Trains on the history as it is now, these dictionaries and groups (whose key is given), and puts it in use. */
    private Learned trainedOn(IntakeDictionary dictionary, Map<String, ChatGroup> byCode, int dictionaryKey) {
        List<LabelledExample> examples = history.all();
        List<LabelledExample> routingExamples = history.withRoutingOnly(examples);
        List<BesideOpenExample> besideOpen = history.besideOpen(file -> true);
        Intake rulesOnly = new Intake(dictionary, calendar.get());
        current = TrainedModels.trainedOn(routingExamples, besideOpen, dictionaryKey, () -> {
            LearnedRouting routing = routingTrainer.train(routingExamples, rulesOnly.triage(), byCode);
            LearnedAppeal appeal = appealTrainer.train(examples, rulesOnly.triage(), byCode);
            LearnedNewMatter newMatter = newMatterTrainer.train(besideOpen, examples, rulesOnly.triage(), byCode);
            logged("routing", routing.report());
            logged("appeal-or-not", appeal.report());
            logged("new-matter", newMatter.report());
            return new Learned(routing, appeal, newMatter);
        });
        currentDictionaryKey = dictionaryKey;
        listeners.forEach(Runnable::run);
        return current;
    }

    private static void logged(String model, TrainingReport r) {
        log.info("{} model trained on {} examples ({} corrections) in {} ms: model {}, rules {}, blend {} "
                        + "(cross-validated)", model, r.examples(), r.corrections(), r.trainingMillis(),
                percent(r.modelAccuracy()), percent(r.rulesAccuracy()), percent(r.blendAccuracy()));
    }

    /** {@link #retrainIfChanged()}, a failure said in one line (the models in use stay). */
    public void retrainIfChangedQuietly() {
        try {
            retrainIfChanged();
        } catch (RuntimeException e) {
            log.warn("learned models not checked for changed training data, those in use stay: {}", e.toString());
        }
    }

    /** A training that fails keeps the model in use (or none) and says why in one line. */
    public void retrainQuietly() {
        try {
            retrain();
        } catch (RuntimeException e) {
            log.warn("routing model not trained, the one in use stays: {}", e.toString());
        }
    }

    @Override
    public void start() {
        retrainQuietly();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the inbox workers (default phase): they read messages with the model. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "-" : String.format(java.util.Locale.ROOT, "%.1f%%", 100 * share);
    }
}
