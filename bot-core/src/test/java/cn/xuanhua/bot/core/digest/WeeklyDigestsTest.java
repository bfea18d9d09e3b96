package cn.xuanhua.bot.core.digest;

import cn.xuanhua.bot.core.Secret;
import cn.xuanhua.bot.core.command.DigestRequest;
import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.error.NotFoundException;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.GroupBinding;
import cn.xuanhua.bot.core.org.GroupKind;
import cn.xuanhua.bot.core.outbound.MessageFormat;
import cn.xuanhua.bot.core.outbound.OutboundMessage;
import cn.xuanhua.bot.core.outbound.Recipient;
import cn.xuanhua.bot.core.support.FakeDepartments;
import cn.xuanhua.bot.core.support.FakeGroups;
import cn.xuanhua.bot.core.support.FakeOutbox;
import cn.xuanhua.bot.core.support.WeekdaysOnly;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import static cn.xuanhua.bot.core.appeal.Satisfaction.SATISFIED;
import static cn.xuanhua.bot.core.digest.AppealRow.anAppeal;
import static cn.xuanhua.bot.core.digest.AppealRow.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeeklyDigestsTest {
    private final FakeGroups groups = new FakeGroups();
    private final FakeOutbox outbox = new FakeOutbox();
    private final InMemoryDigestQueries queries = new InMemoryDigestQueries();
    private DigestCharts charts = digest -> Optional.of("iVBORw0KGgo=");
    private final Clock clock = Clock.fixed(at("2026-11-25T10:00").toInstant(), AppealRow.ZONE);

    private WeeklyDigests digests() {
        return new WeeklyDigests(groups, new DigestBuilder(queries, new FakeDepartments(), new WeekdaysOnly(), 1),
                d -> charts.pngBase64(d), outbox, clock);
    }

    private static DigestRequest request(String group, String monday, String messageId) {
        return new DigestRequest(group, LocalDate.parse(monday), "owner", at("2026-11-25T10:00"), messageId);
    }

    @Test
    void postsTheRequestedDigestIntoTheGroupAsTextAndChart() {
        queries.add(anAppeal("0001").createdAt("2026-11-16T09:00").acceptedAt("2026-11-16T11:00")
                .resolvedAt("2026-11-18T15:00").rated(SATISFIED, "2026-11-19T10:00").build());

        digests().requested(request("tw-nanguan", "2026-11-16", "msg-1"));

        assertThat(outbox.toGroup("tw-nanguan")).extracting(OutboundMessage::idempotencyKey, OutboundMessage::format)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("digest:tw-nanguan:2026-W47:msg-1:text", MessageFormat.MARKDOWN),
                        org.assertj.core.groups.Tuple.tuple("digest:tw-nanguan:2026-W47:msg-1:image", MessageFormat.IMAGE));
        assertThat(outbox.messages().get(0).content()).contains("新增诉求 **1** 件", "满意率 **100.0%** (1/1)");
        assertThat(outbox.messages().get(1).content()).isEqualTo("iVBORw0KGgo=");
    }

    @Test
    void aRetriedRequestIsQueuedOnce() {
        digests().requested(request("tw-nanguan", "2026-11-16", "msg-1"));
        digests().requested(request("tw-nanguan", "2026-11-16", "msg-1"));

        assertThat(outbox.messages()).hasSize(2);
        assertThat(outbox.ignoredKeys()).hasSize(2);
    }

    @Test
    void thisWeeksDigestIsCountedUpToTheRequest() {
        digests().requested(request("tw-nanguan", "2026-11-23", "msg-2"));

        assertThat(outbox.messages().get(0).content()).contains("2026-W48", "本周截至 11月25日 10:00");
    }

    @Test
    void aGroupThatCannotShowImagesGetsTheTextAlone() {
        groups.add(new ChatGroup("ext-1", "外部客户群", GroupKind.INDUSTRY, "wrExt", Secret.empty(), GroupBinding.EXTERNAL,
                "owner", "samr"));

        digests().requested(request("ext-1", "2026-11-16", "msg-3"));

        assertThat(outbox.messages()).singleElement().satisfies(m -> {
            assertThat(m.format()).isEqualTo(MessageFormat.MARKDOWN);
            assertThat(m.recipient()).isEqualTo(new Recipient.Group("ext-1"));
        });
    }

    @Test
    void withoutAChartTheTextStillGoes() {
        charts = digest -> Optional.empty();

        digests().requested(request("tw-nanguan", "2026-11-16", "msg-4"));

        assertThat(outbox.messages()).extracting(OutboundMessage::format).containsExactly(MessageFormat.MARKDOWN);
    }

    @Test
    void keysStayShortWhateverTheMessageId() {
        String longId = "aibot:" + "x".repeat(120);
        digests().requested(request("tw-nanguan", "2026-11-16", longId));

        assertThat(outbox.messages()).allSatisfy(m -> assertThat(m.idempotencyKey().length()).isLessThanOrEqualTo(160));
        assertThat(WeeklyDigests.tag(longId)).isEqualTo(WeeklyDigests.tag(longId)).hasSize(33);
    }

    @Test
    void theApiDigestIsSeenNowAndRefusesUnknownGroupsAndWeeksToCome() {
        assertThat(digests().digest("coord", DigestPeriod.parse("2026-W48")).partial()).isTrue();
        assertThat(digests().digest("coord", DigestPeriod.parse("2026-W47")).district()).isTrue();
        assertThatThrownBy(() -> digests().digest("nope", DigestPeriod.parse("2026-W47")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> digests().digest("coord", DigestPeriod.parse("2026-W49")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(outbox.messages()).as("the API only reads").isEmpty();
    }
}
