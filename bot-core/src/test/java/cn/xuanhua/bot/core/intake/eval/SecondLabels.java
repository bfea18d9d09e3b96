package cn.xuanhua.bot.core.intake.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A second labeller's units for a blind set's appeals: someone who read only the unit list and public duties and
 * the appeals' texts and groups (never the writer's labels, the code or the corpora) and said, for each appeal,
 * which unit should receive it first and which others could defensibly take it. Files under
 * {@code intake/second-labels/}, as the labeller wrote them.
 *
 * @param labeller who labelled ("L1")
 * @param set      which blind set ("blind16")
 * @param units    by appeal id
 */
public record SecondLabels(String labeller, String set, Map<String, Unit> units) {

    /** One appeal's units: the one to receive it first, and the others acceptable. */
    public record Unit(String department, List<String> alsoAcceptable) {
        public boolean accepts(String code) {
            return code != null && (code.equals(department) || alsoAcceptable.contains(code));
        }
    }

    /**
     * The appeals of {@code set} (its writer's labelled appeals, in order), checked to be exactly those this labeller
     * labelled.
     *
     * @throws IllegalArgumentException when the labeller left an appeal out or labelled one that is not there
     */
    public List<LabelledMessage> appealsOf(List<LabelledMessage> set) {
        List<LabelledMessage> appeals = set.stream().filter(m -> m.appeal() && m.department() != null).toList();
        if (units.size() != appeals.size() || !appeals.stream().allMatch(m -> units.containsKey(m.id()))) {
            throw new IllegalArgumentException(labeller + " did not label exactly the appeals of " + this.set);
        }
        return appeals;
    }

    public static SecondLabels read(String resource) {
        try (InputStream in = SecondLabels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Unit> units = new LinkedHashMap<>();
            for (JsonNode label : root.get("labels")) {
                List<String> also = new ArrayList<>();
                label.path("alsoAcceptable").forEach(n -> also.add(n.asText()));
                Unit previous = units.put(label.get("id").asText(), new Unit(label.get("department").asText(), also));
                if (previous != null) {
                    throw new IllegalArgumentException(resource + " labels " + label.get("id").asText() + " twice");
                }
            }
            return new SecondLabels(root.get("labeller").asText(), root.get("set").asText(), units);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
