package cn.xuanhua.bot.core.org;

import cn.xuanhua.bot.core.error.ConflictException;
import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.support.FakeDepartments;
import cn.xuanhua.bot.core.support.FakeStaffDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaffRegistryTest {
    private final FakeStaffDirectory staff = new FakeStaffDirectory();
    private final StaffRegistry registry = new StaffRegistry(staff, new FakeDepartments());

    @Test
    void registersStaffUnderTheDepartmentNamedByCodeShortNameOrAlias() {
        assertThat(registry.register("a.one", "甲", "hrss", StaffRole.STAFF).departmentCode()).isEqualTo("hrss");
        assertThat(registry.register("a.two", "乙", "人社局", StaffRole.STAFF).departmentCode()).isEqualTo("hrss");
        assertThat(registry.register("a.three", "丙", "城管", StaffRole.LEADER).departmentCode()).isEqualTo("urban");
        assertThat(staff.all()).hasSize(3);
    }

    @Test
    void refusesAnUnknownDepartmentAndAddsNobody() {
        assertThatThrownBy(() -> registry.register("b.one", "丁", "外星局", StaffRole.STAFF))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("外星局");
        assertThat(staff.all()).isEmpty();
    }

    @Test
    void refusesMalformedUserIdsAndEmptyNames() {
        assertThatThrownBy(() -> registry.register("has space", "丁", "hrss", StaffRole.STAFF))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> registry.register("x".repeat(65), "丁", "hrss", StaffRole.STAFF))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> registry.register("c.one", " ", "hrss", StaffRole.STAFF))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> registry.register("c.two", "戊", "hrss", null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(staff.all()).isEmpty();
    }

    @Test
    void refusesADuplicateUserId() {
        registry.register("d.one", "己", "hrss", StaffRole.STAFF);
        assertThatThrownBy(() -> registry.register("d.one", "庚", "urban", StaffRole.STAFF))
                .isInstanceOf(ConflictException.class);
        assertThat(staff.byUserId("d.one")).hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("己"));
    }
}
