package cn.xuanhua.bot.admin.sandbox;

import cn.xuanhua.bot.core.Secret;
import cn.xuanhua.bot.core.error.ConflictException;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.GroupKind;
import cn.xuanhua.bot.core.org.StaffMember;
import cn.xuanhua.bot.core.org.Departments;
import cn.xuanhua.bot.core.org.Groups;
import cn.xuanhua.bot.core.org.StaffDirectory;
import cn.xuanhua.bot.wecom.fake.FakeWeComApi;

/**
 * Prepares the sandbox once the application runs: every group gets a sandbox chat id, robot key and owner, the
 * demo staff exist, and what the fake WeCom accepts is filed into the chat windows.
 */
public class SandboxSetup {
    private final Groups groups;
    private final Departments departments;
    private final StaffDirectory staff;
    private final SandboxChat chat;
    private final FakeWeComApi api;

    public SandboxSetup(Groups groups, Departments departments, StaffDirectory staff, SandboxChat chat, FakeWeComApi api) {
        this.groups = groups;
        this.departments = departments;
        this.staff = staff;
        this.chat = chat;
        this.api = api;
    }

    public void prepare() {
        api.onDelivery(chat::delivered);
        // The fake WeCom's directory knows the business owners, so their appeals show their names.
        SandboxPeople.BUSINESS_OWNERS.forEach(o -> api.setPerson(o.userId(), o.name()));
        if (staff.all().isEmpty()) {
            for (StaffMember m : SandboxPeople.staffFor(departments.all())) {
                try {
                    staff.add(m);
                } catch (ConflictException alreadyThere) {
                    // another start got there first
                }
            }
        }
        for (ChatGroup g : groups.all()) {
            String chatId = g.chatId() != null ? g.chatId() : "sandbox-" + g.code();
            Secret key = g.webhookKey().isSet() ? g.webhookKey() : Secret.of("sandbox-key-" + g.code());
            String owner = g.ownerUserId() != null ? g.ownerUserId()
                    : g.kind() == GroupKind.COORDINATION ? SandboxPeople.DISTRICT_LEADER
                    : SandboxPeople.leaderOf(g.leadDepartmentCode());
            if (g.chatId() == null || !g.webhookKey().isSet() || g.ownerUserId() == null) {
                groups.updateBinding(g.code(), chatId, key, owner);
            }
            chat.knowGroup(g.code(), chatId, key.reveal());
        }
    }
}
