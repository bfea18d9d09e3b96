package cn.xuanhua.bot.admin.learning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Everything the routing model learns from: the labelled corpus shipped with the bot (classpath
 * {@code intake/history/*.json}, written by hand for Xuanhua's units; see docs/intake.md) and the district's own
 * corrections, read from the appeals each time the model is trained.
 */
public class LabelledHistory {
    static final String CORPUS = "classpath*:intake/history/*.json";
    /**
     * Labelled messages of owners who wrote while an appeal of theirs was open, each beside it: what the judge of a new
     * matter learns from besides the corpus's own such messages (sql/turns; docs/intake.md).
     */
    static final String BESIDE_OPEN = "classpath*:intake/turns/*.json";

    private final Supplier<List<LabelledExample>> corrections;
    private final Supplier<List<BesideOpenExample>> newMatterCorrections;
    private final ObjectMapper json = new ObjectMapper();

    /** @param corrections the district's corrections as they are now (read at each training) */
    public LabelledHistory(Supplier<List<LabelledExample>> corrections) {
        this(corrections, List::of);
    }

    /**
     * @param corrections          the district's corrections of routing as they are now (read at each training)
     * @param newMatterCorrections owners' 补充 they then filed with 新诉求: new matters the judge missed
     */
    public LabelledHistory(Supplier<List<LabelledExample>> corrections,
                           Supplier<List<BesideOpenExample>> newMatterCorrections) {
        this.corrections = corrections;
        this.newMatterCorrections = newMatterCorrections;
    }

    /** The corpus, then the corrections. */
    public List<LabelledExample> all() {
        List<LabelledExample> all = new ArrayList<>(corpus());
        all.addAll(corrections.get());
        return all;
    }

    /**
     * Every owner's labelled message written beside an open appeal of theirs, from the corpus and from the sets of
     * such messages, in file order, then the district's corrections (a 补充 filed again with 新诉求); files whose name
     * {@code fileKept} refuses are left out (to measure a set held out).
     */
    public List<BesideOpenExample> besideOpen(Predicate<String> fileKept) {
        List<BesideOpenExample> out = new ArrayList<>();
        for (String pattern : List.of(CORPUS, BESIDE_OPEN)) {
            try {
                Resource[] files = new PathMatchingResourcePatternResolver().getResources(pattern);
                Arrays.sort(files, Comparator.comparing(Resource::getFilename));
                for (Resource file : files) {
                    if (!fileKept.test(file.getFilename())) {
                        continue;
                    }
                    try (InputStream in = file.getInputStream()) {
                        for (JsonNode m : json.readTree(in).path("messages")) {
                            JsonNode open = m.path("openAppeal");
                            if (open.isMissingNode() || open.isNull()
                                    || !"OWNER".equals(m.path("speaker").asText("OWNER"))) {
                                continue;
                            }
                            out.add(new BesideOpenExample(m.path("text").asText(), m.path("groupCode").asText(),
                                    open.path("number").asText(), open.path("text").asText(),
                                    open.path("department").asText(null), m.path("appeal").asBoolean()));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the labelled messages beside open appeals", e);
            }
        }
        out.addAll(newMatterCorrections.get());
        return out;
    }

    /** Every labelled message of the shipped corpus, in file order. */
    public List<LabelledExample> corpus() {
        List<LabelledExample> out = new ArrayList<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(CORPUS);
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    for (JsonNode m : json.readTree(in).path("messages")) {
                        String department = m.path("department").asText("");
                        boolean appeal = m.path("appeal").asBoolean();
                        out.add(new LabelledExample(m.path("text").asText(), m.path("groupCode").asText(), appeal,
                                appeal && !department.isBlank() ? department : null,
                                "OWNER".equals(m.path("speaker").asText("OWNER")), false));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the labelled corpus", e);
        }
        return out;
    }
}
