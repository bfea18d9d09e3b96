package cn.xuanhua.bot.admin.jobs;

import cn.xuanhua.bot.admin.learning.LearnedRoutingService;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retrains the routing model on a schedule ({@code bot.intake.retrain-interval}, default an hour), so the district's
 * corrections (转办, 改派) are learned without a restart. Each instance trains its own from the same data.
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
}
