package cn.xuanhua.bot.admin.config;

import cn.xuanhua.bot.admin.persistence.MillisecondTimes;
import com.baomidou.mybatisplus.annotation.DbType;
import com.baomidou.mybatisplus.autoconfigure.ConfigurationCustomizer;
import com.baomidou.mybatisplus.extension.plugins.MybatisPlusInterceptor;
import com.baomidou.mybatisplus.extension.plugins.inner.OptimisticLockerInnerInterceptor;
import com.baomidou.mybatisplus.extension.plugins.inner.PaginationInnerInterceptor;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.SQLErrorCodes;
import org.springframework.jdbc.support.SQLErrorCodesFactory;

import javax.sql.DataSource;
import java.time.LocalDateTime;

/** MyBatis-Plus: mappers, MySQL-dialect paging (H2 runs in MySQL mode too) and optimistic locking on @Version. */
@Configuration(proxyBeanMethods = false)
@MapperScan("cn.xuanhua.bot.admin.persistence")
public class PersistenceConfiguration {

    @Bean
    MybatisPlusInterceptor mybatisPlusInterceptor() {
        MybatisPlusInterceptor interceptor = new MybatisPlusInterceptor();
        interceptor.addInnerInterceptor(new OptimisticLockerInnerInterceptor());
        interceptor.addInnerInterceptor(new PaginationInnerInterceptor(DbType.MYSQL));
        return interceptor;
    }

    /** Times keep their milliseconds on MariaDB 10.x too ({@link MillisecondTimes} says why). */
    @Bean
    ConfigurationCustomizer millisecondTimes() {
        return configuration -> configuration.getTypeHandlerRegistry().register(LocalDateTime.class,
                new MillisecondTimes());
    }

    /**
     * Learns the database's error codes now, while it answers. MyBatis translates SQL errors with codes it looks up
     * from the database on first need, and the first need is usually a failure: with the database gone, every
     * failed statement then waited a second connection time-out for that lookup (a callback 6 s instead of 3 s) and
     * logged its stack trace. Looked up once here, the codes are kept for this data source.
     */
    @Bean
    SQLErrorCodes sqlErrorCodes(DataSource dataSource) {
        return SQLErrorCodesFactory.getInstance().getErrorCodes(dataSource);
    }
}
