package cn.xuanhua.bot.admin.sandbox;

import cn.xuanhua.bot.admin.config.WeComKeys;
import cn.xuanhua.bot.core.org.Departments;
import cn.xuanhua.bot.core.org.Groups;
import cn.xuanhua.bot.core.org.StaffDirectory;
import cn.xuanhua.bot.wecom.fake.FakeWeComApi;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import java.time.Clock;

/** The sandbox's parts, present only in {@code bot.wecom.mode=sandbox} (the embedded default). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "bot.wecom.mode", havingValue = "sandbox", matchIfMissing = true)
public class SandboxConfiguration {

    /** The fake WeCom knows the sandbox's generated CorpID and secret, the ones the bot's own client uses. */
    @Bean
    FakeWeComApi fakeWeComApi(WeComKeys keys) {
        return new FakeWeComApi(keys.corpId(), keys.appSecret());
    }

    @Bean
    SandboxChat sandboxChat(Clock clock) {
        return new SandboxChat(clock);
    }

    @Bean
    SandboxConversation sandboxConversation(WeComKeys keys, Groups groups, SandboxChat chat, FakeWeComApi api,
                                            Clock clock) {
        return new SandboxConversation(keys, groups, chat, api, clock);
    }

    @Bean
    SandboxSetup sandboxSetup(Groups groups, Departments departments, StaffDirectory staff, SandboxChat chat,
                              FakeWeComApi api) {
        return new SandboxSetup(groups, departments, staff, chat, api);
    }

    @Bean
    SandboxStarter sandboxStarter(SandboxSetup setup) {
        return new SandboxStarter(setup);
    }

    /** Runs the set-up once the application is ready (the database is migrated, the port is known). */
    static class SandboxStarter {
        private final SandboxSetup setup;

        SandboxStarter(SandboxSetup setup) {
            this.setup = setup;
        }

        @EventListener(ApplicationReadyEvent.class)
        public void start() {
            setup.prepare();
        }
    }
}
