package com.coinop.adapter.persistence;

import com.coinop.adapter.persistence.config.NearCacheProperties;
import com.coinop.adapter.persistence.config.RedisProperties;
import com.coinop.adapter.persistence.session.SessionProperties;
import com.coinop.adapter.persistence.support.WholeSecondLocalDateTimeTypeHandler;
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
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The persistence adapter as one unit for bootstrap to {@code @Import}: the MyBatis adapters over the
 * DataSource that Spring Boot builds from {@code spring.datasource.*} (schema by Flyway from
 * {@code classpath:db/migration}), the Redis stores over a Redisson client built from
 * {@code coinop.redis.*}, and the session settings {@code coinop.session.*}. The application must
 * provide a {@link java.time.Clock} bean.
 *
 * <p>The mapper XML files are added here, so the application needs no {@code mybatis.mapper-locations}
 * (and must not list {@code classpath*:mapper/persistence/*.xml} there too: MyBatis refuses a
 * statement loaded twice).
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = PersistenceAdapterConfiguration.class,
        // configuration classes are imported, not scanned: a test configuration on the classpath
        // (this module's test-jar in bootstrap's tests) must not join the application
        excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = Configuration.class))
@MapperScan(basePackageClasses = PersistenceAdapterConfiguration.class, annotationClass = Mapper.class)
@EnableConfigurationProperties({RedisProperties.class, SessionProperties.class, NearCacheProperties.class})
public class PersistenceAdapterConfiguration {

    static final String MAPPER_LOCATIONS = "classpath*:mapper/persistence/*.xml";

    /** Redis for the shared stores; closed with the context so no Netty thread outlives it. */
    @Bean(destroyMethod = "shutdown")
    public RedissonClient coinopRedissonClient(RedisProperties properties) {
        return Redisson.create(properties.toRedissonConfig());
    }

    /** Adds this module's mapper XML and whole-second DATETIME writes to Boot's SqlSessionFactory. */
    @Bean
    public SqlSessionFactoryBeanCustomizer coinopPersistenceMyBatisCustomizer() {
        Resource[] mappers = mapperResources();
        return factory -> {
            factory.addMapperLocations(mappers);
            factory.addTypeHandlers(new WholeSecondLocalDateTimeTypeHandler());
        };
    }

    private static Resource[] mapperResources() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver(PersistenceAdapterConfiguration.class.getClassLoader())
                    .getResources(MAPPER_LOCATIONS);
            if (found.length == 0) {
                throw new IllegalStateException("no MyBatis mapper XML at " + MAPPER_LOCATIONS);
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + MAPPER_LOCATIONS, e);
        }
    }
}
