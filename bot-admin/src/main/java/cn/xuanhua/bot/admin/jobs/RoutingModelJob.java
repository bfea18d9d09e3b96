package cn.xuanhua.bot.admin.jobs;

import cn.xuanhua.bot.admin.learning.LearnedRoutingService;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retrains the routing model on a schedule ({@code bot.intake.retrain-interval}, default an hour), so the district's
 * corrections (转办, 改派) are learned without a restart, and sooner when the dictionaries it reads changed. Each instance
 * trains its own from the same data.
 */
@Component
public class RoutingModelJob {
    private final LearnedRoutingService learned;

    public RoutingModelJob(LearnedRoutingService learned) {
        this.learned = learned;
    }

    @Scheduled(initialDelayString = "${bot.intake.retrain-interval:PT1H}", fixedDelayString = "${bot.intake.retrain-interval:PT1H}")
    public void retrain() {
        learned.retrainQuietly();
    }

    /**
     * Between the scheduled trainings: trains again as soon as the dictionaries, the catalogue or the groups changed
     * (edited or imported here or on another instance), checked as often as intake re-reads them, so that the models
     * read the dictionaries intake uses and every instance agrees.
     */
    @Scheduled(initialDelayString = "${bot.intake.refresh-interval:PT1M}", fixedDelayString = "${bot.intake.refresh-interval:PT1M}")
    public void retrainIfChanged() {
        learned.retrainIfChangedQuietly();
    }
}
