package cn.xuanhua.bot.admin.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Stops a prod start that has no {@code bot.admin.password} before anything else happens (no database
 * connection, no open port): a production console must never run on a guessable or generated password.
 */
public class ProdRequiresAdminPassword implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        String password = environment.getProperty("bot.admin.password");
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("The prod profile needs bot.admin.password (environment variable "
                    + "BOT_ADMIN_PASSWORD): refusing to start the console without an administrator password.");
        }
    }
}
