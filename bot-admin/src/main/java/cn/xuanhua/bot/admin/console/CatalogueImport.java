package cn.xuanhua.bot.admin.console;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.admin.audit.AuditLog;
import cn.xuanhua.bot.admin.learning.CatalogueTrial;
import cn.xuanhua.bot.admin.learning.LearnedRoutingService;
import cn.xuanhua.bot.core.Snapshot;
import cn.xuanhua.bot.core.audit.Changes;
import cn.xuanhua.bot.core.error.ConflictException;
import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.intake.Intake;
import cn.xuanhua.bot.core.routing.Agency;
import cn.xuanhua.bot.core.routing.AgencyPhrases;
import cn.xuanhua.bot.core.routing.CatalogueMatters;
import cn.xuanhua.bot.core.routing.Category;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Replaces the responsibility catalogue with a workbook ({@link CatalogueWorkbook}) in two steps, so that a
 * district can load its own 权责清单 and see what it does before anyone's message is routed by it.
 *
 * <ol>
 *   <li>{@link #trial}: every row is checked as the console's form checks it (all errors at once, with their rows;
 *   nothing is stored), the matters added, changed and deleted are listed, and the routing of every labelled appeal
 *   is measured on the catalogue in use and on the workbook's ({@link CatalogueTrial}).</li>
 *   <li>{@link #apply}: the checked candidate, carried by the page, is checked again and stored in one transaction
 *   with its audit entry, unless the catalogue changed since the trial (then nothing is stored); intake uses it for
 *   the next message and the learned models are retrained on it in the background.</li>
 * </ol>
 * See docs/intake.md, "The catalogue as a workbook".
 */
@Service
public class CatalogueImport {
    /** The errors listed on the page; a workbook with more has a systematic mistake the first ones show. */
    static final int SHOWN_ERRORS = 50;
    /** Codes named in the audit entry per kind of change; the counts are always whole. */
    private static final int AUDITED_CODES = 200;
    /** Unpacked, a carried candidate of the largest workbook read is a few megabytes; more is no candidate of ours. */
    private static final int MAX_CANDIDATE_BYTES = 32 * 1024 * 1024;

    private final CatalogueEditor editor;
    private final CatalogueMatters matters;
    private final AgencyPhrases agencies;
    private final CatalogueTrial trial;
    private final LearnedRoutingService learned;
    private final Snapshot<Intake> intake;
    private final AuditLog audit;
    private final ObjectMapper json = new ObjectMapper();

    public CatalogueImport(CatalogueEditor editor, CatalogueMatters matters, AgencyPhrases agencies,
                           CatalogueTrial trial, LearnedRoutingService learned, Snapshot<Intake> intake, AuditLog audit) {
        this.editor = editor;
        this.matters = matters;
        this.agencies = agencies;
        this.trial = trial;
        this.learned = learned;
        this.intake = intake;
        this.audit = audit;
    }

    /** A row that cannot be stored, with the sheet and the row number Excel shows. */
    public record RowError(String sheet, int line, String message) {
    }

    /**
     * A checked catalogue, as the page carries it from the trial to the import.
     *
     * @param agencies null: the phrases in use stay
     */
    public record Candidate(List<CatalogueMatters.Entry> matters, List<Agency> agencies) {
    }

    /** A matter whose row differs from the stored one. */
    public record ChangedMatter(CatalogueMatters.Entry before, CatalogueMatters.Entry after) {
        /** The changed fields, before → after, as the audit trail writes them. */
        public String describe() {
            Changes changes = new Changes();
            CatalogueEditor.compare(changes, before, after);
            return changes.isEmpty() ? "顺序" : changes.describe();
        }
    }

    /**
     * What the import would do.
     *
     * @param agenciesAdded   phrases new or naming another unit (0 when the workbook has no phrases sheet)
     * @param agenciesRemoved phrases stored and not in the workbook
     */
    public record Plan(List<CatalogueMatters.Entry> added, List<ChangedMatter> changed,
                       List<CatalogueMatters.Entry> removed, int unchanged, boolean reordered, boolean agenciesReplaced,
                       int agenciesAdded, int agenciesRemoved) {
        public boolean changesNothing() {
            return added.isEmpty() && changed.isEmpty() && removed.isEmpty() && !reordered
                    && agenciesAdded == 0 && agenciesRemoved == 0;
        }
    }

    /**
     * The trial of a workbook.
     *
     * @param errors      every row that cannot be stored (then nothing else is filled in)
     * @param moreErrors  errors beyond the {@value #SHOWN_ERRORS} listed
     * @param candidate   the candidate as the page carries it (gzipped JSON in base64)
     * @param fingerprint the catalogue in use when the trial ran; the import refuses if it changed since
     */
    public record Trial(List<RowError> errors, int moreErrors, Plan plan, CatalogueTrial.Result measured,
                        String candidate, String fingerprint) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** Reads and checks a workbook and measures it; stores nothing. */
    public Trial trial(byte[] xlsx) {
        CatalogueWorkbook.Contents contents = CatalogueWorkbook.read(xlsx);
        List<RowError> errors = new ArrayList<>();
        Candidate candidate = checked(contents, errors);
        if (!errors.isEmpty()) {
            return new Trial(errors.subList(0, Math.min(SHOWN_ERRORS, errors.size())),
                    Math.max(0, errors.size() - SHOWN_ERRORS), null, null, null, null);
        }
        List<CatalogueMatters.Entry> inUse = matters.find(null);
        List<AgencyPhrases.Entry> phrasesInUse = agencies.all();
        Plan plan = plan(canonical(inUse), phrasesInUse, candidate);
        CatalogueTrial.Result measured = trial.measure(candidate.matters().stream().map(CatalogueMatters.Entry::toMatter).toList(),
                candidate.agencies());
        return new Trial(List.of(), 0, plan, measured, write(candidate), fingerprint(inUse, phrasesInUse));
    }

    /**
     * Stores the candidate a trial produced as the catalogue.
     *
     * @return what it changed
     * @throws InvalidInputException when the candidate does not check (it is the page's word, so it is checked again)
     * @throws ConflictException     when the catalogue changed since the trial
     */
    public Plan apply(ConsoleUser by, String carriedCandidate, String trialFingerprint) {
        Candidate candidate = checkedAgain(carriedCandidate);
        Plan[] done = new Plan[1];
        audit.run(by, "导入派单目录", "派单目录", changes -> {
            // Locked, so that an import made at the same moment waits and then finds the catalogue changed.
            List<CatalogueMatters.Entry> inUse = matters.lockAll();
            List<AgencyPhrases.Entry> phrasesInUse = agencies.all();
            if (!fingerprint(inUse, phrasesInUse).equals(trialFingerprint)) {
                throw new ConflictException("试算之后目录又被修改过, 没有导入; 请重新上传试算");
            }
            Plan plan = plan(canonical(inUse), phrasesInUse, candidate);
            try {
                matters.replaceAll(candidate.matters());
                if (candidate.agencies() != null) {
                    agencies.replaceAll(candidate.agencies());
                }
            } catch (DuplicateKeyException e) {
                // The database compares phrases as its collation does (full-width ＥＴＣ is ETC): rolled back whole.
                throw new InvalidInputException("工作簿里有两个称呼在数据库看来是同一个 (如全角与半角), 没有导入");
            }
            changes.note(summary(plan, inUse.size(), candidate));
            done[0] = plan;
            AfterCommit.run(this::forget);
        });
        forget();
        // The models read the catalogue's matters as features: trained again on it now, off the request, rather than
        // at this instance's next check for changed dictionaries.
        Thread retraining = new Thread(learned::retrainIfChangedQuietly, "catalogue-import-retrain");
        retraining.setDaemon(true);
        retraining.start();
        return done[0];
    }

    /**
     * The stored matters as the form would write them (a term of the default weight 5 without its ":5", one comma
     * list notation), so that a matter is "changed" only when it means something else; a row the form would refuse
     * (stored before a check was added) stays as stored and so counts as changed.
     */
    private List<CatalogueMatters.Entry> canonical(List<CatalogueMatters.Entry> stored) {
        List<Category> known = editor.knownCategories();
        return stored.stream().map(m -> {
            try {
                return editor.checked(form(m), known);
            } catch (InvalidInputException e) {
                return m;
            }
        }).toList();
    }

    private static CatalogueEditor.MatterForm form(CatalogueMatters.Entry m) {
        return new CatalogueEditor.MatterForm(m.code(), m.name(), m.categoryCode(), m.ownerCode(),
                m.outsideTownshipCode(), m.terms(), m.needs(), m.unlessWords(), m.note());
    }

    private Candidate checked(CatalogueWorkbook.Contents contents, List<RowError> errors) {
        List<Category> known = editor.knownCategories();
        List<CatalogueMatters.Entry> checkedMatters = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        for (CatalogueWorkbook.MatterRow row : contents.matters()) {
            try {
                CatalogueMatters.Entry m = editor.checked(row.form(), known);
                Integer first = codes.putIfAbsent(m.code(), row.line());
                if (first != null) {
                    throw new InvalidInputException("代码 " + m.code() + " 与第 " + first + " 行重复");
                }
                checkedMatters.add(m);
            } catch (InvalidInputException e) {
                errors.add(new RowError(CatalogueWorkbook.MATTERS, row.line(), e.getMessage()));
            }
        }
        if (contents.matters().isEmpty()) {
            errors.add(new RowError(CatalogueWorkbook.MATTERS, 2, "没有事项: 目录不能为空"));
        }
        List<Agency> checkedAgencies = null;
        if (contents.agencies() != null) {
            checkedAgencies = new ArrayList<>();
            Map<String, Integer> phrases = new HashMap<>();
            for (CatalogueWorkbook.AgencyRow row : contents.agencies()) {
                try {
                    Agency a = editor.checkedAgency(row.phrase(), row.unit());
                    Integer first = phrases.putIfAbsent(a.phrase().toLowerCase(Locale.ROOT), row.line());
                    if (first != null) {
                        throw new InvalidInputException("称呼「" + a.phrase() + "」与第 " + first + " 行重复");
                    }
                    checkedAgencies.add(a);
                } catch (InvalidInputException e) {
                    errors.add(new RowError(CatalogueWorkbook.AGENCIES, row.line(), e.getMessage()));
                }
            }
        }
        return new Candidate(checkedMatters, checkedAgencies);
    }

    private Candidate checkedAgain(String carriedCandidate) {
        Candidate carried = read(carriedCandidate);
        List<CatalogueWorkbook.MatterRow> rows = new ArrayList<>();
        for (CatalogueMatters.Entry m : carried.matters()) {
            rows.add(new CatalogueWorkbook.MatterRow(rows.size() + 2, form(m)));
        }
        List<CatalogueWorkbook.AgencyRow> phrases = carried.agencies() == null ? null : carried.agencies().stream()
                .map(a -> new CatalogueWorkbook.AgencyRow(0, a.phrase(), a.departmentCode())).toList();
        List<RowError> errors = new ArrayList<>();
        Candidate candidate = checked(new CatalogueWorkbook.Contents(rows, phrases), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("试算结果有误 (" + errors.get(0).message() + "), 没有导入");
        }
        return candidate;
    }

    private static Plan plan(List<CatalogueMatters.Entry> inUse, List<AgencyPhrases.Entry> phrasesInUse,
                             Candidate candidate) {
        Map<String, CatalogueMatters.Entry> stored = inUse.stream()
                .collect(Collectors.toMap(CatalogueMatters.Entry::code, Function.identity()));
        Map<String, CatalogueMatters.Entry> wanted = candidate.matters().stream()
                .collect(Collectors.toMap(CatalogueMatters.Entry::code, Function.identity()));
        List<CatalogueMatters.Entry> added = new ArrayList<>();
        List<ChangedMatter> changed = new ArrayList<>();
        int unchanged = 0;
        for (CatalogueMatters.Entry m : candidate.matters()) {
            CatalogueMatters.Entry before = stored.get(m.code());
            if (before == null) {
                added.add(m);
            } else if (!before.equals(m)) {
                changed.add(new ChangedMatter(before, m));
            } else {
                unchanged++;
            }
        }
        List<CatalogueMatters.Entry> removed = inUse.stream().filter(m -> !wanted.containsKey(m.code())).toList();
        List<String> keptOrderBefore = inUse.stream().map(CatalogueMatters.Entry::code).filter(wanted::containsKey).toList();
        List<String> keptOrderAfter = candidate.matters().stream().map(CatalogueMatters.Entry::code)
                .filter(stored::containsKey).toList();
        int phrasesAdded = 0;
        int phrasesRemoved = 0;
        if (candidate.agencies() != null) {
            Map<String, String> before = phrasesInUse.stream()
                    .collect(Collectors.toMap(AgencyPhrases.Entry::phrase, AgencyPhrases.Entry::departmentCode, (a, b) -> a));
            Map<String, String> after = candidate.agencies().stream()
                    .collect(Collectors.toMap(Agency::phrase, Agency::departmentCode, (a, b) -> a));
            phrasesAdded = (int) after.entrySet().stream()
                    .filter(e -> !Objects.equals(before.get(e.getKey()), e.getValue())).count();
            phrasesRemoved = (int) before.keySet().stream().filter(p -> !after.containsKey(p)).count();
        }
        return new Plan(added, changed, removed, unchanged, !keptOrderBefore.equals(keptOrderAfter),
                candidate.agencies() != null, phrasesAdded, phrasesRemoved);
    }

    private static String summary(Plan plan, int before, Candidate candidate) {
        StringBuilder s = new StringBuilder("事项 " + before + " → " + candidate.matters().size() + " 个: 新增 "
                + plan.added().size() + ", 修改 " + plan.changed().size() + ", 删除 " + plan.removed().size()
                + (plan.reordered() ? ", 顺序已变" : ""));
        s.append(codes("新增", plan.added().stream().map(CatalogueMatters.Entry::code).toList()));
        s.append(codes("修改", plan.changed().stream().map(c -> c.after().code()).toList()));
        s.append(codes("删除", plan.removed().stream().map(CatalogueMatters.Entry::code).toList()));
        s.append(plan.agenciesReplaced() ? "; 单位称呼 " + candidate.agencies().size() + " 个 (新增或改单位 "
                + plan.agenciesAdded() + ", 删除 " + plan.agenciesRemoved() + ")" : "; 单位称呼未变");
        return s.toString();
    }

    private static String codes(String what, List<String> codes) {
        if (codes.isEmpty()) {
            return "";
        }
        String listed = String.join(", ", codes.subList(0, Math.min(AUDITED_CODES, codes.size())));
        return "; " + what + ": " + listed + (codes.size() > AUDITED_CODES ? " 等 " + codes.size() + " 个" : "");
    }

    /** The catalogue in use, as a short digest: equal digests, equal catalogues (order included). */
    static String fingerprint(List<CatalogueMatters.Entry> inUse, List<AgencyPhrases.Entry> phrases) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            inUse.forEach(m -> sha.update((m + "\n").getBytes(StandardCharsets.UTF_8)));
            phrases.forEach(a -> sha.update((a.phrase() + "\t" + a.departmentCode() + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * The candidate as the page carries it: JSON, gzipped, in URL-safe base64. A form field is URL-encoded, which
     * makes a Chinese character nine bytes; compressed, thousands of matters stay far under the container's limit on
     * a form (2 MB).
     */
    private String write(Candidate candidate) {
        try {
            ByteArrayOutputStream packed = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
                json.writeValue(gzip, candidate);
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(packed.toByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("a checked catalogue is plain strings, written to memory", e);
        }
    }

    private Candidate read(String carried) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(
                Base64.getUrlDecoder().decode(carried == null ? "" : carried.strip())))) {
            byte[] unpacked = in.readNBytes(MAX_CANDIDATE_BYTES + 1);
            if (unpacked.length > MAX_CANDIDATE_BYTES) {
                throw new InvalidInputException("试算结果过大, 没有导入");
            }
            Candidate candidate = json.readValue(unpacked, Candidate.class);
            if (candidate == null || candidate.matters() == null) {
                throw new InvalidInputException("试算结果无法读取, 请重新上传试算");
            }
            return candidate;
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInputException("试算结果无法读取, 请重新上传试算");
        }
    }

    private void forget() {
        intake.invalidate();
    }
}
