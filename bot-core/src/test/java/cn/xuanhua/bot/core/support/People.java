package cn.xuanhua.bot.core.support;

import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.org.StaffMember;
import cn.xuanhua.bot.core.org.StaffRole;

import java.util.List;

/** The people of the core tests: staff of three departments, a dispatcher, leaders, a requester, a stranger. */
public final class People {
    public static final String REQUESTER = "boss.wang";
    public static final String STRANGER = "passer.by";

    public static final StaffMember ZHANG = new StaffMember("zhang.san", "张三", "urban", StaffRole.STAFF);
    public static final StaffMember LI = new StaffMember("li.si", "李四", "urban", StaffRole.STAFF);
    public static final StaffMember URBAN_LEADER = new StaffMember("urban.zhao", "赵局长", "urban", StaffRole.LEADER);
    public static final StaffMember WU = new StaffMember("hr.wu", "吴六", "hrss", StaffRole.STAFF);
    public static final StaffMember HR_LEADER = new StaffMember("hr.qian", "钱局长", "hrss", StaffRole.LEADER);
    public static final StaffMember SUN = new StaffMember("disp.sun", "孙调度", "approval", StaffRole.DISPATCHER);
    public static final StaffMember APPROVAL_CLERK = new StaffMember("appr.zhou", "周科员", "approval", StaffRole.STAFF);

    private People() {
    }

    public static List<StaffMember> staff() {
        return List.of(ZHANG, LI, URBAN_LEADER, WU, HR_LEADER, SUN, APPROVAL_CLERK);
    }

    /** A directory holding {@link #staff()}. */
    public static FakeStaffDirectory directory() {
        FakeStaffDirectory directory = new FakeStaffDirectory();
        staff().forEach(directory::add);
        return directory;
    }

    public static Actor actor(StaffMember member) {
        return Actor.staff(member);
    }

    public static Actor requester() {
        return Actor.person(REQUESTER, "王老板");
    }

    public static Actor stranger() {
        return Actor.person(STRANGER, null);
    }
}
