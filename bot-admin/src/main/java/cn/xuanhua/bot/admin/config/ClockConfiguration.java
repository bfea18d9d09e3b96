package cn.xuanhua.bot.admin.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The one clock everything reads: the system clock in {@code bot.timezone}, shifted by {@code bot.clock.offset}. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    @Bean
    Clock clock(BotProperties properties) {
        Clock system = Clock.system(properties.timezone());
        return properties.clock().offset().isZero() ? system : Clock.offset(system, properties.clock().offset());
    }
}
