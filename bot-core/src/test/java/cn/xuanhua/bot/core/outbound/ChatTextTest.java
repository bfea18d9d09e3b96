package cn.xuanhua.bot.core.outbound;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChatTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"[补贴领取](http://evil.example/p) 路灯坏了请修", "<@all> 快看", "<@leader-1>",
            "<font color=\"warning\">紧急</font>", "# 通知", "**加粗**", "[点我](javascript:alert(1))",
            "`code`", "> 引用", "看这里 https://evil.example"})
    void noMarkupFromAChatSurvivesTheEscaping(String typed) {
        String safe = ChatText.md(typed);
        assertThat(safe).doesNotContain("[", "]", "<", ">", "**", "`", "#", "://");
    }

    @Test
    void ordinaryTextReadsTheSame() {
        assertThat(ChatText.md("门口路灯坏了三天了, 电话138****5678 (急)")).isEqualTo("门口路灯坏了三天了, 电话138****5678 (急)");
        assertThat(ChatText.md(null)).isEmpty();
        assertThat(ChatText.md("时间 10:30")).isEqualTo("时间 10:30");
    }
}
