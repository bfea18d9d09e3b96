package cn.xuanhua.bot.core.support;

import cn.xuanhua.bot.core.Secret;
import cn.xuanhua.bot.core.error.ConflictException;
import cn.xuanhua.bot.core.error.NotFoundException;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.GroupBinding;
import cn.xuanhua.bot.core.org.GroupKind;
import cn.xuanhua.bot.core.org.Groups;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Groups in memory, with the same binding semantics as the database adapter (null keeps, "" clears). */
public final class FakeGroups implements Groups {
    private final Map<String, ChatGroup> groups = new LinkedHashMap<>();

    public FakeGroups() {
        add(new ChatGroup("coord", "宣化区市场主体诉求解决交流群", GroupKind.COORDINATION, "wrCoord", Secret.empty(),
                GroupBinding.WEBHOOK, "leader.li", "approval"));
        add(new ChatGroup("tw-nanguan", "南关街道市场主体交流群", GroupKind.TOWNSHIP, null, Secret.empty(),
                GroupBinding.WEBHOOK, null, "office-nanguan"));
        add(new ChatGroup("ind-startup", "新办企业交流群", GroupKind.INDUSTRY, null, Secret.empty(),
                GroupBinding.WEBHOOK, null, "approval"));
    }

    public void add(ChatGroup group) {
        groups.put(group.code(), group);
    }

    @Override
    public List<ChatGroup> all() {
        return List.copyOf(groups.values());
    }

    @Override
    public Optional<ChatGroup> byCode(String code) {
        return Optional.ofNullable(groups.get(code));
    }

    @Override
    public Optional<ChatGroup> byChatId(String chatId) {
        return groups.values().stream().filter(g -> chatId != null && chatId.equals(g.chatId())).findFirst();
    }

    @Override
    public ChatGroup updateBinding(String code, String chatId, Secret webhookKey, String ownerUserId,
                                   GroupBinding mode) {
        ChatGroup g = byCode(code).orElseThrow(() -> new NotFoundException(code));
        if (chatId != null && byChatId(chatId).filter(o -> !o.code().equals(code)).isPresent()) {
            throw new ConflictException("chatId taken");
        }
        ChatGroup updated = new ChatGroup(g.code(), g.name(), g.kind(), keepOrClear(chatId, g.chatId()),
                webhookKey == null ? g.webhookKey() : webhookKey, mode == null ? g.binding() : mode,
                keepOrClear(ownerUserId, g.ownerUserId()), g.leadDepartmentCode());
        groups.put(code, updated);
        return updated;
    }

    private static String keepOrClear(String given, String current) {
        if (given == null) {
            return current;
        }
        return given.isEmpty() ? null : given;
    }
}
