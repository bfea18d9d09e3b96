package cn.xuanhua.bot.admin.console;

import cn.xuanhua.bot.core.Snapshot;
import cn.xuanhua.bot.core.error.ConflictException;
import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.intake.Intake;
import cn.xuanhua.bot.core.intake.LexiconEntry;
import cn.xuanhua.bot.core.intake.Lexicons;
import cn.xuanhua.bot.core.org.GroupKind;
import cn.xuanhua.bot.core.org.Departments;
import cn.xuanhua.bot.core.org.Groups;
import cn.xuanhua.bot.core.routing.Categories;
import cn.xuanhua.bot.core.routing.Category;
import cn.xuanhua.bot.core.routing.CategoryKeyword;
import cn.xuanhua.bot.core.routing.CategoryKeywords;
import cn.xuanhua.bot.core.routing.RoutingRules;
import org.springframework.stereotype.Service;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Changes to the intake dictionaries from {@code /rules}: time limits, keywords, routing rules and lexicon phrases.
 * Each change is checked first (nothing half-valid is stored) and then drops the intake snapshot, so the next
 * message (and {@code POST /api/appeals/preview}) already uses it.
 */
@Service
public class RulesEditor {
    private static final int MAX_TIME_LIMIT = 60;
    private static final int MAX_WEIGHT = 10;

    private final Categories categories;
    private final CategoryKeywords keywords;
    private final RoutingRules rules;
    private final Lexicons lexicons;
    private final Departments departments;
    private final Groups groups;
    private final Snapshot<Intake> intake;

    public RulesEditor(Categories categories, CategoryKeywords keywords, RoutingRules rules, Lexicons lexicons,
                       Departments departments, Groups groups, Snapshot<Intake> intake) {
        this.categories = categories;
        this.keywords = keywords;
        this.rules = rules;
        this.lexicons = lexicons;
        this.departments = departments;
        this.groups = groups;
        this.intake = intake;
    }

    /** A new routing rule as the form gives it; blank fields are "any". */
    public record NewRule(String categoryCode, String groupCode, String groupKind, String departmentCode,
                          boolean useGroupLead, Integer priority, String note) {
    }

    public void setTimeLimit(String categoryCode, int days) {
        Category c = category(categoryCode);
        range(days, 1, MAX_TIME_LIMIT, "办理时限 (工作日)");
        changed(() -> categories.setTimeLimit(c.code(), days));
    }

    public void addKeyword(String categoryCode, String keyword, int weight) {
        category(categoryCode);
        CategoryKeyword k = new CategoryKeyword(categoryCode, text(keyword, 32, "关键词"),
                range(weight, 1, MAX_WEIGHT, "权重"));
        added(() -> keywords.add(k));
    }

    public void removeKeyword(long id) {
        changed(() -> keywords.remove(id));
    }

    public void addRule(NewRule n) {
        String categoryCode = category(n.categoryCode()).code();
        String groupCode = blank(n.groupCode()) ? null : groups.byCode(n.groupCode())
                .orElseThrow(() -> new InvalidInputException("未知的群: " + n.groupCode())).code();
        GroupKind groupKind = blank(n.groupKind()) ? null : kind(n.groupKind());
        if (n.useGroupLead() != blank(n.departmentCode())) {
            throw new InvalidInputException("请选择承办部门, 或勾选「交群的牵头单位」(二选一)");
        }
        String departmentCode = blank(n.departmentCode()) ? null : departments.byCode(n.departmentCode())
                .orElseThrow(() -> new InvalidInputException("未知的部门: " + n.departmentCode())).code();
        RoutingRules.Draft rule = new RoutingRules.Draft(categoryCode, groupCode, groupKind, departmentCode,
                n.useGroupLead(), range(n.priority() == null ? 100 : n.priority(), 0, 9999, "优先级"),
                blank(n.note()) ? null : text(n.note(), 128, "说明"));
        changed(() -> rules.add(rule));
    }

    public void removeRule(long id) {
        changed(() -> rules.remove(id));
    }

    public void addPhrase(String lexiconName, String phrase, int weight) {
        if (lexiconName == null || !lexicons.names().contains(lexiconName)) {
            throw new InvalidInputException("未知的词表: " + lexiconName);
        }
        LexiconEntry entry = new LexiconEntry(lexiconName, text(phrase, 64, "短语"), range(weight, 0, MAX_WEIGHT, "权重"));
        added(() -> lexicons.add(entry));
    }

    public void removePhrase(long id) {
        changed(() -> lexicons.remove(id));
    }

    /** Adds what {@code add} stores, which answers false when it is stored already. */
    private void added(BooleanSupplier add) {
        changed(() -> {
            if (!add.getAsBoolean()) {
                throw new ConflictException("已存在, 未重复添加");
            }
        });
    }

    private void changed(Runnable write) {
        try {
            write.run();
        } finally {
            intake.invalidate();
        }
    }

    private Category category(String code) {
        return (blank(code) ? Optional.<Category>empty() : categories.byCode(code))
                .orElseThrow(() -> new InvalidInputException("未知的类别: " + code));
    }

    private static GroupKind kind(String value) {
        return Arrays.stream(GroupKind.values()).filter(k -> k.name().equals(value)).findFirst()
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
