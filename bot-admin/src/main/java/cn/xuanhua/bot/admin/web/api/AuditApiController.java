package cn.xuanhua.bot.admin.web.api;

import cn.xuanhua.bot.admin.audit.AuditLog;
import cn.xuanhua.bot.core.ResultPage;
import cn.xuanhua.bot.core.audit.AuditEntry;
import cn.xuanhua.bot.core.error.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code GET /api/audit?page=&size=} (ADMIN, docs/api.md "Audit trail"): every change made through the console or the
 * API, newest first, paged like the appeals.
 */
@RestController
@RequestMapping("/api/audit")
public class AuditApiController {
    static final int MAX_SIZE = 200;
    private final AuditLog audit;
    private final Clock clock;

    public AuditApiController(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** One change: when (ISO-8601 with the bot's offset), by which account, what, to what, and what changed. */
    public record AuditView(OffsetDateTime at, String actor, String action, String target, String detail) {
    }

    /** A page of the trail. */
    public record AuditPage(List<AuditView> items, long page, long size, long total) {
    }

    @GetMapping
    public AuditPage list(@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 1 || size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("page 从 1 开始, size 为 1–" + MAX_SIZE);
        }
        ResultPage<AuditEntry> found = audit.page(page, size);
        return new AuditPage(found.items().stream().map(this::view).toList(), found.page(), found.size(),
                found.total());
    }

    private AuditView view(AuditEntry e) {
        return new AuditView(e.at().atZone(clock.getZone()).toOffsetDateTime(), e.actor(), e.action(), e.target(),
                e.detail());
    }
}
