package cn.xuanhua.bot.admin.jobs;

import cn.xuanhua.bot.core.outbound.ClaimedPost;
import cn.xuanhua.bot.core.outbound.MessageFormat;
import cn.xuanhua.bot.core.outbound.OutboundMessage;
import cn.xuanhua.bot.core.outbound.Recipient;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeBatchTest {

    private static ClaimedPost notice(long id, String content) {
        return new ClaimedPost(id, "d" + id, 1,
                OutboundMessage.markdown("k" + id, new Recipient.User("clerk"), content, null), true);
    }

    @Test
    void aLoneNoticeGoesOutAsItIs() {
        NoticeBatch batch = NoticeBatch.of(List.of(notice(1, "新诉求 XH20261126-0001")));
        assertThat(batch.content()).isEqualTo("新诉求 XH20261126-0001");
        assertThat(batch.left()).isEmpty();
    }

    @Test
    void waitingNoticesGoOutAsOneMessageInTheirOrderUnderAHeadLine() {
        NoticeBatch batch = NoticeBatch.of(List.of(notice(1, "第一条"), notice(2, "第二条"), notice(3, "第三条")));
        assertThat(batch.content()).startsWith("**您有 3 条新通知**");
        assertThat(batch.content().indexOf("第一条")).isLessThan(batch.content().indexOf("第二条"));
        assertThat(batch.content().indexOf("第二条")).isLessThan(batch.content().indexOf("第三条"));
        assertThat(batch.included()).extracting(ClaimedPost::id).containsExactly(1L, 2L, 3L);
    }

    @Test
    void whatDoesNotFitWaitsAndNothingLaterJumpsAheadOfIt() {
        String long1 = "甲".repeat(300);
        String long2 = "乙".repeat(400);
        NoticeBatch batch = NoticeBatch.of(List.of(notice(1, long1), notice(2, long2), notice(3, "短")));
        assertThat(batch.content().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(NoticeBatch.MAX_BYTES);
        assertThat(batch.included()).extracting(ClaimedPost::id).containsExactly(1L);
        assertThat(batch.left()).extracting(ClaimedPost::id).containsExactly(2L, 3L);
    }

    private static ClaimedPost card(long id, String text) {
        String json = new cn.xuanhua.bot.core.outbound.StaffCard("t" + id, "新诉求待受理", "XH", "q", List.of(),
                List.of(new cn.xuanhua.bot.core.outbound.StaffCard.Button("accept:XH", "受理", 1)), null, text).toJson();
        return new ClaimedPost(id, "d" + id, 1, new OutboundMessage("k" + id, new Recipient.User("clerk"),
                MessageFormat.CARD, json, List.of(), null), true);
    }

    private static ClaimedPost cardUpdate(long id) {
        return new ClaimedPost(id, "d" + id, 1, new OutboundMessage("k" + id, new Recipient.TappedCard("clerk", "rc"),
                MessageFormat.CARD_UPDATE, "{}", List.of(), null), true);
    }

    @Test
    void aLoneCardGoesOutAsACard() {
        ClaimedPost only = card(1, "**新诉求待受理** XH1");
        NoticeBatch batch = NoticeBatch.of(List.of(only));
        assertThat(batch.format()).isEqualTo(MessageFormat.CARD);
        assertThat(batch.content()).isEqualTo(only.message().content());
    }

    @Test
    void waitingCardsGoOutByTheirTextInOneMessage() {
        NoticeBatch batch = NoticeBatch.of(List.of(card(1, "**新诉求待受理** XH1"), notice(2, "第二条"), card(3, "**新诉求待受理** XH3")));
        assertThat(batch.format()).isEqualTo(MessageFormat.MARKDOWN);
        assertThat(batch.content()).startsWith("**您有 3 条新通知**").contains("XH1", "第二条", "XH3").doesNotContain("taskId");
        assertThat(batch.included()).extracting(ClaimedPost::id).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aCardUpdateIsNeverCombinedAndNothingJumpsAheadOfIt() {
        NoticeBatch batch = NoticeBatch.of(List.of(notice(1, "第一条"), cardUpdate(2), notice(3, "第三条")));
        assertThat(batch.included()).extracting(ClaimedPost::id).containsExactly(1L);
        assertThat(batch.left()).extracting(ClaimedPost::id).containsExactly(2L, 3L);
        assertThat(batch.format()).isEqualTo(MessageFormat.MARKDOWN);
        assertThat(batch.content()).isEqualTo("第一条");
    }
}
