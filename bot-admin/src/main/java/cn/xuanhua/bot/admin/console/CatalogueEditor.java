package cn.xuanhua.bot.admin.console;

import cn.xuanhua.bot.admin.persistence.AgencyPhraseMapper;
import cn.xuanhua.bot.admin.persistence.AgencyPhraseRecord;
import cn.xuanhua.bot.admin.persistence.CategoryMapper;
import cn.xuanhua.bot.admin.persistence.CategoryRecord;
import cn.xuanhua.bot.admin.persistence.MatterMapper;
import cn.xuanhua.bot.admin.persistence.MatterRecord;
import cn.xuanhua.bot.core.Snapshot;
import cn.xuanhua.bot.core.error.ConflictException;
import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.error.NotFoundException;
import cn.xuanhua.bot.core.intake.Intake;
import cn.xuanhua.bot.core.org.Departments;
import cn.xuanhua.bot.core.routing.Matter;
import cn.xuanhua.bot.core.routing.MatterTerms;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Locale;
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

    private final MatterMapper matters;
    private final AgencyPhraseMapper agencies;
    private final CategoryMapper categories;
    private final Departments departments;
    private final Snapshot<Intake> intake;

    public CatalogueEditor(MatterMapper matters, AgencyPhraseMapper agencies, CategoryMapper categories,
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
    public List<MatterRecord> find(String query) {
        LambdaQueryWrapper<MatterRecord> q = new LambdaQueryWrapper<MatterRecord>()
                .orderByAsc(MatterRecord::getSortOrder).orderByAsc(MatterRecord::getId);
        if (query != null && !query.isBlank()) {
            String like = query.strip();
            q.and(w -> w.like(MatterRecord::getCode, like).or().like(MatterRecord::getName, like)
                    .or().like(MatterRecord::getOwnerCode, like).or().like(MatterRecord::getTerms, like));
        }
        return matters.selectList(q);
    }

    public MatterRecord matter(String code) {
        MatterRecord r = matters.selectOne(new LambdaQueryWrapper<MatterRecord>().eq(MatterRecord::getCode, code));
        if (r == null) {
            throw new NotFoundException("没有事项 " + code);
        }
        return r;
    }

    /** Adds the matter, or changes it when its code exists. */
    public void save(MatterForm f) {
        String code = text(f.code(), 64, "代码").toLowerCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new InvalidInputException("代码只用小写字母、数字和连字符, 如 street-lights");
        }
        MatterRecord r = matters.selectOne(new LambdaQueryWrapper<MatterRecord>().eq(MatterRecord::getCode, code));
        boolean added = r == null;
        if (added) {
            r = new MatterRecord();
            r.setCode(code);
            r.setSortOrder(nextSortOrder());
        }
        r.setName(text(f.name(), 128, "名称"));
        r.setCategoryCode(category(f.categoryCode()));
        r.setOwnerCode(owner(f.ownerCode()));
        r.setOutsideTownshipCode(Matter.LOCAL.equals(r.getOwnerCode()) ? optionalUnit(f.outsideTownship()) : null);
        List<Matter.Term> terms = MatterTerms.terms(f.terms());
        if (terms.isEmpty()) {
            throw new InvalidInputException("至少要有一个词");
        }
        r.setTerms(limited(MatterTerms.format(terms), "词"));
        r.setNeeds(list(f.needs()));
        r.setUnlessWords(list(f.unless()));
        r.setNote(f.note() == null || f.note().isBlank() ? null : text(f.note(), 1000, "说明"));
        MatterRecord row = r;
        changed(() -> {
            if (added) {
                matters.insert(row);
            } else {
                matters.updateById(row);
            }
        });
    }

    public void delete(String code) {
        changed(() -> matters.delete(new LambdaQueryWrapper<MatterRecord>().eq(MatterRecord::getCode, code)));
    }

    public List<AgencyPhraseRecord> agencies() {
        return agencies.selectList(new LambdaQueryWrapper<AgencyPhraseRecord>()
                .orderByAsc(AgencyPhraseRecord::getDepartmentCode).orderByAsc(AgencyPhraseRecord::getPhrase));
    }

    public void addAgency(String phrase, String departmentCode) {
        AgencyPhraseRecord r = new AgencyPhraseRecord();
        r.setPhrase(text(phrase, 64, "称呼"));
        r.setDepartmentCode(owner(departmentCode));
        changed(() -> agencies.insert(r));
    }

    public void removeAgency(long id) {
        changed(() -> agencies.deleteById(id));
    }

    private int nextSortOrder() {
        MatterRecord last = matters.selectOne(new LambdaQueryWrapper<MatterRecord>()
                .orderByDesc(MatterRecord::getSortOrder).last("LIMIT 1"));
        return last == null ? 10 : last.getSortOrder() + 10;
    }

    private String category(String code) {
        if (code == null || categories.selectCount(new LambdaQueryWrapper<CategoryRecord>()
                .eq(CategoryRecord::getCode, code)) == 0) {
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

    private void changed(Runnable write) {
        try {
            write.run();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("已经有了, 没有重复保存");
        }
        intake.invalidate();
    }
}
