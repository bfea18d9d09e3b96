package cn.xuanhua.bot.admin.config;

import cn.xuanhua.bot.admin.jobs.ArchiveWorker;
import cn.xuanhua.bot.admin.jobs.InboxWorker;
import cn.xuanhua.bot.admin.web.wecom.ArchiveWakeUp;
import cn.xuanhua.bot.core.coordination.Locks;
import cn.xuanhua.bot.core.inbound.ArchiveCursor;
import cn.xuanhua.bot.core.inbound.ChatArchive;
import cn.xuanhua.bot.core.inbound.Inbox;
import cn.xuanhua.bot.wecom.archive.ChatArchivePoller;
import cn.xuanhua.bot.wecom.archive.WxJavaChatArchiveSource;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chat archive (会话内容存档) for external customer groups, where no callback carries group text. Only with
 * {@code bot.wecom.archive.enabled=true}: then the customer's native SDK is loaded from {@code lib-path}.
 */
@Configuration(proxyBeanMethods = false)
public class ArchiveConfiguration {
    private static final Logger log = LoggerFactory.getLogger(ArchiveConfiguration.class);

    @Bean
    @ConditionalOnProperty(name = "bot.wecom.archive.enabled", havingValue = "true")
    ArchiveWorker archiveWorker(BotProperties properties, WxCpService wecom, ArchiveCursor cursor, Inbox inbox,
                                Locks locks, TransactionTemplate transactions, InboxWorker inboxWorker) {
        BotProperties.Archive archive = properties.wecom().archive();
        WxCpDefaultConfigImpl config = (WxCpDefaultConfigImpl) wecom.getWxCpConfigStorage();
        config.setMsgAuditLibPath(archive.libPath());
        config.setMsgAuditSecret(archive.secret());
        config.setMsgAuditPriKey(archive.privateKey());
        ChatArchive chatArchive = new ChatArchivePoller(
                new WxJavaChatArchiveSource(wecom.getMsgAuditService(), archive.privateKey()), cursor, inbox,
                properties.timezone());
        return new ArchiveWorker(chatArchive, locks, transactions, archive.pollInterval(), inboxWorker::wake);
    }

    /** With the archive off, WeCom's archive notices are acknowledged and nothing else happens. */
    @Bean
    @ConditionalOnProperty(name = "bot.wecom.archive.enabled", havingValue = "false", matchIfMissing = true)
    ArchiveWakeUp archiveDisabled() {
        return () -> log.debug("msgaudit_notify received but the chat archive is not enabled");
    }
}
