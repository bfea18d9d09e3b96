package cn.xuanhua.bot.admin.console;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.admin.audit.AuditLog;
import cn.xuanhua.bot.core.audit.Changes;
import cn.xuanhua.bot.core.Snapshot;
import cn.xuanhua.bot.core.error.ConflictException;
import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.error.NotFoundException;
import cn.xuanhua.bot.core.intake.Intake;
import cn.xuanhua.bot.core.org.Departments;
import cn.xuanhua.bot.core.routing.Agency;
import cn.xuanhua.bot.core.routing.AgencyPhrases;
import cn.xuanhua.bot.core.routing.CatalogueMatters;
import cn.xuanhua.bot.core.routing.Categories;
import cn.xuanhua.bot.core.routing.Category;
import cn.xuanhua.bot.core.routing.Matter;
import cn.xuanhua.bot.core.routing.MatterTerms;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * The responsibility catalogue as the administrator edits it on {@code /rules/catalogue}: matters (who handles what,
 * in which words, with which evidence) and the agency phrases. Every change is checked first (a known unit or
 * LOCAL, a known category, at least one term) and then drops the intake snapshot, so the next message uses it.
 * Every change is recorded in the audit trail in its transaction, a changed matter field by field.
 */
@Service
public class CatalogueEditor {
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_LIST = 4000;
    /** How the console and the workbook write {@link Matter#LOCAL}. */
    static final String LOCAL_NAME = "属地";

    private final CatalogueMatters matters;
    private final AgencyPhrases agencies;
    private final Categories categories;
    private final Departments departments;
    private final Snapshot<Intake> intake;
    private final AuditLog audit;

    public CatalogueEditor(CatalogueMatters matters, AgencyPhrases agencies, Categories categories,
                           Departments departments, Snapshot<Intake> intake, AuditLog audit) {
        this.audit = audit;
        this.matters = matters;
        this.agencies = agencies;
        this.categories = categories;
        this.departments = departments;
        this.intake = intake;
    }

    /** A matter as the form sends it; lists are written as the console shows them (commas, weights after a colon). */
    public record MatterForm(String code, String name, String categoryCode, String ownerCode, String outsideTownship,
                             String terms, String needs, String unless, String note) {
    }

    /** The matters whose code, name, owner or words contain {@code query} (all when blank), in catalogue order. */
    public List<CatalogueMatters.Entry> find(String query) {
        return matters.find(query);
    }

    public CatalogueMatters.Entry matter(String code) {
        return matters.byCode(code).orElseThrow(() -> new NotFoundException("没有事项 " + code));
    }

    /** Adds the matter, or changes it when its code exists. */
    public void save(ConsoleUser by, MatterForm f) {
        CatalogueMatters.Entry matter = checked(f);
        String code = matter.code();
        CatalogueMatters.Entry before = matters.byCode(code).orElse(null);
        audit.run(by, before == null ? "添加派单事项" : "修改派单事项", "事项 " + code, changes -> {
            stored(() -> matters.save(matter));
            compare(changes, before, matter);
        });
    }

    /**
     * The matter a form describes, checked as the console checks it (also every row of an imported workbook).
     *
     * @throws InvalidInputException naming the first field that is wrong
     */
    CatalogueMatters.Entry checked(MatterForm f) {
        return checked(f, categories.all());
    }

    /** The categories a form may name, read once for the many rows of a workbook. */
    List<Category> knownCategories() {
        return categories.all();
    }

