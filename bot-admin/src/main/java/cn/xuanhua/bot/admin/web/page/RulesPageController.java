package cn.xuanhua.bot.admin.web.page;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.admin.audit.AuditLog;
import cn.xuanhua.bot.admin.learning.LearnedRoutingService;
import cn.xuanhua.bot.admin.web.ConsoleNames;
import cn.xuanhua.bot.core.intake.Lexicons;
import cn.xuanhua.bot.core.learning.Learned;
import cn.xuanhua.bot.core.learning.TrainingReport;
import cn.xuanhua.bot.core.org.GroupKind;
import cn.xuanhua.bot.core.routing.Categories;
import cn.xuanhua.bot.core.routing.Category;
import cn.xuanhua.bot.core.routing.CategoryKeywords;
import cn.xuanhua.bot.core.routing.RoutingRule;
import cn.xuanhua.bot.core.routing.RoutingRules;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * {@code /rules}: the intake dictionaries as they stand: categories with their time limits and keyword counts, the
 * keywords of one category, the routing rules and the phrases of one lexicon. Changes go to {@link RulesEditController}.
 */
@Controller
public class RulesPageController {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RulesPageController.class);
    private final Categories categories;
    private final CategoryKeywords keywords;
    private final RoutingRules rules;
    private final Lexicons lexicons;
    private final ConsoleNames names;
    private final LearnedRoutingService learned;
    private final Clock clock;
    private final AuditLog audit;

    public RulesPageController(Categories categories, CategoryKeywords keywords, RoutingRules rules,
                               Lexicons lexicons, ConsoleNames names, LearnedRoutingService learned, Clock clock,
                               AuditLog audit) {
        this.audit = audit;
        this.categories = categories;
        this.keywords = keywords;
        this.rules = rules;
        this.lexicons = lexicons;
        this.names = names;
        this.learned = learned;
        this.clock = clock;
    }

    /** One learned model's figures, as the page shows them. */
    public record ModelRow(String key, String label, TrainingReport report, String trainedAt) {
        public String percent(double share) {
            return Double.isNaN(share) ? "—" : String.format(java.util.Locale.ROOT, "%.1f%%", 100 * share);
        }
    }

    private ModelRow model(String key, String label, TrainingReport report) {
        String at = report.trainedAt() == null ? "尚未训练"
                : java.time.LocalDateTime.ofInstant(report.trainedAt(), clock.getZone()).withNano(0).toString().replace('T', ' ');
        return new ModelRow(key, label, report, at);
    }

    /** Retrains both models now (administrators), e.g. right after correcting several appeals. */
    @PostMapping("/rules/model/retrain")
    public String retrain(ConsoleUser me, RedirectAttributes flash) {
        try {
            Learned trained = learned.retrain();
            // The models live in memory: recorded once they are in use (the training holds no transaction).
            audit.run(me, "重新训练模型", "学习模型", changes -> changes.note("承办单位模型 "
                    + trained.routing().report().examples() + " 条样本 (其中纠正 "
                    + trained.routing().report().corrections() + " 条)"));
            flash.addFlashAttribute("notice", "已重新训练: 承办单位模型学习了 " + trained.routing().report().examples()
                    + " 条 (其中纠正 " + trained.routing().report().corrections() + " 条)");
        } catch (RuntimeException e) {
            // The models in use stay; the administrator sees why, the log has the details.
            log.warn("routing model not retrained on request: {}", e.toString());
            flash.addFlashAttribute("error", "训练失败, 继续使用原模型: " + e.getMessage());
        }
        return "redirect:/rules#model";
    }

    /** A routing rule in words. */
    public record RuleRow(RoutingRule rule, String note, String category, String scope, String target) {
    }

    @GetMapping("/rules")
    public String rules(@RequestParam(required = false) String category,
                        @RequestParam(required = false) String lexiconName, Model model) {
        ConsoleNames.Names n = names.load();
        List<Category> cats = categories.all();
        String selected = category != null ? category : cats.isEmpty() ? null : cats.get(0).code();
        List<String> lexiconNames = lexicons.names();
        String chosenLexicon = lexiconName != null ? lexiconName : lexiconNames.isEmpty() ? null : lexiconNames.get(0);
        model.addAttribute("categories", cats);
        model.addAttribute("keywordCounts", keywords.countsByCategory());
        model.addAttribute("category", selected);
        model.addAttribute("keywords", keywords.of(selected));
        model.addAttribute("routing", rules.all().stream().map(r -> row(r, n)).toList());
        model.addAttribute("lexicons", lexiconNames);
        model.addAttribute("lexiconName", chosenLexicon);
        model.addAttribute("phrases", lexicons.phrasesOf(chosenLexicon));
        model.addAttribute("names", n);
        model.addAttribute("groupKinds", Map.of("INDUSTRY", "行业群", "TOWNSHIP", "乡镇(街道)群"));
        Learned now = learned.current();
        model.addAttribute("models", List.of(model("routing", "承办单位", now.routing().report()),
                model("appeal", "是否诉求", now.appeal().report()),
                model("new-matter", "新诉求还是补充", now.newMatter().report())));
        return "rules";
    }

    private static RuleRow row(RoutingRules.Entry entry, ConsoleNames.Names n) {
        RoutingRule r = entry.rule();
        String scope = r.groupCode() != null ? "群: " + n.group(r.groupCode())
                : r.groupKind() != null ? kindName(r.groupKind()) : "所有群";
        String target = r.useGroupLead() ? "群的牵头单位" : n.department(r.departmentCode());
        return new RuleRow(r, entry.note(), n.category(r.categoryCode()), scope, target);
    }

    private static String kindName(GroupKind kind) {
        return switch (kind) {
            case INDUSTRY -> "行业群";
            case TOWNSHIP -> "乡镇(街道)群";
            default -> kind.name();
        };
    }
}
