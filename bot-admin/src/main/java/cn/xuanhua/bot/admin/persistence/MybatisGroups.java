package cn.xuanhua.bot.admin.persistence;

import cn.xuanhua.bot.core.Secret;
import cn.xuanhua.bot.core.error.ConflictException;
import cn.xuanhua.bot.core.error.NotFoundException;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.GroupBinding;
import cn.xuanhua.bot.core.org.GroupKind;
import cn.xuanhua.bot.core.org.Groups;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** {@link Groups} on the {@code bot_group} table, read through the in-memory {@link ReferenceData}. */
@Repository
public class MybatisGroups implements Groups {
    private final GroupMapper mapper;
    private final ReferenceData reference;
    private final Clock clock;

    public MybatisGroups(GroupMapper mapper, ReferenceData reference, Clock clock) {
        this.mapper = mapper;
        this.reference = reference;
        this.clock = clock;
    }

    @Override
    public List<ChatGroup> all() {
        return reference.current().groups();
    }

    @Override
    public Optional<ChatGroup> byCode(String code) {
        return Optional.ofNullable(code).map(reference.current().groupByCode()::get);
    }

    @Override
    public Optional<ChatGroup> byChatId(String chatId) {
        if (chatId == null || chatId.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(reference.current().groupByChatId().get(chatId));
    }

    @Override
    @Transactional
    public ChatGroup updateBinding(String code, String chatId, Secret webhookKey, String ownerUserId,
                                   GroupBinding mode) {
        GroupRecord r = mapper.selectOne(new LambdaQueryWrapper<GroupRecord>().eq(GroupRecord::getCode, code));
        if (r == null) {
            throw new NotFoundException("未知的群: " + code);
        }
        if (chatId != null) {
            r.setChatId(chatId.isEmpty() ? null : chatId);
        }
        if (webhookKey != null) {
            r.setWebhookKey(webhookKey.isSet() ? webhookKey.reveal() : null);
        }
        if (ownerUserId != null) {
            r.setOwnerUserId(ownerUserId.isEmpty() ? null : ownerUserId);
        }
        if (mode != null) {
            r.setBinding(mode.name());
        }
        r.setUpdatedAt(LocalDateTime.now(clock));
        try {
            mapper.updateById(r);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("chatId 已绑定到另一个群");
        }
        reference.changed();
        return toDomain(r);
    }

    static ChatGroup toDomain(GroupRecord r) {
        return new ChatGroup(r.getCode(), r.getName(), GroupKind.valueOf(r.getKind()), r.getChatId(),
                Secret.of(r.getWebhookKey()), GroupBinding.valueOf(r.getBinding()), r.getOwnerUserId(),
                r.getLeadDepartmentCode());
    }
}
