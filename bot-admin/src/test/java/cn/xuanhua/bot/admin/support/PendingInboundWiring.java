package cn.xuanhua.bot.admin.support;

import cn.xuanhua.bot.core.inbound.InboundHandler;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * For integration tests that do not go through the inbox: when the application defines no {@link InboundHandler}
 * yet (the inbound wiring arrives separately), registers one that refuses every message, so the context starts.
 * Once the application defines its own, this adds nothing.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PendingInboundWiring {

    @Bean
    static BeanDefinitionRegistryPostProcessor inboundHandlerUntilWired() {
        return new BeanDefinitionRegistryPostProcessor() {
            @Override
            public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
                ConfigurableListableBeanFactory factory = (ConfigurableListableBeanFactory) registry;
                if (factory.getBeanNamesForType(InboundHandler.class, true, false).length == 0) {
                    registry.registerBeanDefinition("refusingInboundHandler", new RootBeanDefinition(
                            InboundHandler.class, () -> message -> {
                                throw new IllegalStateException("no inbound handler is wired in this test");
                            }));
                }
            }

            @Override
            public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) {
                // nothing to change
            }
        };
    }
}
