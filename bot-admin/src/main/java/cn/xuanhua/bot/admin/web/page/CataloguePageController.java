package cn.xuanhua.bot.admin.web.page;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.admin.console.CatalogueEditor;
import cn.xuanhua.bot.admin.console.CatalogueImport;
import cn.xuanhua.bot.admin.console.CatalogueWorkbook;
import cn.xuanhua.bot.admin.web.ConsoleNames;
import cn.xuanhua.bot.admin.web.api.AppealReportController;
import cn.xuanhua.bot.core.error.ConflictException;
import cn.xuanhua.bot.core.error.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

/**
 * {@code /rules/catalogue}: the responsibility catalogue (派单目录): search, open and edit a matter, add or delete
 * one, and the phrases by which people name a unit; the whole catalogue exported as a workbook, and a workbook
 * imported after a trial (docs/intake.md, "The catalogue as a workbook"). Reading is for administrators, dispatchers
 * and leaders; changes for administrators (the security configuration), each at once in effect.
 */
@Controller
public class CataloguePageController {
    /** A catalogue of thousands of matters is well under a megabyte as a workbook. */
    static final int MAX_WORKBOOK_BYTES = 10 * 1024 * 1024;

    private final CatalogueEditor catalogue;
    private final CatalogueImport imports;
    private final ConsoleNames names;
    private final Clock clock;

    public CataloguePageController(CatalogueEditor catalogue, CatalogueImport imports, ConsoleNames names, Clock clock) {
        this.catalogue = catalogue;
        this.imports = imports;
        this.names = names;
        this.clock = clock;
    }

    /** The whole catalogue as a workbook: to review it against the district's 权责清单, or to keep before an import. */
    @GetMapping("/rules/catalogue.xlsx")
    public ResponseEntity<byte[]> workbook() {
        return ResponseEntity.ok()
                .contentType(AppealReportController.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("派单目录_" + LocalDate.now(clock) + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .body(CatalogueWorkbook.write(catalogue.find(null), catalogue.agencies(), names.load()));
    }

    /**
     * Checks and measures an uploaded workbook, storing nothing. The page sends the file itself as the request's
     * body (console.js), since the console takes no multipart uploads (application.yml says why).
     */
    @PostMapping(value = "/rules/catalogue/import/trial")
    public String trial(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        model.addAttribute("names", names.load());
        try {
            model.addAttribute("trial", imports.trial(body(request)));
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e.getMessage());
        }
        return "catalogue-import";
    }

    /** Stores the candidate the trial page carries, unless the catalogue changed since. */
    @PostMapping("/rules/catalogue/import")
    public String importCatalogue(ConsoleUser me, @RequestParam(defaultValue = "") String candidate,
                                  @RequestParam(defaultValue = "") String fingerprint, RedirectAttributes flash) {
        try {
            CatalogueImport.Plan plan = imports.apply(me, candidate, fingerprint);
            flash.addFlashAttribute("notice", "已导入派单目录: 新增 " + plan.added().size() + " 个, 修改 "
                    + plan.changed().size() + " 个, 删除 " + plan.removed().size() + " 个事项, 已立即生效; 学习模型正在按新目录重新训练");
        } catch (InvalidInputException | ConflictException e) {
            flash.addFlashAttribute("error", "未导入: " + e.getMessage());
        }
        return "redirect:/rules/catalogue";
    }

    private static byte[] body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_WORKBOOK_BYTES) {
            throw new InvalidInputException("文件太大 (最多 10 MB)");
        }
        byte[] read = request.getInputStream().readNBytes(MAX_WORKBOOK_BYTES + 1);
        if (read.length > MAX_WORKBOOK_BYTES) {
            throw new InvalidInputException("文件太大 (最多 10 MB)");
        }
        if (read.length == 0) {
            throw new InvalidInputException("没有收到文件: 请选择导出的派单目录工作簿 (.xlsx)");
        }
        return read;
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
