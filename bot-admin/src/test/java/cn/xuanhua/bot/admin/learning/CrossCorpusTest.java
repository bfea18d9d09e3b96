package cn.xuanhua.bot.admin.learning;

import cn.xuanhua.bot.core.calendar.OfficialCalendar;
import cn.xuanhua.bot.core.intake.Intake;
import cn.xuanhua.bot.core.intake.IntakeDictionary;
import cn.xuanhua.bot.core.intake.eval.HandledMessage;
import cn.xuanhua.bot.core.intake.eval.LabelledMessage;
import cn.xuanhua.bot.core.intake.eval.Scorecard;
import cn.xuanhua.bot.core.learning.Learned;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.seed.SeedDictionary;
import cn.xuanhua.bot.core.seed.SeedSql;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The models generalise across writers: trained on the older corpus and one training writer's messages, intake is
 * scored on the other writer's, and the other way round. Both corpora are tuning sets, so their misses may be read
 * ({@code -Dintake.misses=true}): this is where the rules are tuned without touching the evaluation sets.
 */
class CrossCorpusTest {
    private static final boolean SHOW_MISSES = Boolean.getBoolean("intake.misses");
    private static final IntakeDictionary DICTIONARY = SeedDictionary.load();
    private static final Map<String, ChatGroup> GROUPS = SeedDictionary.groups();

    private static Scorecard trainedWithout(String heldOut, String other) {
        List<LabelledExample> training = new ArrayList<>();
        for (String file : List.of("corpus-v4.json", other)) {
            for (LabelledMessage m : LabelledMessage.read(SeedSql.historyDir().resolve(file))) {
                training.add(new LabelledExample(m.text(), m.groupCode(), m.appeal(), m.department(),
                        "OWNER".equals(m.speaker()), false));
            }
        }
        Intake rulesOnly = new Intake(DICTIONARY, OfficialCalendar.calendar());
        Learned learned = new Learned(
                new RoutingTrainer(Clock.systemUTC()).train(training, rulesOnly.triage(), GROUPS),
                new AppealTrainer(Clock.systemUTC()).train(training, rulesOnly.triage(), GROUPS));
        Intake intake = new Intake(DICTIONARY, OfficialCalendar.calendar(), learned);
        Scorecard s = Scorecard.score(LabelledMessage.read(SeedSql.historyDir().resolve(heldOut)), m ->
                HandledMessage.of(intake, m, GROUPS.get(m.groupCode())).prediction());
        System.out.println(s.report(heldOut + " (held out; trained on corpus-v4 and " + other + ")"));
        if (SHOW_MISSES) {
            s.misses().forEach(miss -> System.out.println("  miss " + miss));
        }
        return s;
    }

    @Test
    void modelsTrainedOnOneWriterJudgeTheOthersMessages() {
        Scorecard b = trainedWithout("corpus-train-b.json", "corpus-train-a.json");
        Scorecard a = trainedWithout("corpus-train-a.json", "corpus-train-b.json");
        for (Scorecard s : List.of(a, b)) {
            assertThat(s.accuracy()).isGreaterThanOrEqualTo(0.85);
            assertThat(s.department()).isGreaterThanOrEqualTo(0.80);
        }
    }
}
