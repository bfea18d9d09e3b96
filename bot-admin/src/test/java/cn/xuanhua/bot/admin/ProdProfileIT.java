package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.coordination.RedisSharedState;
import cn.xuanhua.bot.admin.support.ProdProfileContext;
import cn.xuanhua.bot.admin.support.TestServices;
import cn.xuanhua.bot.core.coordination.SharedState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.actuate.health.HealthContributorRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import redis.clients.jedis.Jedis;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The prod profile runs on MySQL Connector/J against the real MariaDB and on Redis through Jedis. */
class ProdProfileIT extends ProdProfileContext {

    @Autowired
    DataSource dataSource;
    @Autowired
    SharedState sharedState;
    @Autowired
    HealthContributorRegistry health;

    @Test
    void healthIsUpAndCoversTheDatabaseAndRedis() {
        var response = anonymous().get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(health.getContributor("db")).isNotNull();
        assertThat(health.getContributor("redis")).isNotNull();
    }

    @Test
    void talksToMariaDbThroughConnectorJ() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDriverName()).contains("MySQL Connector/J");
            assertThat(c.getMetaData().getDatabaseProductVersion()).containsIgnoringCase("MariaDB");
        }
    }

    @Test
    void keepsSharedStateInRedisWhereOtherInstancesSeeIt() {
        assertThat(sharedState).isInstanceOf(RedisSharedState.class);
        sharedState.put("probe", "seen-by-all", Duration.ofMinutes(1));
        // Every key is the namespace, then this deployment's installation id, then the key.
        String installation = new JdbcTemplate(dataSource).queryForObject("SELECT id FROM installation", String.class);
        String key = redisNamespace() + installation + ":probe";
        try (Jedis jedis = new Jedis(TestServices.REDIS_HOST, TestServices.REDIS_PORT)) {
            assertThat(jedis.get(key)).isEqualTo("seen-by-all");
            assertThat(jedis.pttl(key)).isPositive();
        }
    }

    @Test
    void theSandboxDoesNotExistInLiveMode() {
        assertThat(admin().getHtml("/sandbox").statusCode()).isEqualTo(404);
    }

    @Test
    void refusesToStartWithoutAnAdminPassword() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(BotAdminApplication.class).profiles("prod");
        String[] args = {"--server.port=0", "--bot.admin.password=",
                "--spring.datasource.url=" + TestServices.freshMariaDbDatabase("nopass"),
                "--spring.datasource.username=" + TestServices.DB_USER,
                "--spring.datasource.password=" + TestServices.DB_PASSWORD};
        assertThatThrownBy(() -> app.run(args)).hasMessageContaining("bot.admin.password");
    }
}
