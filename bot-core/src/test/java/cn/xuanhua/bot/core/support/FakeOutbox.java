package cn.xuanhua.bot.core.support;

import cn.xuanhua.bot.core.outbound.OutboundMessage;
import cn.xuanhua.bot.core.outbound.Recipient;
import cn.xuanhua.bot.core.outbound.Outbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The outbox in memory; like the table's unique key, a second message with a known key is ignored. */
public final class FakeOutbox implements Outbox {
    private final Map<String, OutboundMessage> messages = new LinkedHashMap<>();
    private final List<String> ignoredKeys = new ArrayList<>();

    @Override
    public void enqueue(OutboundMessage message) {
        if (messages.putIfAbsent(message.idempotencyKey(), message) != null) {
            ignoredKeys.add(message.idempotencyKey());
        }
    }

    public List<OutboundMessage> messages() {
        return List.copyOf(messages.values());
    }

    /** Posts into a group by its own binding (not answers through a response_url). */
    public List<OutboundMessage> toGroup(String groupCode) {
        return messages.values().stream().filter(m -> m.recipient().equals(new Recipient.Group(groupCode))).toList();
    }

    public List<OutboundMessage> toUser(String userId) {
        return messages.values().stream().filter(m -> m.recipient().equals(new Recipient.User(userId))).toList();
    }

    public List<OutboundMessage> replies() {
        return messages.values().stream().filter(m -> m.recipient() instanceof Recipient.Reply).toList();
    }

    /** Keys that were enqueued again and ignored. */
    public List<String> ignoredKeys() {
        return List.copyOf(ignoredKeys);
    }

    public void clear() {
        messages.clear();
        ignoredKeys.clear();
    }
}
