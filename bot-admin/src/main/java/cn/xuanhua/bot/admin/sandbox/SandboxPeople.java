package cn.xuanhua.bot.admin.sandbox;

import cn.xuanhua.bot.core.org.Department;
import cn.xuanhua.bot.core.org.DepartmentKind;
import cn.xuanhua.bot.core.org.StaffMember;
import cn.xuanhua.bot.core.org.StaffRole;

import java.util.ArrayList;
import java.util.List;

/**
 * The people of the sandbox: a few business owners who write in the groups, and for every department a staff
 * member and its head. Only the sandbox creates them; production staff come from the console or the API.
 */
final class SandboxPeople {
    /** A business owner in the sandbox (not staff: anyone in a group may raise an appeal). */
    record Owner(String userId, String name) {
    }

    static final List<Owner> BUSINESS_OWNERS = List.of(
            new Owner("zhang.laoban", "张老板 (南关·张记餐馆)"),
            new Owner("li.jingli", "李经理 (宣工机械)"),
            new Owner("wang.kuaiji", "王会计 (塔儿村·鑫源商贸)"),
            new Owner("zhao.xiaojie", "赵小姐 (新办·花艺工作室)"));
    static final String DISPATCHER = "approval.dispatcher";
    static final String DISTRICT_LEADER = "district.leader";

    private SandboxPeople() {
    }

    static String staffOf(String departmentCode) {
        return departmentCode + ".staff";
    }

    static String leaderOf(String departmentCode) {
        return departmentCode + ".leader";
    }

    /** One staff member and one head per department, plus the district dispatcher and the deputy district head. */
    static List<StaffMember> staffFor(List<Department> departments) {
        List<StaffMember> staff = new ArrayList<>();
        staff.add(new StaffMember(DISPATCHER, "审批局·调度员 陈静", "approval", StaffRole.DISPATCHER));
        staff.add(new StaffMember(DISTRICT_LEADER, "常务副区长 孙明", "approval", StaffRole.LEADER));
        for (Department d : departments) {
            if (d.kind() == DepartmentKind.UTILITY && !d.code().equals("power")) {
                continue;
            }
            staff.add(new StaffMember(staffOf(d.code()), d.shortName() + "·工作人员", d.code(), StaffRole.STAFF));
            staff.add(new StaffMember(leaderOf(d.code()), d.shortName() + "·负责人", d.code(), StaffRole.LEADER));
        }
        return staff;
    }
}
