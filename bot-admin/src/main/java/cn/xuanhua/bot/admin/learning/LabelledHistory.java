package cn.xuanhua.bot.admin.learning;

import cn.xuanhua.bot.core.intake.MeToo;
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
 * Everything the learned models learn from: the labelled corpus shipped with the bot (classpath
 * {@code intake/history/*.json}, written by hand for Xuanhua's units; see docs/intake.md), the sets of owners' messages
 * written beside an open appeal ({@code intake/turns/*.json}), and the district's own corrections, read from the
 * appeals each time the models are trained. The shipped files cannot change while the application runs: they are
 * read once, the first time they are asked for, and kept.
 */
public class LabelledHistory {
    static final String CORPUS = "classpath*:intake/history/*.json";
    /**
     * Labelled messages of owners who wrote while an appeal of theirs was open, each beside it: what the judge of a new
     * matter learns from besides the corpus's own such messages (sql/turns; docs/intake.md).
     */
    static final String BESIDE_OPEN = "classpath*:intake/turns/*.json";
    /**
     * Labelled appeals only the routing model learns from (sql/routing): writers of the blind sets' own style whose
     * units taught the routing model, while their non-appeals moved the appeal-or-not judgement the wrong way
     * (docs/intake.md, "Routing-only writers"), and the appeals of the blind sets once measured ({@code blind*.json},
     * docs/intake.md, "The blind sets, once measured, teach routing"). Their non-appeals are not read.
     */
    static final String ROUTING_ONLY = "classpath*:intake/routing/*.json";

    private final Supplier<List<LabelledExample>> corrections;
    private final Supplier<List<BesideOpenExample>> newMatterCorrections;
    private final ObjectMapper json = new ObjectMapper();
    private volatile Shipped shipped;

    /** A message written beside an open appeal, with the file it came from (to hold a set out). */
    private record FromFile(String file, BesideOpenExample example) {
    }

    /**
     * The shipped files as read: the corpus, every owner's message written beside an open appeal, and the appeals only
     * routing learns from.
     */
    private record Shipped(List<LabelledExample> corpus, List<FromFile> besideOpen, List<RoutingOnly> routingOnly) {
    }

    /** An appeal only routing learns from, with the file it came from (to hold a blind set out). */
    private record RoutingOnly(String file, LabelledExample example) {
    }

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
        for (FromFile m : shipped().besideOpen()) {
            if (fileKept.test(m.file())) {
                out.add(m.example());
            }
        }
        out.addAll(newMatterCorrections.get());
        return out;
    }

    /**
     * What the routing model learns from: {@code base} ({@link #all()} in the application, the corpus in evaluations),
     * then the appeals only routing learns from. The appeal-or-not and new-matter models learn from {@code base} alone.
     */
    public List<LabelledExample> withRoutingOnly(List<LabelledExample> base) {
        return withRoutingOnly(base, file -> true);
    }

    /**
     * As {@link #withRoutingOnly(List)}, leaving out the routing-only files whose name {@code fileKept} refuses (to
     * score a blind set on a routing model that never learned from it).
     */
    public List<LabelledExample> withRoutingOnly(List<LabelledExample> base, Predicate<String> fileKept) {
        List<LabelledExample> out = new ArrayList<>(base);
        out.addAll(routingOnly(fileKept));
        return out;
    }

    /** The shipped appeals only routing learns from, in file order. */
    public List<LabelledExample> routingOnly() {
        return routingOnly(file -> true);
    }

    /**
     * The names of the files the routing-only appeals come from ({@code corpus-train-r1.json}, {@code blind21.json}
     * ...), in order.
     */
    public List<String> routingOnlyFiles() {
        return shipped().routingOnly().stream().map(RoutingOnly::file).distinct().toList();
    }

    /**
     * The shipped appeals only routing learns from, of the files {@code fileKept} accepts, in file order. Every other
     * way of asking for them ({@link #routingOnly()}, {@link #withRoutingOnly}) comes through here.
     */
    public List<LabelledExample> routingOnly(Predicate<String> fileKept) {
        List<LabelledExample> out = new ArrayList<>();
        for (RoutingOnly r : shipped().routingOnly()) {
            if (fileKept.test(r.file())) {
                out.add(r.example());
            }
        }
        return out;
    }

    /** Every labelled message of the shipped corpus, in file order. */
    public List<LabelledExample> corpus() {
        return shipped().corpus();
    }

    private Shipped shipped() {
        Shipped read = shipped;
        if (read == null) {
            List<LabelledExample> corpus = new ArrayList<>();
            List<FromFile> besideOpen = new ArrayList<>();
            forEachMessage(CORPUS, (file, m) -> {
                corpus.add(example(m));
                besideOpenOf(file, m, besideOpen);
            });
            forEachMessage(BESIDE_OPEN, (file, m) -> besideOpenOf(file, m, besideOpen));
            List<RoutingOnly> routingOnly = new ArrayList<>();
            forEachMessage(ROUTING_ONLY, (file, m) -> {
                LabelledExample e = example(m);
                // A bare "me too" (我们这也是) joins the thread's appeal and names no matter of its own: its unit is
                // the thread's, which its words cannot teach (docs/intake.md, "Me too").
                if (e.appeal() && e.departmentCode() != null && !MeToo.says(e.text())) {
                    routingOnly.add(new RoutingOnly(file, e));
                }
            });
            read = new Shipped(List.copyOf(corpus), List.copyOf(besideOpen), List.copyOf(routingOnly));
            shipped = read;
        }
        return read;
    }

    /** One labelled message of a shipped file; its unit only when it is an appeal. */
    private static LabelledExample example(JsonNode m) {
        String department = m.path("department").asText("");
        boolean appeal = m.path("appeal").asBoolean();
        List<String> alsoAcceptable = new ArrayList<>();
        m.path("alsoAcceptable").forEach(unit -> alsoAcceptable.add(unit.asText()));
        return new LabelledExample(m.path("text").asText(), m.path("groupCode").asText(), appeal,
                appeal && !department.isBlank() ? department : null, byOwner(m), false, alsoAcceptable);
    }

    /** Adds {@code m} to {@code out} when an owner wrote it beside an open appeal of theirs. */
    private static void besideOpenOf(String file, JsonNode m, List<FromFile> out) {
        JsonNode open = m.path("openAppeal");
        if (open.isMissingNode() || open.isNull() || !byOwner(m)) {
            return;
        }
        out.add(new FromFile(file, new BesideOpenExample(m.path("text").asText(), m.path("groupCode").asText(),
                open.path("number").asText(), open.path("text").asText(), open.path("department").asText(null),
                m.path("appeal").asBoolean())));
    }

    private static boolean byOwner(JsonNode m) {
        return "OWNER".equals(m.path("speaker").asText("OWNER"));
    }

    private interface MessageVisitor {
        void visit(String file, JsonNode message);
    }

    /** Every message of the files {@code pattern} finds, in file-name order. */
    private void forEachMessage(String pattern, MessageVisitor visitor) {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(pattern);
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    for (JsonNode m : json.readTree(in).path("messages")) {
                        visitor.visit(file.getFilename(), m);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the labelled corpus (" + pattern + ")", e);
        }
    }
}
