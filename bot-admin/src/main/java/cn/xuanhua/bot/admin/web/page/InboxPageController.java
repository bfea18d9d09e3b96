package cn.xuanhua.bot.admin.web.page;

import cn.xuanhua.bot.core.inbound.InboxAttention;
import cn.xuanhua.bot.core.inbound.InboxAttention.HeldMessage;
import cn.xuanhua.bot.core.outbound.TextMasker;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.LocalDateTime;

/**
 * {@code /inbox}: what came in and could not be handled — messages from a group the bot does not know (nothing a user
 * sent is dropped: it waits here until the group is bound) and messages that failed every attempt. Texts are masked.
 */
@Controller
public class InboxPageController {
    private static final int SHOWN = 200;
    private final InboxAttention inbox;
    private final TextMasker masker;

    public InboxPageController(InboxAttention inbox, TextMasker masker) {
        this.inbox = inbox;
        this.masker = masker;
    }

    /** One message as the page shows it. */
    public record InboxRow(long id, String status, String channel, String chatId, String sender, String text,
                           LocalDateTime receivedAt, String outcome) {
    }

    @GetMapping("/inbox")
    public String inbox(Model model) {
        model.addAttribute("rows", inbox.needingAttention(SHOWN).stream().map(this::row).toList());
        return "inbox";
    }

    private InboxRow row(HeldMessage m) {
        return new InboxRow(m.id(), m.status(), m.channel(), m.chatId(), m.senderUserId(), masker.mask(m.text()),
                m.receivedAt(), m.outcome());
    }
}
