package cn.xuanhua.bot.admin.jobs;

import cn.xuanhua.bot.core.outbound.ClaimedPost;
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
}
