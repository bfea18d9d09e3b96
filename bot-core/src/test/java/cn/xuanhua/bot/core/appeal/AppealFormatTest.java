package cn.xuanhua.bot.core.appeal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 承办 names the department once, however the handler's name is written. */
class AppealFormatTest {

    @Test
    void theDepartmentIsNotRepeatedWhenTheHandlersNameStartsWithIt() {
        assertThat(AppealFormat.handlingParty("南关街道", "南关街道·工作人员")).isEqualTo("南关街道 工作人员");
        assertThat(AppealFormat.handlingParty("南关街道", "南关街道 刘敏")).isEqualTo("南关街道 刘敏");
        assertThat(AppealFormat.handlingParty("城市管理局", "张三")).isEqualTo("城市管理局 张三");
    }

    @Test
    void withoutAPersonItIsTheDepartmentAlone() {
        assertThat(AppealFormat.handlingParty("南关街道", null)).isEqualTo("南关街道");
        assertThat(AppealFormat.handlingParty("南关街道", "南关街道")).isEqualTo("南关街道");
        assertThat(AppealFormat.withoutDepartment("南关街道·负责人", "南关街道")).isEqualTo("负责人");
    }
}
