package cn.xuanhua.bot.admin.jobs;

import cn.xuanhua.bot.core.outbound.ClaimedPost;
import cn.xuanhua.bot.core.outbound.MessageFormat;
import cn.xuanhua.bot.core.outbound.OutboundMessage;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Several waiting notices to one person as one message: a head line, then each notice in its order, as many as fit
 * in one app message; the rest wait for the next one. A card among them is told by its markdown text (its buttons
 * are lost, the typed commands still work: one message beats ten cards to a flooded person); a card update cannot
 * be combined, so the batch ends before it.
 *
 * @param included the notices in the message
 * @param left     the notices that did not fit, back to the queue
 * @param format   how the message goes: markdown, or as the lone notice itself goes
 * @param content  the message
 */
record NoticeBatch(List<ClaimedPost> included, List<ClaimedPost> left, MessageFormat format, String content) {
    /** WeCom takes app markdown up to 2048 bytes. */
    static final int MAX_BYTES = 2048;
    private static final String SEPARATOR = "\n\n";
    private static final ObjectMapper JSON = new ObjectMapper();

    static NoticeBatch of(List<ClaimedPost> notices) {
        if (notices.size() == 1 || !combinable(notices.get(1).message())) {
            OutboundMessage only = notices.get(0).message();
            return new NoticeBatch(notices.subList(0, 1), notices.subList(1, notices.size()), only.format(),
                    only.content());
        }
        List<ClaimedPost> included = new ArrayList<>();
        List<ClaimedPost> left = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (ClaimedPost c : notices) {
            // Once one does not fit, the later ones wait too: a person reads their notices in the order they came.
            if (!left.isEmpty() || !combinable(c.message())) {
                left.add(c);
                continue;
            }
            String next = (body.isEmpty() ? "" : SEPARATOR) + text(c.message());
            if (included.isEmpty() || bytes(head(included.size() + 1) + body + next) <= MAX_BYTES) {
                body.append(next);
                included.add(c);
            } else {
                left.add(c);
            }
        }
        if (included.size() == 1) {
            OutboundMessage only = included.get(0).message();
            return new NoticeBatch(included, left, only.format(), only.content());
        }
        return new NoticeBatch(included, left, MessageFormat.MARKDOWN, head(included.size()) + body);
    }

    /** Text and markdown notices combine, and cards by their text; a card update or an image goes alone. */
    private static boolean combinable(OutboundMessage m) {
        return m.format() == MessageFormat.MARKDOWN || m.format() == MessageFormat.TEXT || m.format() == MessageFormat.CARD;
    }

    private static String text(OutboundMessage m) {
        if (m.format() != MessageFormat.CARD) {
            return m.content();
        }
        try {
            return JSON.readTree(m.content()).path("text").asText();
        } catch (Exception unreadable) {
            return "";
        }
    }

    private static String head(int count) {
        return "**您有 " + count + " 条新通知** (一分钟内较多, 合并发送)" + SEPARATOR;
    }

    private static int bytes(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
