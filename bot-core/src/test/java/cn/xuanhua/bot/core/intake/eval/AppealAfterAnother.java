package cn.xuanhua.bot.core.intake.eval;

import cn.xuanhua.bot.core.seed.SeedSql;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A training writer's appeal with the appeal written before it in the same group and file, to be read as if that one
 * were still open: how the measurements of new problems beside an open appeal are made from a corpus written with
 * nothing open (NewProblemWhileOneIsOpenTest for another unit's, IntakeEvaluationTest for the same unit's).
 *
 * @param previous the owner's appeal before it in the group, read as the open one
 * @param message  the owner's appeal, a new problem beside it
 */
public record AppealAfterAnother(LabelledMessage previous, LabelledMessage message) {

    /** Every such pair of sql/history: owners' appeals with a labelled unit, each after the one before it in its group. */
    public static List<AppealAfterAnother> inTheTrainingCorpus() {
        List<AppealAfterAnother> pairs = new ArrayList<>();
        for (Path file : SeedSql.historyFiles()) {
            Map<String, LabelledMessage> previousInGroup = new HashMap<>();
            for (LabelledMessage m : LabelledMessage.read(file)) {
                if (!m.appeal() || !"OWNER".equals(m.speaker()) || m.department() == null) {
                    continue;
                }
                LabelledMessage previous = previousInGroup.put(m.groupCode(), m);
                if (previous != null) {
                    pairs.add(new AppealAfterAnother(previous, m));
                }
            }
        }
        return pairs;
    }

    /** Whether the same unit handles both. */
    public boolean sameUnit() {
        return previous.department().equals(message.department());
    }
}
