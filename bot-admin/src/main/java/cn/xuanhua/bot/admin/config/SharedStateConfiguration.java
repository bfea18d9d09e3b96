package cn.xuanhua.bot.admin.config;

import cn.xuanhua.bot.admin.coordination.InMemorySharedState;
import cn.xuanhua.bot.admin.coordination.RedisSharedState;
import cn.xuanhua.bot.core.coordination.Locks;
import cn.xuanhua.bot.core.coordination.OnceGuard;
import cn.xuanhua.bot.core.coordination.RateLimiter;
import cn.xuanhua.bot.core.port.SharedState;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Clock;

/**
 * Chooses where shared state lives: Redis when {@code bot.shared-state=redis} (the prod profile), this JVM's
 * memory otherwise (the embedded default, one instance). Locks, rate limits and de-duplication sit on top.
 */
@Configuration(proxyBeanMethods = false)
public class SharedStateConfiguration {

    @Bean
    SharedState sharedState(BotProperties properties, Clock clock, ObjectProvider<StringRedisTemplate> redis) {
        if ("redis".equalsIgnoreCase(properties.sharedState())) {
            StringRedisTemplate template = redis.getIfAvailable();
            if (template == null) {
                throw new IllegalStateException("bot.shared-state=redis but no Redis is configured "
                        + "(set SPRING_DATA_REDIS_HOST / SPRING_DATA_REDIS_PORT)");
            }
            return new RedisSharedState(template, properties.sharedStateNamespace());
        }
        return new InMemorySharedState(clock);
    }

    @Bean
    Locks locks(SharedState state) {
        return new Locks(state);
    }

    @Bean
    RateLimiter rateLimiter(SharedState state) {
        return new RateLimiter(state);
    }

    @Bean
    OnceGuard onceGuard(SharedState state) {
        return new OnceGuard(state);
    }
}
