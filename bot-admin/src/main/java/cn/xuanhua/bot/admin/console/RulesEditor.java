package cn.xuanhua.bot.admin.console;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.admin.audit.AuditLog;
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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Changes to the intake dictionaries from {@code /rules}: time limits, keywords, routing rules and lexicon phrases.
 * Each change is checked first (nothing half-valid is stored) and then drops the intake snapshot, so the next
 * message (and {@code POST /api/appeals/preview}) already uses it. Every change is recorded in the audit trail in its
 * own transaction, with what it added, changed or removed.
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
    private final AuditLog audit;

    public RulesEditor(Categories categories, CategoryKeywords keywords, RoutingRules rules, Lexicons lexicons,
                       Departments departments, Groups groups, Snapshot<Intake> intake, AuditLog audit) {
        this.audit = audit;
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

    public void setTimeLimit(ConsoleUser by, String categoryCode, int days) {
        Category c = category(categoryCode);
        range(days, 1, MAX_TIME_LIMIT, "办理时限 (工作日)");
        audit.run(by, "修改办理时限", "类别 " + c.code(), changes -> changed(() -> {
            categories.setTimeLimit(c.code(), days);
            changes.field("办理时限 (工作日)", c.timeLimitDays(), days);
        }));
    }

    public void addKeyword(ConsoleUser by, String categoryCode, String keyword, int weight) {
        category(categoryCode);
        CategoryKeyword k = new CategoryKeyword(categoryCode, text(keyword, 32, "关键词"),
                range(weight, 1, MAX_WEIGHT, "权重"));
        audit.run(by, "添加关键词", "类别 " + categoryCode, changes -> {
            added(() -> keywords.add(k));
            changes.note("关键词「" + k.keyword() + "」, 权重 " + k.weight());
        });
    }

    public void removeKeyword(ConsoleUser by, long id) {
        audit.run(by, "删除关键词", "关键词 #" + id, changes -> changed(() -> keywords.remove(id).ifPresent(k ->
                changes.note("类别 " + k.categoryCode() + " 的关键词「" + k.keyword() + "」, 权重 " + k.weight()))));
    }

    public void addRule(ConsoleUser by, NewRule n) {
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
        audit.run(by, "添加分拨规则", "类别 " + categoryCode, changes -> {
            changed(() -> rules.add(rule));
            changes.note(describe(rule.groupCode(), rule.groupKind(), rule.departmentCode(), rule.useGroupLead(),
                    rule.priority(), rule.note()));
        });
    }

    public void removeRule(ConsoleUser by, long id) {
        audit.run(by, "删除分拨规则", "分拨规则 #" + id, changes -> changed(() -> rules.remove(id).ifPresent(e ->
                changes.note("类别 " + e.rule().categoryCode() + ": " + describe(e.rule().groupCode(),
                        e.rule().groupKind(), e.rule().departmentCode(), e.rule().useGroupLead(), e.rule().priority(),
                        e.note())))));
    }

    public void addPhrase(ConsoleUser by, String lexiconName, String phrase, int weight) {
        if (lexiconName == null || !lexicons.names().contains(lexiconName)) {
            throw new InvalidInputException("未知的词表: " + lexiconName);
        }
        LexiconEntry entry = new LexiconEntry(lexiconName, text(phrase, 64, "短语"), range(weight, 0, MAX_WEIGHT, "权重"));
        audit.run(by, "添加短语", "词表 " + lexiconName, changes -> {
            added(() -> lexicons.add(entry));
            changes.note("短语「" + entry.phrase() + "」, 权重 " + entry.weight());
        });
    }

    public void removePhrase(ConsoleUser by, long id) {
        audit.run(by, "删除短语", "短语 #" + id, changes -> changed(() -> lexicons.remove(id).ifPresent(p ->
                changes.note("词表 " + p.lexicon() + " 的短语「" + p.phrase() + "」, 权重 " + p.weight()))));
    }

    /** A routing rule in words for the audit trail. */
    private static String describe(String groupCode, GroupKind kind, String departmentCode, boolean useGroupLead,
                                   int priority, String note) {
        String scope = groupCode != null ? "群 " + groupCode : kind != null ? "群类型 " + kind.name() : "所有群";
        String to = useGroupLead ? "群的牵头单位" : departmentCode;
        return scope + " → " + to + ", 优先级 " + priority + (note == null ? "" : ", 说明「" + note + "」");
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
            // The change commits with its audit entry after this returns: drop the snapshot again then, so that a
            // reload another thread started in between (reading the old rows) does not outlive the commit.
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        intake.invalidate();
                    }
                });
            }
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
