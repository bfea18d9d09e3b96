package cn.xuanhua.bot.admin.coordination;

import cn.xuanhua.bot.admin.support.TestServices;
import cn.xuanhua.bot.core.coordination.SharedState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The Redis implementation honours the same contract, against the real Redis through Jedis; the assertions are
 * those of {@link SharedStateContract}, run here on Redis.
 */
class RedisSharedStateIT extends SharedStateContract {
    private static JedisConnectionFactory factory;
    private static SharedState state;

    @BeforeAll
    static void connect() {
        factory = new JedisConnectionFactory(new RedisStandaloneConfiguration(TestServices.REDIS_HOST, TestServices.REDIS_PORT));
        factory.afterPropertiesSet();
        factory.start();
        state = new RedisSharedState(new StringRedisTemplate(factory), TestServices.freshRedisNamespace());
    }

    @AfterAll
    static void disconnect() {
        factory.destroy();
    }

    @Override
    protected SharedState state() {
        return state;
    }
}
