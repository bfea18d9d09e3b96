package cn.xuanhua.bot.admin.config;

import cn.xuanhua.bot.core.command.WeeklyDigestHook;
import cn.xuanhua.bot.core.outbound.OutboundMessage;
import cn.xuanhua.bot.core.outbound.Recipient;
import cn.xuanhua.bot.core.port.Outbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Until the digest module is merged: 周报 is acknowledged in the group, honestly. Removed with the merge. */
@Configuration(proxyBeanMethods = false)
public class DigestFallbackConfiguration {

    @Bean
    WeeklyDigestHook weeklyDigestHook(Outbox outbox) {
        return request -> outbox.enqueue(OutboundMessage.markdown("digest:" + request.groupCode() + ":"
                        + request.isoWeek() + ":" + request.messageId() + ":text", new Recipient.Group(request.groupCode()),
                "周报 " + request.isoWeek() + " 正在生成, 稍后发布。", null));
    }
}
