package cn.xuanhua.bot.admin.account;

/** Roles of the admin console; ADMIN is the built-in administrator, the others are linked to staff. */
public enum ConsoleRole {
    ADMIN, DISPATCHER, LEADER, STAFF;

    public String authority() {
        return "ROLE_" + name();
    }
}