    /** {@link #checked(MatterForm)} against categories read before. */
    CatalogueMatters.Entry checked(MatterForm f, List<Category> known) {
        String code = text(f.code(), 64, "代码").toLowerCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new InvalidInputException("代码只用小写字母、数字和连字符, 如 street-lights");
        }
        String name = text(f.name(), 128, "名称");
        String categoryCode = category(f.categoryCode(), known);
        String ownerCode = owner(f.ownerCode());
        String outsideTownship = Matter.LOCAL.equals(ownerCode) ? optionalUnit(f.outsideTownship()) : null;
        List<Matter.Term> terms = MatterTerms.terms(f.terms());
        if (terms.isEmpty()) {
            throw new InvalidInputException("至少要有一个词");
        }
        return new CatalogueMatters.Entry(code, name, categoryCode, ownerCode,
                outsideTownship, limited(MatterTerms.format(terms), "词"), list(f.needs()), list(f.unless()),
                f.note() == null || f.note().isBlank() ? null : text(f.note(), 1000, "说明"));
    }

    /** A way of naming a unit, checked as the console checks it. */
    Agency checkedAgency(String phrase, String unit) {
        return new Agency(text(phrase, 64, "称呼"), owner(unit));
    }

    public void delete(ConsoleUser by, String code) {
        audit.run(by, "删除派单事项", "事项 " + code, changes -> {
            matters.byCode(code).ifPresent(m -> changes.note("「" + m.name() + "」, 类别 " + m.categoryCode()
                    + ", 承办 " + m.ownerCode()));
            changed(() -> matters.delete(code));
        });
    }

    /** A matter's fields before (null: new) and after. */
    static void compare(Changes changes, CatalogueMatters.Entry before, CatalogueMatters.Entry after) {
        boolean added = before == null;
        changes.field("名称", added ? null : before.name(), after.name())
                .field("类别", added ? null : before.categoryCode(), after.categoryCode())
                .field("承办", added ? null : before.ownerCode(), after.ownerCode())
                .field("城区外承办", added ? null : before.outsideTownshipCode(), after.outsideTownshipCode())
                .field("词", added ? null : before.terms(), after.terms())
                .field("须有", added ? null : before.needs(), after.needs())
                .field("除非", added ? null : before.unlessWords(), after.unlessWords())
                .field("说明", added ? null : before.note(), after.note());
    }

    public List<AgencyPhrases.Entry> agencies() {
        return agencies.all();
    }

    public void addAgency(ConsoleUser by, String phrase, String departmentCode) {
        Agency agency = checkedAgency(phrase, departmentCode);
        audit.run(by, "添加单位称呼", "单位 " + agency.departmentCode(), changes -> {
            stored(() -> agencies.add(agency));
            changes.note("称呼「" + agency.phrase() + "」");
        });
    }

    public void removeAgency(ConsoleUser by, long id) {
        audit.run(by, "删除单位称呼", "称呼 #" + id, changes -> {
            agencies.all().stream().filter(a -> a.id() == id).findFirst().ifPresent(a ->
                    changes.note("单位 " + a.departmentCode() + " 的称呼「" + a.phrase() + "」"));
            changed(() -> agencies.remove(id));
        });
    }

    /** A category by its code (as the database compares it, whatever the case) or its name (a workbook names it). */
    private static String category(String value, List<Category> known) {
        String v = value == null ? "" : value.strip();
        return known.stream().filter(c -> c.code().equalsIgnoreCase(v)).map(Category::code).findFirst()
                .or(() -> known.stream().filter(c -> c.name().equals(v)).map(Category::code).findFirst())
                .orElseThrow(() -> new InvalidInputException("未知的类别: " + value));
    }

    /** A unit by code or name, or LOCAL (the township office of the group). */
    private String owner(String value) {
        if (value != null && (value.strip().equalsIgnoreCase(Matter.LOCAL) || value.strip().equals(LOCAL_NAME))) {
            return Matter.LOCAL;
        }
        return departments.find(value == null ? "" : value.strip())
                .orElseThrow(() -> new InvalidInputException("未知的承办单位: " + value)).code();
    }

    private String optionalUnit(String value) {
        return value == null || value.isBlank() ? null : owner(value);
    }

    private static String list(String value) {
        List<String> words = MatterTerms.words(value);
        return words.isEmpty() ? null : limited(String.join(", ", words), "词");
    }

    private static String limited(String value, String what) {
        if (value.length() > MAX_LIST) {
            throw new InvalidInputException(what + "太多 (最多 " + MAX_LIST + " 个字符)");
        }
        return value;
    }

    private static String text(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(what + "不能为空");
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInputException(what + "最长 " + max + " 个字符");
        }
        return v;
    }

    /** Makes a change that adds something; {@code write} answers false when that is there already. */
    private void stored(BooleanSupplier write) {
        if (!write.getAsBoolean()) {
            throw new ConflictException("已经有了, 没有重复保存");
        }
        intake.invalidate();
    }

    private void changed(Runnable write) {
        write.run();
        intake.invalidate();
    }
}
