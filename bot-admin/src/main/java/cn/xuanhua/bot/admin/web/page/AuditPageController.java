package cn.xuanhua.bot.admin.web.page;

import cn.xuanhua.bot.admin.audit.AuditLog;
import cn.xuanhua.bot.core.ResultPage;
import cn.xuanhua.bot.core.audit.AuditEntry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /audit} (administrators): the audit trail, newest first, 50 a page. */
@Controller
public class AuditPageController {
    static final int PAGE_SIZE = 50;
    private final AuditLog audit;

    public AuditPageController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    public String list(@RequestParam(defaultValue = "1") int page, Model model) {
        ResultPage<AuditEntry> found = audit.page(Math.max(page, 1), PAGE_SIZE);
        model.addAttribute("entries", found.items());
        model.addAttribute("page", found.page());
        model.addAttribute("pages", Math.max(found.pages(), 1));
        model.addAttribute("total", found.total());
        return "audit";
    }
}
