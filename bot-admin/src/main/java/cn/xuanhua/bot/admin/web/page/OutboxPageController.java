package cn.xuanhua.bot.admin.web.page;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.admin.audit.AuditLog;
import cn.xuanhua.bot.admin.jobs.OutboxWorker;
import cn.xuanhua.bot.admin.web.ConsoleNames;
import cn.xuanhua.bot.core.outbound.ParkedPosts;
import cn.xuanhua.bot.core.outbound.ParkedPosts.ParkedPost;
import cn.xuanhua.bot.core.outbound.Recipient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /outbox}: the posts and messages WeCom did not take after every retry, with a resend button that queues
 * one again with fresh attempts and wakes the sender.
 */
@Controller
public class OutboxPageController {
    private static final int EXCERPT = 120;
    private final ParkedPosts outbox;
    private final OutboxWorker worker;
    private final ConsoleNames names;
    private final AuditLog audit;

    public OutboxPageController(ParkedPosts outbox, OutboxWorker worker, ConsoleNames names, AuditLog audit) {
        this.audit = audit;
        this.outbox = outbox;
        this.worker = worker;
        this.names = names;
    }

    /** A parked message as the page shows it. */
    public record ParkedRow(long id, String recipient, String appealNumber, int attempts, String lastError,
                            String excerpt, java.time.LocalDateTime createdAt) {
    }

    @GetMapping("/outbox")
    public String parked(Model model) {
        ConsoleNames.Names n = names.load();
        model.addAttribute("rows", outbox.parked().stream().map(r -> row(r, n)).toList());
        return "outbox";
    }

    @PostMapping("/outbox/{id}/resend")
    public String resend(ConsoleUser me, @PathVariable long id, RedirectAttributes flash) {
        ConsoleNames.Names n = names.load();
        boolean queued = Boolean.TRUE.equals(audit.change(me, "重新发送", "待重发消息 #" + id, changes -> {
            String to = outbox.parked().stream().filter(p -> p.id() == id).findFirst()
                    .map(p -> recipient(p.recipient(), n)
                            + (p.appealNumber() == null ? "" : ", 诉求 " + p.appealNumber()))
                    .orElse("");
            boolean done = outbox.resend(id);
            if (done) {
                changes.note("重新排队: " + to);
            }
            return done;
        }));
        if (queued) {
            worker.wake();
            flash.addFlashAttribute("notice", "已重新排队发送 (#" + id + ")");
        } else {
            flash.addFlashAttribute("error", "#" + id + " 不在待重发列表中 (可能已重发)");
        }
        return "redirect:/outbox";
    }

    private static ParkedRow row(ParkedPost p, ConsoleNames.Names n) {
        String content = p.content() == null ? "" : p.content();
        String excerpt = content.length() <= EXCERPT ? content : content.substring(0, EXCERPT) + "…";
        return new ParkedRow(p.id(), recipient(p.recipient(), n), p.appealNumber(), p.attempts(), p.lastError(),
                excerpt, p.createdAt());
    }

    /** Never the response_url of a reply: it is a one-use credential. */
    private static String recipient(Recipient to, ConsoleNames.Names n) {
        if (to instanceof Recipient.Group g) {
            return "群: " + n.group(g.groupCode());
        }
        if (to instanceof Recipient.User u) {
            return "个人: " + u.userId();
        }
        if (to instanceof Recipient.TappedCard c) {
            return "卡片更新: " + c.userId();
        }
        String group = ((Recipient.Reply) to).groupCode();
        return "回复: " + (group == null ? "—" : n.group(group));
    }
}
