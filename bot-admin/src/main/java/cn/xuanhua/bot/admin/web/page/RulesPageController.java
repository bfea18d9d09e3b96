package cn.xuanhua.bot.admin.web.page;

import cn.xuanhua.bot.admin.learning.LearnedRoutingService;
import cn.xuanhua.bot.admin.persistence.CategoryKeywordMapper;
import cn.xuanhua.bot.admin.persistence.CategoryKeywordRecord;
import cn.xuanhua.bot.admin.persistence.CategoryMapper;
import cn.xuanhua.bot.admin.persistence.CategoryRecord;
import cn.xuanhua.bot.admin.persistence.LexiconMapper;
import cn.xuanhua.bot.admin.persistence.LexiconRecord;
import cn.xuanhua.bot.admin.persistence.RoutingRuleMapper;
import cn.xuanhua.bot.admin.persistence.RoutingRuleRecord;
import cn.xuanhua.bot.admin.web.ConsoleNames;
import cn.xuanhua.bot.core.learning.Learned;
import cn.xuanhua.bot.core.learning.TrainingReport;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /rules}: the intake dictionaries as they stand: categories with their time limits and keyword counts, the
 * keywords of one category, the routing rules and the phrases of one lexicon. Changes go to {@link RulesEditController}.
 */
@Controller
public class RulesPageController {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RulesPageController.class);
    private final CategoryMapper categories;
    private final CategoryKeywordMapper keywords;
    private final RoutingRuleMapper rules;
    private final LexiconMapper lexicon;
    private final ConsoleNames names;
    private final LearnedRoutingService learned;
    private final Clock clock;

    public RulesPageController(CategoryMapper categories, CategoryKeywordMapper keywords, RoutingRuleMapper rules,
                               LexiconMapper lexicon, ConsoleNames names, LearnedRoutingService learned, Clock clock) {
        this.categories = categories;
        this.keywords = keywords;
        this.rules = rules;
        this.lexicon = lexicon;
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
    public String retrain(RedirectAttributes flash) {
        try {
            Learned trained = learned.retrain();
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
    public record RuleRow(RoutingRuleRecord rule, String category, String scope, String target) {
    }

    @GetMapping("/rules")
    public String rules(@RequestParam(required = false) String category,
                        @RequestParam(required = false) String lexiconName, Model model) {
        ConsoleNames.Names n = names.load();
        List<CategoryRecord> cats = categories.selectList(null).stream()
                .sorted(Comparator.comparing(CategoryRecord::getSortOrder)).toList();
        String selected = category != null ? category : cats.isEmpty() ? null : cats.get(0).getCode();
        List<String> lexicons = lexicon.selectObjs(new QueryWrapper<LexiconRecord>().select("DISTINCT lexicon")
                .orderByAsc("lexicon")).stream().map(String::valueOf).toList();
        String chosenLexicon = lexiconName != null ? lexiconName : lexicons.isEmpty() ? null : lexicons.get(0);
        model.addAttribute("categories", cats);
        model.addAttribute("keywordCounts", keywords.selectList(null).stream()
                .collect(Collectors.groupingBy(CategoryKeywordRecord::getCategoryCode, Collectors.counting())));
        model.addAttribute("category", selected);
        model.addAttribute("keywords", keywords.selectList(new LambdaQueryWrapper<CategoryKeywordRecord>()
                .eq(CategoryKeywordRecord::getCategoryCode, selected)
                .orderByDesc(CategoryKeywordRecord::getWeight).orderByAsc(CategoryKeywordRecord::getKeyword)));
        model.addAttribute("routing", rules.selectList(new LambdaQueryWrapper<RoutingRuleRecord>()
                .orderByAsc(RoutingRuleRecord::getCategoryCode).orderByAsc(RoutingRuleRecord::getPriority))
                .stream().map(r -> row(r, n)).toList());
        model.addAttribute("lexicons", lexicons);
        model.addAttribute("lexiconName", chosenLexicon);
        model.addAttribute("phrases", lexicon.selectList(new LambdaQueryWrapper<LexiconRecord>()
                .eq(LexiconRecord::getLexicon, chosenLexicon).orderByAsc(LexiconRecord::getPhrase)));
        model.addAttribute("names", n);
        model.addAttribute("groupKinds", Map.of("INDUSTRY", "行业群", "TOWNSHIP", "乡镇(街道)群"));
        Learned now = learned.current();
        model.addAttribute("models", List.of(model("routing", "承办单位", now.routing().report()),
                model("appeal", "是否诉求", now.appeal().report())));
        return "rules";
    }

    private static RuleRow row(RoutingRuleRecord r, ConsoleNames.Names n) {
        String scope = r.getGroupCode() != null ? "群: " + n.group(r.getGroupCode())
                : r.getGroupKind() != null ? ("INDUSTRY".equals(r.getGroupKind()) ? "行业群" : "TOWNSHIP".equals(
                r.getGroupKind()) ? "乡镇(街道)群" : r.getGroupKind()) : "所有群";
        String target = Boolean.TRUE.equals(r.getUseGroupLead()) ? "群的牵头单位" : n.department(r.getDepartmentCode());
        return new RuleRow(r, n.category(r.getCategoryCode()), scope, target);
    }
}
