package com.coinop.adapter.persistence;

import com.coinop.adapter.persistence.recharge.RechargeOrderRowReader;
import com.coinop.adapter.persistence.shared.NearCacheProperties;
import com.coinop.adapter.persistence.shared.RedisProperties;
import com.coinop.adapter.persistence.shared.WholeSecondLocalDateTimeTypeHandler;
import com.coinop.adapter.persistence.signin.SessionProperties;
import com.coinop.adapter.persistence.usage.SessionInProgressRowReader;
import com.coinop.adapter.persistence.usage.UsageSessionRowReader;
import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.mybatis.spring.boot.autoconfigure.SqlSessionFactoryBeanCustomizer;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * The persistence adapter as one unit for bootstrap to {@code @Import}: the MyBatis adapters over the
 * DataSource that Spring Boot builds from {@code spring.datasource.*} (schema by Flyway from
 * {@code classpath:db/migration}), the Redis stores over a Redisson client built from
 * {@code coinop.redis.*}, and the session settings {@code coinop.session.*}. The application must
 * provide a {@link java.time.Clock} bean.
 *
 * <p>Each mapper's XML lies beside its interface ({@code account/UserMapper.xml} next to
 * {@code account/UserMapper}), where MyBatis loads it with the interface: the application needs no
 * {@code mybatis.mapper-locations}.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = PersistenceAdapterConfiguration.class,
        // configuration classes are imported, not scanned: a test configuration on the classpath
        // (this module's test-jar in bootstrap's tests) must not join the application
        excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = Configuration.class))
@MapperScan(basePackageClasses = PersistenceAdapterConfiguration.class, annotationClass = Mapper.class)
@EnableConfigurationProperties({RedisProperties.class, SessionProperties.class, NearCacheProperties.class})
public class PersistenceAdapterConfiguration {

    /** Redis for the shared stores; closed with the context so no Netty thread outlives it. */
    @Bean(destroyMethod = "shutdown")
    public RedissonClient coinopRedissonClient(RedisProperties properties) {
        return Redisson.create(properties.toRedissonConfig());
    }

    /**
     * Adds whole-second DATETIME writes to Boot's SqlSessionFactory, and the readers of the history pages'
     * rows and of the sessions in progress (straight into domain objects, which no statement takes as a
     * parameter).
     */
    @Bean
    public SqlSessionFactoryBeanCustomizer coinopPersistenceMyBatisCustomizer() {
        return factory -> factory.addTypeHandlers(new WholeSecondLocalDateTimeTypeHandler(),
                new UsageSessionRowReader(), new SessionInProgressRowReader(), new RechargeOrderRowReader());
    }
}
