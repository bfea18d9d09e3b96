package cn.xuanhua.bot.core.intake.eval;

import cn.xuanhua.bot.core.calendar.OfficialCalendar;
import cn.xuanhua.bot.core.intake.Intake;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.seed.SeedDictionary;
import org.junit.jupiter.api.Test;

import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The scorecards judge what the bot does with a message, 代报 included, not what intake alone says of it. */
class HandledMessageTest {
    private static final ZonedDateTime FRIDAY = ZonedDateTime.parse("2023-08-04T10:00:00+08:00[Asia/Shanghai]");
    private final Intake intake = new Intake(SeedDictionary.load(), OfficialCalendar.calendar());
    private final ChatGroup nanguan = SeedDictionary.groups().get("tw-nanguan");

    private static LabelledMessage said(String speaker, String text) {
        return new LabelledMessage("m1", "tw-nanguan", FRIDAY, speaker, text, true, "APPEAL", "urban", List.of(),
                null, false, null);
    }

    @Test
    void aStaffMembersOnBehalfFilingIsAnAppealRoutedOnItsContent() {
        HandledMessage h = HandledMessage.of(intake,
                said("STAFF", "代报 南关菜市场东口 老周反映：市场门口的路灯杆被车撞歪了，随时可能倒，请城管尽快处理"), nanguan);

        assertThat(h.appeal()).isTrue();
        assertThat(h.prediction().department()).isEqualTo("urban");
        assertThat(h.draft().maskedText()).doesNotStartWith("代报");
    }

    @Test
    void anOwnersOnBehalfFilingIsRefusedAndStaffFreeTextIsNoAppeal() {
        assertThat(HandledMessage.of(intake, said("OWNER", "代报 门口的路灯坏了三天了,晚上很黑"), nanguan).appeal())
                .as("only staff may file for someone").isFalse();
        assertThat(HandledMessage.of(intake, said("STAFF", "门口的路灯坏了三天了,晚上很黑"), nanguan).appeal())
                .as("staff free text is never an appeal").isFalse();
        assertThat(HandledMessage.of(intake, said("OWNER", "门口的路灯坏了三天了,晚上很黑"), nanguan).appeal()).isTrue();
    }
}
