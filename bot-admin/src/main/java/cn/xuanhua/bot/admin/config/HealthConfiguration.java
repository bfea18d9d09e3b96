package cn.xuanhua.bot.admin.config;

import cn.xuanhua.bot.admin.health.DatabaseHealth;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.boot.actuate.endpoint.jackson.EndpointObjectMapper;
import org.springframework.boot.actuate.health.SystemHealth;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.concurrent.Executors;

/**
 * Health checks for the load balancer. The groups are set in application.yml: {@code readiness} (the database,
 * which callbacks need to store a message) and, in prod, {@code redis}; {@code /actuator/health} counts everything
 * and still answers {@code {"status":"UP"}}, without the list of groups Spring Boot adds once there are any.
 */
@Configuration(proxyBeanMethods = false)
public class HealthConfiguration {
    /** Under a second, so that a probe with a one-second timeout gets an answer rather than a time-out. */
    private static final Duration DATABASE_BUDGET = Duration.ofMillis(800);

    /** Named as Spring Boot's own database check, which it replaces (its contributor stays {@code db}). */
    @Bean
    DatabaseHealth dbHealthIndicator(DataSource dataSource) {
        return new DatabaseHealth(dataSource, DATABASE_BUDGET, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "db-health");
            t.setDaemon(true);
            return t;
        }));
    }

    /**
     * Actuator's own JSON, as Spring Boot makes it (management.endpoints.jackson.isolated-object-mapper is off so that
     * this one is used instead), except that {@code /actuator/health} does not name the health groups: its answer is
     * promised as exactly {@code {"status":"UP"}}, and the groups are found at their documented paths.
     */
    @Bean
    EndpointObjectMapper endpointObjectMapper() {
        ObjectMapper mapper = Jackson2ObjectMapperBuilder.json()
                .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS,
                        SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .mixIn(SystemHealth.class, WithoutGroupNames.class)
                .build();
        return () -> mapper;
    }

    @JsonIgnoreProperties("groups")
    private abstract static class WithoutGroupNames {
    }
}
