package cn.xuanhua.bot.admin.learning;

import cn.xuanhua.bot.core.learning.Features;
import cn.xuanhua.bot.core.learning.LinearClassifier;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.MutableDataset;
import org.tribuo.VariableIDInfo;
import org.tribuo.VariableInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import java.util.ArrayList;
import java.util.List;

/**
 * Trains a multinomial logistic regression with Tribuo (Apache-2.0; SGD with AdaGrad on the log loss) and hands
 * back its weights as a {@link LinearClassifier}, which predicts without Tribuo's per-example objects: intake runs
 * on every message. Same seed, same data, same model. Trains the appeal-or-not model; the routing model and the judge
 * of a new matter are trained by {@link LiblinearModels}, measured better there (the appeal model trained so was
 * measured too, and was worse on the blind sets: docs/intake.md, "Learned models").
 */
final class TribuoLinearModels {
    /**
     * Passes over the data. Training time is in AdaGrad's per-step updates (labels × features of the example), so it
     * grows with the passes; four were measured against six (2026-11-27, writers A-V): cross-validated accuracy the
     * same to the tenth of a point, every blind set's appeal figures the same and one unit more right on blind9, held
     * out 132/178 false/missed appeals against 130/181, and training on 10,000 appeals in 23 s instead of 33-49 s.
     */
    private static final int EPOCHS = 4;
    /** Examples per optimiser step: AdaGrad updates every weight at each step, so steps are what training costs. */
    private static final int MINIBATCH = 1;
    private static final long SEED = 20261126L;
    private static final double LEARNING_RATE = 0.5;
    private static final double EPSILON = 0.1;

    private TribuoLinearModels() {
    }

    static LinearClassifier train(List<TrainingRow> rows) {
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("labelled history", factory),
                factory);
        for (TrainingRow row : rows) {
            Features f = row.features();
            String[] names = new String[f.size()];
            double[] values = new double[f.size()];
            for (int i = 0; i < values.length; i++) {
                names[i] = Features.name(f.keys()[i]);
                values[i] = f.values()[i];
            }
            data.add(new ArrayExample<>(new Label(row.label()), names, values));
        }
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(LEARNING_RATE, EPSILON),
                EPOCHS, Integer.MAX_VALUE, MINIBATCH, SEED);
        return weightsOf(trainer.train(data));
    }

    /** Tribuo keeps a [labels × (features + 1)] matrix, the bias in the last column. */
    private static LinearClassifier weightsOf(LinearSGDModel model) {
        DenseMatrix w = model.getWeightsCopy();
        ImmutableFeatureMap featureMap = model.getFeatureIDMap();
        ImmutableOutputInfo<Label> outputs = model.getOutputIDInfo();
        int labels = outputs.size();
        int features = featureMap.size();
        List<String> labelNames = new ArrayList<>(labels);
        for (int j = 0; j < labels; j++) {
            labelNames.add(outputs.getOutput(j).getLabel());
        }
        long[] keys = new long[features];
        float[] weights = new float[features * labels];
        for (VariableInfo info : featureMap) {
            int id = ((VariableIDInfo) info).getID();
            keys[id] = Long.parseUnsignedLong(info.getName(), 16);
            for (int j = 0; j < labels; j++) {
                weights[id * labels + j] = (float) w.get(j, id);
            }
        }
        float[] biases = new float[labels];
        for (int j = 0; j < labels; j++) {
            biases[j] = (float) w.get(j, features);
        }
        return new LinearClassifier(labelNames, keys, weights, biases);
    }
}
