package cn.xuanhua.bot.core.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChangesTest {

    @Test
    void showsChangedFieldsBeforeAndAfterAndLeavesOutTheSameOnes() {
        Changes c = new Changes().field("群聊 ID", null, "wrAbc").field("群主", "zhang", "zhang")
                .field("方式", "WEBHOOK", "APPCHAT");
        assertThat(c.describe()).isEqualTo("群聊 ID: (空) → wrAbc; 方式: WEBHOOK → APPCHAT");
    }

    @Test
    void aSecretShowsOnlyThatItChangedNeverItsValue() {
        Changes set = new Changes().secret("webhook key", null, "0123456789-secret");
        Changes cleared = new Changes().secret("webhook key", "0123456789-secret", "");
        Changes same = new Changes().secret("webhook key", "0123456789-secret", "0123456789-secret");
        assertThat(set.describe()).isEqualTo("webhook key: 已更改").doesNotContain("secret");
        assertThat(cleared.describe()).isEqualTo("webhook key: 已清除");
        assertThat(same.isEmpty()).isTrue();
    }

    @Test
    void emptyAndBlankAreTheSameAndLongValuesAreShortened() {
        assertThat(new Changes().field("说明", "", null).isEmpty()).isTrue();
        String detail = new Changes().field("说明", null, "长".repeat(300)).describe();
        assertThat(detail).endsWith("…").hasSizeLessThan(220);
    }

    @Test
    void notesAreKeptInOrder() {
        assertThat(new Changes().note("删除关键词 #3").note(" ").field("权重", 1, 2).describe())
                .isEqualTo("删除关键词 #3; 权重: 1 → 2");
    }

    @Test
    void timesReadToTheMinute() {
        assertThat(new Changes().field("办理期限", java.time.LocalDateTime.parse("2026-11-30T10:00:30"),
                java.time.LocalDateTime.parse("2026-12-03T10:00")).describe())
                .isEqualTo("办理期限: 2026-11-30 10:00 → 2026-12-03 10:00");
    }
}
