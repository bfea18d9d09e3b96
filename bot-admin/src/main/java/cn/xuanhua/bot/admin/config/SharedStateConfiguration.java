package cn.xuanhua.bot.admin.config;

import cn.xuanhua.bot.admin.coordination.InMemorySharedState;
import cn.xuanhua.bot.admin.coordination.Installation;
import cn.xuanhua.bot.admin.coordination.RedisSharedState;
import cn.xuanhua.bot.core.coordination.Locks;
import cn.xuanhua.bot.core.coordination.RateLimiter;
import cn.xuanhua.bot.core.coordination.SharedState;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

/**
 * Chooses where shared state lives: Redis when {@code bot.shared-state=redis} (the prod profile), this JVM's
 * memory otherwise (the embedded default, one instance). Locks and rate limits sit on top. Redis
 * keys are {@code bot.shared-state-namespace} + this deployment's installation id + the key.
 */
@Configuration(proxyBeanMethods = false)
public class SharedStateConfiguration {

    @Bean
    SharedState sharedState(BotProperties properties, Clock clock, ObjectProvider<StringRedisTemplate> redis,
                            JdbcTemplate db) {
        if ("redis".equalsIgnoreCase(properties.sharedState())) {
            StringRedisTemplate template = redis.getIfAvailable();
            if (template == null) {
                throw new IllegalStateException("bot.shared-state=redis but no Redis is configured "
                        + "(set SPRING_DATA_REDIS_HOST / SPRING_DATA_REDIS_PORT)");
            }
            Installation installation = Installation.load(db, clock);
            return new RedisSharedState(template, properties.sharedStateNamespace() + installation.id() + ":");
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
}
