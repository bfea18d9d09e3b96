package cn.xuanhua.bot.admin.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests that run the application on the prod profile: a fresh MariaDB database,
 * the real Redis, the admin password set. All subclasses share one application context.
 */
// The password is an inlined property, not a dynamic one: the prod start-up check reads it before the
// context (and so before @DynamicPropertySource values) exists. WeCom calls go to a closed local port unless a test
// points them at its fake server: nothing a test does may leave this machine.
// Few idle connections: Spring keeps each context of these tests open until the JVM ends, beside the test instances.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"bot.admin.password=" + ProdProfileContext.ADMIN_PASSWORD, "bot.wecom.api-base-url=http://127.0.0.1:9",
                "spring.datasource.hikari.minimum-idle=2", "spring.datasource.hikari.maximum-pool-size=6"})
@ActiveProfiles("prod")
public abstract class ProdProfileContext {
    protected static final String ADMIN_PASSWORD = "it-admin-pass-1";
    private static final String DB_URL = TestServices.freshMariaDbDatabase("prod");
    private static final String REDIS_NAMESPACE = TestServices.freshRedisNamespace();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DB_URL);
        registry.add("spring.datasource.username", () -> TestServices.DB_USER);
        registry.add("spring.datasource.password", () -> TestServices.DB_PASSWORD);
        registry.add("spring.data.redis.host", () -> TestServices.REDIS_HOST);
        registry.add("spring.data.redis.port", () -> TestServices.REDIS_PORT);
        registry.add("bot.shared-state-namespace", () -> REDIS_NAMESPACE);
    }

    protected Http anonymous() {
        return Http.at(port);
    }

    protected Http admin() {
        return Http.at(port).as("admin", ADMIN_PASSWORD);
    }

    protected static String redisNamespace() {
        return REDIS_NAMESPACE;
    }
}
