package cn.xuanhua.bot.admin.config;

import cn.xuanhua.bot.admin.account.ConsoleUserArgumentResolver;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/** Spring MVC additions: controllers may take the request's {@code ConsoleUser} as a parameter. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {
    private final ConsoleUserArgumentResolver consoleUsers;

    public WebConfiguration(ConsoleUserArgumentResolver consoleUsers) {
        this.consoleUsers = consoleUsers;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(consoleUsers);
    }
}
