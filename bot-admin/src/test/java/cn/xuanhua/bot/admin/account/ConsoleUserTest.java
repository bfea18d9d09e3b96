package cn.xuanhua.bot.admin.account;

import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.org.StaffMember;
import cn.xuanhua.bot.core.org.StaffRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What each kind of console account may read, and who it is when it acts. */
class ConsoleUserTest {
    private static final StaffMember LIU = new StaffMember("ng.liu", "刘敏", "office-nanguan", StaffRole.STAFF);
    private static final StaffMember CHEN = new StaffMember("disp.chen", "陈静", "approval", StaffRole.DISPATCHER);

    @Test
    void staffReadTheirDepartmentOnlyAndActAsThemselves() {
        ConsoleUser liu = new ConsoleUser("ng.liu", ConsoleRole.STAFF, LIU, "南关街道");

        assertThat(liu.departmentScope()).contains("office-nanguan");
        assertThat(liu.mayRead("office-nanguan")).isTrue();
        assertThat(liu.mayRead("urban")).isFalse();
        assertThat(liu.seesOriginalText("office-nanguan")).isTrue();
        assertThat(liu.actor()).contains(Actor.staff(LIU));
    }

    @Test
    void aStaffAccountWhoseStaffMemberLeftSeesNothingAndCannotAct() {
        ConsoleUser gone = new ConsoleUser("old.user", ConsoleRole.STAFF, null, null);

        assertThat(gone.mayRead("office-nanguan")).isFalse();
        assertThat(gone.actor()).isEmpty();
    }

    @Test
    void dispatchersReadEverythingButTheOriginalTextOnlyOfTheirOwnDepartment() {
        ConsoleUser chen = new ConsoleUser("disp.chen", ConsoleRole.DISPATCHER, CHEN, "行政审批局");

        assertThat(chen.departmentScope()).isEmpty();
        assertThat(chen.mayRead("urban")).isTrue();
        assertThat(chen.seesOriginalText("urban")).isFalse();
        assertThat(chen.seesOriginalText("approval")).isTrue();
    }

    @Test
    void administratorsSeeEverythingAndActAsTheConsole() {
        ConsoleUser admin = new ConsoleUser("admin", ConsoleRole.ADMIN, null, null);

        assertThat(admin.mayRead("urban")).isTrue();
        assertThat(admin.seesOriginalText("urban")).isTrue();
        assertThat(admin.actor()).hasValueSatisfying(a -> {
            assertThat(a.kind()).isEqualTo(Actor.Kind.ADMIN);
            assertThat(a.supervises()).isTrue();
        });
    }
}
