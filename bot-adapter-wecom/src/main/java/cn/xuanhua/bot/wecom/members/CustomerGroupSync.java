package cn.xuanhua.bot.wecom.members;

import cn.xuanhua.bot.core.error.ExternalServiceException;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.GroupMember;
import cn.xuanhua.bot.core.org.GroupMembers;
import cn.xuanhua.bot.core.org.GroupMembersRefresh;
import cn.xuanhua.bot.core.org.Groups;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.bean.external.WxCpUserExternalGroupChatInfo;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Keeps a customer group's members and owner current when WeCom reports a change ({@code change_external_chat}):
 * reads the group through {@code externalcontact/groupchat/get} and stores what it says. A dismissed group keeps its
 * binding (an administrator decides about it) but has no members any more. Groups the bot does not serve are ignored.
 */
public class CustomerGroupSync implements GroupMembersRefresh {
    private final WxCpService wecom;
    private final Groups groups;
    private final GroupMembers members;
    private final ZoneId zone;

    public CustomerGroupSync(WxCpService wecom, Groups groups, GroupMembers members, ZoneId zone) {
        this.wecom = wecom;
        this.groups = groups;
        this.members = members;
        this.zone = zone;
    }

    /** Applies one change event; returns what was done, for the log. */
    @Override
    public String changed(String chatId, String changeType) {
        Optional<ChatGroup> group = groups.byChatId(chatId);
        if (group.isEmpty()) {
            return "ignored: not a group the bot serves";
        }
        if ("dismiss".equals(changeType)) {
            members.replace(chatId, List.of());
            return "dismissed: members cleared";
        }
        WxCpUserExternalGroupChatInfo.GroupChat chat = read(chatId);
        List<GroupMember> now = chat.getMemberList() == null ? List.of() : chat.getMemberList().stream()
                .map(m -> new GroupMember(m.getUserId(), m.getType() == 1,
                        m.getJoinTime() == null ? null : Instant.ofEpochSecond(m.getJoinTime()).atZone(zone)))
                .toList();
        // The owner first: whoever sees the new members (the console, a test waiting for them) sees the new owner.
        if (chat.getOwner() != null && !chat.getOwner().equals(group.get().ownerUserId())) {
            groups.updateBinding(group.get().code(), null, null, chat.getOwner());
        }
        members.replace(chatId, now);
        return "refreshed: " + now.size() + " members, owner " + chat.getOwner();
    }

    /** The group as WeCom has it now ({@code externalcontact/groupchat/get}). */
    private WxCpUserExternalGroupChatInfo.GroupChat read(String chatId) {
        try {
            return wecom.getExternalContactService().getGroupChat(chatId, 0).getGroupChat();
        } catch (WxErrorException e) {
            throw new ExternalServiceException("WeCom groupchat/get: " + e.getMessage(), e);
        }
    }
}
