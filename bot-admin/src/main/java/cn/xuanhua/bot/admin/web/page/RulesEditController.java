package cn.xuanhua.bot.admin.web.page;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.admin.console.RulesEditor;
import cn.xuanhua.bot.core.error.ConflictException;
import cn.xuanhua.bot.core.error.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The forms of {@code /rules} (administrators only); each change takes effect for the next message at once. */
@Controller
public class RulesEditController {
    private final RulesEditor editor;

    public RulesEditController(RulesEditor editor) {
        this.editor = editor;
    }

    @PostMapping("/rules/categories/{code}/time-limit")
    public String timeLimit(ConsoleUser me, @PathVariable String code, @RequestParam int days,
                            RedirectAttributes flash) {
        return run(flash, "已修改办理时限", () -> editor.setTimeLimit(me, code, days), code, null);
    }

    @PostMapping("/rules/keywords")
    public String addKeyword(ConsoleUser me, @RequestParam String category,
                             @RequestParam(defaultValue = "") String keyword,
                             @RequestParam(defaultValue = "5") int weight, RedirectAttributes flash) {
        return run(flash, "已添加关键词「" + keyword.strip() + "」", () -> editor.addKeyword(me, category, keyword, weight),
                category, null);
    }

    @PostMapping("/rules/keywords/{id}/delete")
    public String removeKeyword(ConsoleUser me, @PathVariable long id, @RequestParam(required = false) String category,
                                RedirectAttributes flash) {
        return run(flash, "已删除关键词", () -> editor.removeKeyword(me, id), category, null);
    }

    @PostMapping("/rules/routing")
    public String addRule(ConsoleUser me, @RequestParam String category,
                          @RequestParam(required = false) String groupCode,
                          @RequestParam(required = false) String groupKind,
                          @RequestParam(required = false) String departmentCode,
                          @RequestParam(defaultValue = "false") boolean useGroupLead,
                          @RequestParam(required = false) Integer priority,
                          @RequestParam(required = false) String note, RedirectAttributes flash) {
        return run(flash, "已添加分拨规则", () -> editor.addRule(me, new RulesEditor.NewRule(category, groupCode, groupKind,
                departmentCode, useGroupLead, priority, note)), category, null);
    }

    @PostMapping("/rules/routing/{id}/delete")
    public String removeRule(ConsoleUser me, @PathVariable long id, RedirectAttributes flash) {
        return run(flash, "已删除分拨规则", () -> editor.removeRule(me, id), null, null);
    }

    @PostMapping("/rules/lexicon")
    public String addPhrase(ConsoleUser me, @RequestParam String lexiconName,
                            @RequestParam(defaultValue = "") String phrase,
                            @RequestParam(defaultValue = "4") int weight, RedirectAttributes flash) {
        return run(flash, "已添加短语「" + phrase.strip() + "」", () -> editor.addPhrase(me, lexiconName, phrase, weight),
                null, lexiconName);
    }

    @PostMapping("/rules/lexicon/{id}/delete")
    public String removePhrase(ConsoleUser me, @PathVariable long id,
                               @RequestParam(required = false) String lexiconName,
                               RedirectAttributes flash) {
        return run(flash, "已删除短语", () -> editor.removePhrase(me, id), null, lexiconName);
    }

    private static String run(RedirectAttributes flash, String done, Runnable change, String category, String lexicon) {
        try {
            change.run();
            flash.addFlashAttribute("notice", done + ", 已立即生效");
        } catch (InvalidInputException | ConflictException e) {
            flash.addFlashAttribute("error", "未保存: " + e.getMessage());
        }
        UriComponentsBuilder back = UriComponentsBuilder.fromPath("/rules");
        if (category != null && !category.isBlank()) {
            back.queryParam("category", category);
        }
        if (lexicon != null && !lexicon.isBlank()) {
            back.queryParam("lexiconName", lexicon);
        }
        return "redirect:" + back.encode().build().toUriString();
    }
}
