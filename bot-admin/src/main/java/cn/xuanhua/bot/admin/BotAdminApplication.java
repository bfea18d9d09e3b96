package cn.xuanhua.bot.admin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** 诉求助手: the WeCom appeal bot of Xuanhua District's market-entity exchange groups. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class BotAdminApplication {

    public static void main(String[] args) {
        SpringApplication.run(BotAdminApplication.class, args);
    }
}
