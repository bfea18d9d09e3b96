package cn.xuanhua.bot.admin.console;

import cn.xuanhua.bot.admin.persistence.CategoryKeywordMapper;
import cn.xuanhua.bot.admin.persistence.CategoryKeywordRecord;
import cn.xuanhua.bot.admin.persistence.CategoryMapper;
import cn.xuanhua.bot.admin.persistence.CategoryRecord;
import cn.xuanhua.bot.admin.persistence.LexiconMapper;
import cn.xuanhua.bot.admin.persistence.LexiconRecord;
import cn.xuanhua.bot.admin.persistence.RoutingRuleMapper;
import cn.xuanhua.bot.admin.persistence.RoutingRuleRecord;
import cn.xuanhua.bot.core.Snapshot;
import cn.xuanhua.bot.core.error.ConflictException;
import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.intake.Intake;
import cn.xuanhua.bot.core.org.GroupKind;
import cn.xuanhua.bot.core.org.Departments;
import cn.xuanhua.bot.core.org.Groups;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Changes to the intake dictionaries from {@code /rules}: time limits, keywords, routing rules and lexicon phrases.
 * Each change is checked first (nothing half-valid is stored) and then drops the intake snapshot, so the next
 * message (and {@code POST /api/appeals/preview}) already uses it.
 */
@Service
public class RulesEditor {
    private static final int MAX_TIME_LIMIT = 60;
    private static final int MAX_WEIGHT = 10;

    private final CategoryMapper categories;
    private final CategoryKeywordMapper keywords;
    private final RoutingRuleMapper rules;
    private final LexiconMapper lexicon;
    private final Departments departments;
    private final Groups groups;
    private final Snapshot<Intake> intake;

    public RulesEditor(CategoryMapper categories, CategoryKeywordMapper keywords, RoutingRuleMapper rules,
                       LexiconMapper lexicon, Departments departments, Groups groups, Snapshot<Intake> intake) {
        this.categories = categories;
        this.keywords = keywords;
        this.rules = rules;
        this.lexicon = lexicon;
        this.departments = departments;
        this.groups = groups;
        this.intake = intake;
    }

    /** A new routing rule as the form gives it; blank fields are "any". */
    public record NewRule(String categoryCode, String groupCode, String groupKind, String departmentCode,
                          boolean useGroupLead, Integer priority, String note) {
    }

    public void setTimeLimit(String categoryCode, int days) {
        CategoryRecord c = category(categoryCode);
        range(days, 1, MAX_TIME_LIMIT, "办理时限 (工作日)");
        c.setTimeLimitDays(days);
        changed(() -> categories.updateById(c));
    }

    public void addKeyword(String categoryCode, String keyword, int weight) {
        category(categoryCode);
        CategoryKeywordRecord r = new CategoryKeywordRecord();
        r.setCategoryCode(categoryCode);
        r.setKeyword(text(keyword, 32, "关键词"));
        r.setWeight(range(weight, 1, MAX_WEIGHT, "权重"));
        changed(() -> keywords.insert(r));
    }

    public void removeKeyword(long id) {
        changed(() -> keywords.deleteById(id));
    }

    public void addRule(NewRule n) {
        RoutingRuleRecord r = new RoutingRuleRecord();
        r.setCategoryCode(category(n.categoryCode()).getCode());
        r.setGroupCode(blank(n.groupCode()) ? null : groups.byCode(n.groupCode())
                .orElseThrow(() -> new InvalidInputException("未知的群: " + n.groupCode())).code());
        r.setGroupKind(blank(n.groupKind()) ? null : kind(n.groupKind()));
        if (n.useGroupLead() == blank(n.departmentCode())) {
            r.setUseGroupLead(n.useGroupLead());
        } else {
            throw new InvalidInputException("请选择承办部门, 或勾选「交群的牵头单位」(二选一)");
        }
        r.setDepartmentCode(blank(n.departmentCode()) ? null : departments.byCode(n.departmentCode())
                .orElseThrow(() -> new InvalidInputException("未知的部门: " + n.departmentCode())).code());
        r.setPriority(range(n.priority() == null ? 100 : n.priority(), 0, 9999, "优先级"));
        r.setNote(blank(n.note()) ? null : text(n.note(), 128, "说明"));
        changed(() -> rules.insert(r));
    }

    public void removeRule(long id) {
        changed(() -> rules.deleteById(id));
    }

    public void addPhrase(String lexiconName, String phrase, int weight) {
        boolean known = lexicon.selectCount(new LambdaQueryWrapper<LexiconRecord>()
                .eq(LexiconRecord::getLexicon, lexiconName)) > 0;
        if (!known) {
            throw new InvalidInputException("未知的词表: " + lexiconName);
        }
        LexiconRecord r = new LexiconRecord();
        r.setLexicon(lexiconName);
        r.setPhrase(text(phrase, 64, "短语"));
        r.setWeight(range(weight, 0, MAX_WEIGHT, "权重"));
        changed(() -> lexicon.insert(r));
    }

    public void removePhrase(long id) {
        changed(() -> lexicon.deleteById(id));
    }

    private void changed(Supplier<Integer> write) {
        try {
            write.get();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("已存在, 未重复添加");
        } finally {
            intake.invalidate();
        }
    }

    private CategoryRecord category(String code) {
        CategoryRecord c = blank(code) ? null : categories.selectOne(
                new LambdaQueryWrapper<CategoryRecord>().eq(CategoryRecord::getCode, code));
        if (c == null) {
            throw new InvalidInputException("未知的类别: " + code);
        }
        return c;
    }

    private static String kind(String value) {
        return Arrays.stream(GroupKind.values()).map(Enum::name).filter(value::equals).findFirst()
                .orElseThrow(() -> new InvalidInputException("群类型须为 INDUSTRY、TOWNSHIP、COORDINATION 或 DEPARTMENT"));
    }

    private static String text(String value, int max, String what) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max) {
            throw new InvalidInputException(what + "不能为空, 最多 " + max + " 个字");
        }
        return v;
    }

    private static int range(int value, int min, int max, String what) {
        if (value < min || value > max) {
            throw new InvalidInputException(what + "须在 " + min + "–" + max + " 之间");
        }
        return value;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
