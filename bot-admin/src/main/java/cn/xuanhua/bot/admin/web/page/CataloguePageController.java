package cn.xuanhua.bot.admin.web.page;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.admin.console.CatalogueEditor;
import cn.xuanhua.bot.admin.web.ConsoleNames;
import cn.xuanhua.bot.core.error.ConflictException;
import cn.xuanhua.bot.core.error.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /rules/catalogue}: the responsibility catalogue (派单目录): search, open and edit a matter, add or delete
 * one, and the phrases by which people name a unit. Reading is for administrators, dispatchers and leaders;
 * changes for administrators (the security configuration), each at once in effect.
 */
@Controller
public class CataloguePageController {
    private final CatalogueEditor catalogue;
    private final ConsoleNames names;

    public CataloguePageController(CatalogueEditor catalogue, ConsoleNames names) {
        this.catalogue = catalogue;
        this.names = names;
    }

    @GetMapping("/rules/catalogue")
    public String list(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("matters", catalogue.find(q));
        model.addAttribute("agencies", catalogue.agencies());
        model.addAttribute("names", names.load());
        return "catalogue";
    }

    @GetMapping("/rules/catalogue/{code}")
    public String matter(@PathVariable String code, Model model) {
        model.addAttribute("matter", catalogue.matter(code));
        model.addAttribute("names", names.load());
        return "matter";
    }

    @PostMapping("/rules/catalogue")
    public String save(ConsoleUser me, @ModelAttribute CatalogueEditor.MatterForm form, RedirectAttributes flash) {
        try {
            catalogue.save(me, form);
            flash.addFlashAttribute("notice", "已保存事项「" + form.name() + "」, 已立即生效");
            return "redirect:" + UriComponentsBuilder.fromPath("/rules/catalogue/{code}")
                    .buildAndExpand(form.code().strip().toLowerCase(java.util.Locale.ROOT)).encode().toUriString();
        } catch (InvalidInputException | ConflictException e) {
            flash.addFlashAttribute("error", "未保存: " + e.getMessage());
            return "redirect:/rules/catalogue";
        }
    }

    @PostMapping("/rules/catalogue/{code}/delete")
    public String delete(ConsoleUser me, @PathVariable String code, RedirectAttributes flash) {
        catalogue.delete(me, code);
        flash.addFlashAttribute("notice", "已删除事项 " + code);
        return "redirect:/rules/catalogue";
    }

    @PostMapping("/rules/catalogue/agencies")
    public String addAgency(ConsoleUser me, @RequestParam(defaultValue = "") String phrase,
                            @RequestParam(defaultValue = "") String unit,
                            RedirectAttributes flash) {
        try {
            catalogue.addAgency(me, phrase, unit);
            flash.addFlashAttribute("notice", "已添加「" + phrase.strip() + "」, 已立即生效");
        } catch (InvalidInputException | ConflictException e) {
            flash.addFlashAttribute("error", "未保存: " + e.getMessage());
        }
        return "redirect:/rules/catalogue#agencies";
    }

    @PostMapping("/rules/catalogue/agencies/{id}/delete")
    public String removeAgency(ConsoleUser me, @PathVariable long id, RedirectAttributes flash) {
        catalogue.removeAgency(me, id);
        flash.addFlashAttribute("notice", "已删除");
        return "redirect:/rules/catalogue#agencies";
    }
}
