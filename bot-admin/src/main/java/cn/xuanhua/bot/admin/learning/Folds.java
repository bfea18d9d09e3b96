package cn.xuanhua.bot.admin.learning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/**
 * K-fold cross-validation: every example is held out once, judged by a model trained on the others. The examples
 * are shuffled with a fixed seed (the same history gives the same folds) and the folds train in parallel. Beyond
 * {@value #MAX_EXAMPLES} examples a random sample of that many is cross-validated: enough to choose a blend and
 * measure it, while training the final model on everything stays the only cost that grows with the history.
 */
final class Folds {
    static final int K = 5;
    static final int MAX_EXAMPLES = 3000;

    private Folds() {
    }

    /**
     * @param size   how many examples
     * @param seed   the shuffle's seed
     * @param perFold given the training indexes and the held-out indexes of a fold, the held-out judgements
     * @return every fold's judgements, together
     */
    static <R> List<R> crossValidate(int size, long seed, BiFunction<List<Integer>, List<Integer>, List<R>> perFold) {
        List<Integer> order = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        List<Integer> sample = order.subList(0, Math.min(order.size(), MAX_EXAMPLES));
        return IntStream.range(0, K).parallel().mapToObj(fold -> {
            List<Integer> training = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < sample.size(); i++) {
                (i % K == fold ? test : training).add(sample.get(i));
            }
            return perFold.apply(training, test);
        }).flatMap(List::stream).toList();
    }
}
