package cn.xuanhua.bot.core.org;


import java.util.List;

/** The members of each group, as WeCom last reported them. Implemented by persistence. */
public interface GroupMembers {

    /** Replaces the members of {@code chatId} with {@code members} (an empty list when the group was dismissed). */
    void replace(String chatId, List<GroupMember> members);

    List<GroupMember> of(String chatId);
}
