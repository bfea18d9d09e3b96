package cn.xuanhua.bot.admin.learning;

import cn.xuanhua.bot.core.learning.FeatureKeys;
import cn.xuanhua.bot.core.learning.FeatureSet;
import cn.xuanhua.bot.core.learning.Features;
import cn.xuanhua.bot.core.learning.LinearClassifier;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class LiblinearModelsTest {

    private static Features words(String... names) {
        FeatureSet f = new FeatureSet();
        for (String name : names) {
            f.put(FeatureKeys.of(name), 1f);
        }
        return f.build();
    }

    /** Twenty examples of each unit, each with its own word, a shared word, and a word of noise. */
    private static List<TrainingRow> threeUnits() {
        List<TrainingRow> rows = new ArrayList<>();
        String[][] units = {{"power", "停电"}, {"water", "停水"}, {"tax", "发票"}};
        for (int i = 0; i < 20; i++) {
            for (String[] unit : units) {
                rows.add(new TrainingRow(words(unit[1], "麻烦", "noise" + i), unit[0]));
            }
        }
        return rows;
    }

    @Test
    void eachUnitIsLearnedFromItsOwnWordsAndTheOwnWordsDecide() {
        LinearClassifier model = LiblinearModels.train(threeUnits());

        assertThat(model.labelCount()).isEqualTo(3);
        assertThat(model.best(words("停电", "麻烦")).label()).isEqualTo("power");
        assertThat(model.best(words("停水")).label()).isEqualTo("water");
        LinearClassifier.Guess invoice = model.best(words("发票", "麻烦", "noise3"));
        assertThat(invoice.label()).isEqualTo("tax");
        assertThat(invoice.probability()).isGreaterThan(0.5);
        assertThat(model.probability(words("发票"), "power")).isLessThan(invoice.probability());
    }

    @Test
    void withTwoUnitsBothSidesOfTheOneWeightVectorAreRead() {
        List<TrainingRow> rows = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            rows.add(new TrainingRow(words("欠款", "学校"), "finance"));
            rows.add(new TrainingRow(words("欠款", "客户"), "justice"));
        }
        LinearClassifier model = LiblinearModels.train(rows);

        LinearClassifier.Guess school = model.best(words("欠款", "学校"));
        LinearClassifier.Guess customer = model.best(words("欠款", "客户"));
        assertThat(school.label()).isEqualTo("finance");
        assertThat(customer.label()).isEqualTo("justice");
        // mirrored halves: the two labels' probabilities of one text add up to one, as a logistic model's do
        assertThat(model.probability(words("欠款", "学校"), "finance")
                + model.probability(words("欠款", "学校"), "justice")).isCloseTo(1.0, offset(1e-9));
        assertThat(school.probability()).isGreaterThan(0.5).isLessThan(1.0);
    }

    @Test
    void theSameRowsGiveTheSameModelEvenWhenTrainedSideBySide() {
        List<TrainingRow> rows = threeUnits();
        Features probe = words("停水", "发票", "麻烦");
        double alone = LiblinearModels.train(rows).probability(probe, "water");

        List<CompletableFuture<Double>> together = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            together.add(CompletableFuture.supplyAsync(() -> LiblinearModels.train(rows).probability(probe, "water")));
        }

        for (CompletableFuture<Double> each : together) {
            assertThat(each.join()).isEqualTo(alone);
        }
    }
}
