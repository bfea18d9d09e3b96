package cn.xuanhua.bot.admin.config;

import cn.xuanhua.bot.core.org.GroupBindings;
import cn.xuanhua.bot.core.org.StaffRegistry;
import cn.xuanhua.bot.core.port.Departments;
import cn.xuanhua.bot.core.port.Groups;
import cn.xuanhua.bot.core.port.StaffDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the framework-free core use cases from their ports. Core classes carry no annotations. */
@Configuration(proxyBeanMethods = false)
public class CoreConfiguration {

    @Bean
    StaffRegistry staffRegistry(StaffDirectory staff, Departments departments) {
        return new StaffRegistry(staff, departments);
    }

    @Bean
    GroupBindings groupBindings(Groups groups) {
        return new GroupBindings(groups);
    }
}
