package cn.xuanhua.bot.admin.console;

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
 */
@Service
public class CatalogueEditor {
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_LIST = 4000;

    private final CatalogueMatters matters;
    private final AgencyPhrases agencies;
    private final Categories categories;
    private final Departments departments;
    private final Snapshot<Intake> intake;

    public CatalogueEditor(CatalogueMatters matters, AgencyPhrases agencies, Categories categories,
                           Departments departments, Snapshot<Intake> intake) {
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
    public void save(MatterForm f) {
        String code = text(f.code(), 64, "代码").toLowerCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new InvalidInputException("代码只用小写字母、数字和连字符, 如 street-lights");
        }
        String name = text(f.name(), 128, "名称");
        String categoryCode = category(f.categoryCode());
        String ownerCode = owner(f.ownerCode());
        String outsideTownship = Matter.LOCAL.equals(ownerCode) ? optionalUnit(f.outsideTownship()) : null;
        List<Matter.Term> terms = MatterTerms.terms(f.terms());
        if (terms.isEmpty()) {
            throw new InvalidInputException("至少要有一个词");
        }
        CatalogueMatters.Entry matter = new CatalogueMatters.Entry(code, name, categoryCode, ownerCode,
                outsideTownship, limited(MatterTerms.format(terms), "词"), list(f.needs()), list(f.unless()),
                f.note() == null || f.note().isBlank() ? null : text(f.note(), 1000, "说明"));
        stored(() -> matters.save(matter));
    }

    public void delete(String code) {
        changed(() -> matters.delete(code));
    }

    public List<AgencyPhrases.Entry> agencies() {
        return agencies.all();
    }

    public void addAgency(String phrase, String departmentCode) {
        Agency agency = new Agency(text(phrase, 64, "称呼"), owner(departmentCode));
        stored(() -> agencies.add(agency));
    }

    public void removeAgency(long id) {
        changed(() -> agencies.remove(id));
    }

    private String category(String code) {
        if (code == null || categories.byCode(code).isEmpty()) {
            throw new InvalidInputException("未知的类别: " + code);
        }
        return code;
    }

    /** A unit by code or name, or LOCAL (the township office of the group). */
    private String owner(String value) {
        if (value != null && value.strip().equalsIgnoreCase(Matter.LOCAL)) {
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
