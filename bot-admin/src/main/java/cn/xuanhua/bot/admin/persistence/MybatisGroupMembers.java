package cn.xuanhua.bot.admin.persistence;

import cn.xuanhua.bot.core.org.GroupMember;
import cn.xuanhua.bot.core.org.GroupMembers;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** {@link GroupMembers} on the {@code group_member} table. */
@Repository
public class MybatisGroupMembers implements GroupMembers {
    private final GroupMemberMapper mapper;
    private final Clock clock;

    public MybatisGroupMembers(GroupMemberMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void replace(String chatId, List<GroupMember> members) {
        mapper.delete(new LambdaQueryWrapper<GroupMemberRecord>().eq(GroupMemberRecord::getChatId, chatId));
        LocalDateTime now = LocalDateTime.now(clock);
        for (GroupMember m : members) {
            GroupMemberRecord r = new GroupMemberRecord();
            r.setChatId(chatId);
            r.setUserId(m.userId());
            r.setMemberType(m.internal() ? 1 : 2);
            r.setJoinedAt(m.joinedAt() == null ? null : m.joinedAt().withZoneSameInstant(clock.getZone()).toLocalDateTime());
            r.setUpdatedAt(now);
            mapper.insert(r);
        }
    }

    @Override
    public List<GroupMember> of(String chatId) {
        return mapper.selectList(new LambdaQueryWrapper<GroupMemberRecord>().eq(GroupMemberRecord::getChatId, chatId)
                        .orderByAsc(GroupMemberRecord::getId)).stream()
                .map(r -> new GroupMember(r.getUserId(), r.getMemberType() == 1,
                        r.getJoinedAt() == null ? null : r.getJoinedAt().atZone(clock.getZone())))
                .toList();
    }
}
