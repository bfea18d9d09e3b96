package cn.xuanhua.bot.core.org;

import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.error.NotFoundException;
import cn.xuanhua.bot.core.support.FakeGroups;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupBindingsTest {
    private final FakeGroups groups = new FakeGroups();
    private final GroupBindings bindings = new GroupBindings(groups);

    @Test
    void bindsChatIdWebhookKeyAndOwner() {
        ChatGroup g = bindings.bind("tw-nanguan", "wrNg01", "0f3e9c1a-1111-2222-3333-444455556666", "owner.ng");
        assertThat(g.chatId()).isEqualTo("wrNg01");
        assertThat(g.webhookKey().isSet()).isTrue();
        assertThat(g.ownerUserId()).isEqualTo("owner.ng");
    }

    @Test
    void leavesFieldsThatAreNotGivenAndClearsEmptyOnes() {
        bindings.bind("tw-nanguan", "wrNg01", "0f3e9c1a-1111-2222-3333-444455556666", "owner.ng");
        ChatGroup g = bindings.bind("tw-nanguan", null, "", null);
        assertThat(g.chatId()).isEqualTo("wrNg01");
        assertThat(g.webhookKey().isSet()).isFalse();
        assertThat(g.ownerUserId()).isEqualTo("owner.ng");
    }

    @Test
    void rejectsMalformedValuesWithoutEchoingTheKeyAndChangesNothing() {
        assertThatThrownBy(() -> bindings.bind("tw-nanguan", null, "bad key with spaces", null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("webhookKey").hasMessageNotContaining("bad key");
        assertThatThrownBy(() -> bindings.bind("tw-nanguan", "chat id!", null, null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(groups.byCode("tw-nanguan").orElseThrow().chatId()).isNull();
    }

    @Test
    void refusesAnUnknownGroup() {
        assertThatThrownBy(() -> bindings.bind("nope", "wr1", null, null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void switchesTheModeWhenTheGroupHasWhatItNeeds() {
        ChatGroup g = bindings.bind("tw-nanguan", "wrNg01", null, null, "appchat");
        assertThat(g.binding()).isEqualTo(GroupBinding.APPCHAT);
        ChatGroup external = bindings.bind("tw-nanguan", null, null, "owner.ng", "EXTERNAL");
        assertThat(external.binding()).isEqualTo(GroupBinding.EXTERNAL);
        assertThat(bindings.bind("tw-nanguan", null, null, null, "").binding()).isEqualTo(GroupBinding.EXTERNAL);
    }

    @Test
    void refusesAnUnknownModeOrOneTheGroupLacksWhatItNeedsAndChangesNothing() {
        assertThatThrownBy(() -> bindings.bind("tw-nanguan", "wrNg01", null, null, "SMOKE_SIGNALS"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("WEBHOOK、APPCHAT 或 EXTERNAL");
        assertThatThrownBy(() -> bindings.bind("tw-nanguan", null, null, null, "APPCHAT"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("chatId");
        assertThatThrownBy(() -> bindings.bind("tw-nanguan", "wrNg01", null, null, "EXTERNAL"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ownerUserId");
        bindings.bind("tw-nanguan", "wrNg01", null, null, "APPCHAT");
        assertThatThrownBy(() -> bindings.bind("tw-nanguan", null, null, null, "WEBHOOK"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("webhookKey");
        ChatGroup g = groups.byCode("tw-nanguan").orElseThrow();
        assertThat(g.binding()).isEqualTo(GroupBinding.APPCHAT);
        assertThat(g.chatId()).isEqualTo("wrNg01");
    }
}
