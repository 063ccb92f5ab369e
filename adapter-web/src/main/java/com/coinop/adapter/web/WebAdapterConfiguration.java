package com.coinop.adapter.web;

import com.coinop.adapter.web.device.BufferedBodyFilter;
import com.coinop.adapter.web.device.DeviceArgumentResolver;
import com.coinop.adapter.web.json.RequestBodyLimitFilter;
import com.coinop.adapter.web.json.StrictJsonBodyConverter;
import com.coinop.adapter.web.security.AddressRange;
import com.coinop.adapter.web.security.AdminAccessInterceptor;
import com.coinop.adapter.web.security.AdminApiEnabled;
import com.coinop.adapter.web.security.AdminProperties;
import com.coinop.adapter.web.security.AdminRefusal;
import com.coinop.adapter.web.security.AdminTokenFilter;
import com.coinop.adapter.web.security.AllowedOrigins;
import com.coinop.adapter.web.security.AllowedOriginsCorsFilter;
import com.coinop.adapter.web.security.CrossSiteRefusal;
import com.coinop.adapter.web.security.CrossSiteRequestFilter;
import com.coinop.adapter.web.security.PageUrls;
import com.coinop.adapter.web.security.TrustedProxyFilter;
import com.coinop.adapter.web.session.CurrentSessions;
import com.coinop.adapter.web.session.SessionArgumentResolver;
import com.coinop.adapter.web.session.SessionCookies;
import com.coinop.adapter.web.shared.EnvelopeErrorReportValve;
import com.coinop.adapter.web.shared.UnknownRouteInterceptor;
import com.coinop.application.device.port.in.AuthenticateDeviceUseCase;
import com.coinop.application.signin.port.in.ResolveSessionUseCase;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;
import tools.jackson.databind.json.JsonMapper;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Everything the web adapter contributes, for the bootstrap to {@code @Import}: the controllers and
 * the error mapping (scanned), the {@code coinop.web} and {@code coinop.admin} properties, the session
 * cookie and the session argument resolver, the machines' signature check, the CORS and cross-site filters,
 * the admin API's token filter (only with a token), and the strict reading of request bodies. It needs
 * {@link ResolveSessionUseCase} and {@link AuthenticateDeviceUseCase} beans and Spring Boot's {@link JsonMapper}.
 */
@Configuration(proxyBeanMethods = false)
// TypeExcludeFilter lets @WebMvcTest slices pick their controllers, as it does under @SpringBootApplication.
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
@EnableConfigurationProperties({WebAdapterProperties.class, AdminProperties.class})
public class WebAdapterConfiguration {

    /** First of all: every later filter and handler sees the client's address. */
    static final int TRUSTED_PROXY_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE;
    /** Before anything reads a body. */
    static final int BODY_LIMIT_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 5;
    /** Inside the body cap: what it keeps has passed the cap. */
    static final int BUFFERED_BODY_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 6;
    /** Before CORS: an admin request without the token gets nothing but its 401, a preflight included. */
    static final int ADMIN_TOKEN_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 7;
    /** Ahead of anything that could answer a request, so a refused request reaches no handler. */
    static final int CORS_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;
    static final int CROSS_SITE_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

    @Bean
    FilterRegistrationBean<TrustedProxyFilter> coinopTrustedProxyFilter(WebAdapterProperties properties) {
        FilterRegistrationBean<TrustedProxyFilter> registration = new FilterRegistrationBean<>(new TrustedProxyFilter(
                properties.trustedProxies().stream().map(AddressRange::parse).toList()));
        registration.setName("coinopTrustedProxyFilter");
        registration.setOrder(TRUSTED_PROXY_FILTER_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> coinopRequestBodyLimitFilter(WebAdapterProperties properties,
                                                                                JsonMapper jsonMapper) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestBodyLimitFilter(properties.maxBodySize().toBytes(), jsonMapper));
        registration.setName("coinopRequestBodyLimitFilter");
        registration.setOrder(BODY_LIMIT_FILTER_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BufferedBodyFilter> coinopBufferedBodyFilter() {
        FilterRegistrationBean<BufferedBodyFilter> registration = new FilterRegistrationBean<>(new BufferedBodyFilter());
        registration.setName("coinopBufferedBodyFilter");
        registration.setOrder(BUFFERED_BODY_FILTER_ORDER);
        return registration;
    }

    @Bean
    SessionCookies sessionCookies(WebAdapterProperties properties) {
        return new SessionCookies(properties.sessionCookie().wireName(), properties.sessionCookie().secure());
    }

    @Bean
    CurrentSessions currentSessions(WebAdapterProperties properties, ResolveSessionUseCase resolveSession) {
        return new CurrentSessions(properties.sessionCookie().wireName(), resolveSession);
    }

    @Bean
    AllowedOrigins allowedOrigins(WebAdapterProperties properties) {
        return new AllowedOrigins(properties.allowedOrigins());
    }

    @Bean
    PageUrls pageUrls(AllowedOrigins allowedOrigins, WebAdapterProperties properties) {
        return new PageUrls(allowedOrigins, properties.publicBaseUrl());
    }

    @Bean
    CrossSiteRefusal crossSiteRefusal(JsonMapper jsonMapper) {
        return new CrossSiteRefusal(jsonMapper);
    }

    @Bean
    AdminRefusal adminRefusal(JsonMapper jsonMapper) {
        return new AdminRefusal(jsonMapper);
    }

    @Bean
    @Conditional(AdminApiEnabled.class)
    FilterRegistrationBean<AdminTokenFilter> coinopAdminTokenFilter(AdminProperties admin, AdminRefusal refusal) {
        FilterRegistrationBean<AdminTokenFilter> registration =
                new FilterRegistrationBean<>(new AdminTokenFilter(admin, refusal));
        registration.setName("coinopAdminTokenFilter");
        registration.setOrder(ADMIN_TOKEN_FILTER_ORDER);
        return registration;
    }

    /**
     * What the page's CORS and cross-site rules leave alone: the admin API while it is on (its token filter
     * has let the request through); nothing while it is off, when /admin/ is a path like any unknown one.
     */
    private static Predicate<HttpServletRequest> notForThePage(AdminProperties admin) {
        return admin.enabled() ? AdminTokenFilter::isAdminPath : request -> false;
    }

    @Bean
    FilterRegistrationBean<AllowedOriginsCorsFilter> coinopCorsFilter(AllowedOrigins allowedOrigins,
                                                                      CrossSiteRefusal refusal, AdminProperties admin) {
        FilterRegistrationBean<AllowedOriginsCorsFilter> registration =
                new FilterRegistrationBean<>(new AllowedOriginsCorsFilter(allowedOrigins, refusal, notForThePage(admin)));
        registration.setName("coinopCorsFilter");
        registration.setOrder(CORS_FILTER_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<CrossSiteRequestFilter> coinopCrossSiteRequestFilter(AllowedOrigins allowedOrigins,
                                                                                CrossSiteRefusal refusal,
                                                                                AdminProperties admin) {
        FilterRegistrationBean<CrossSiteRequestFilter> registration = new FilterRegistrationBean<>(
                new CrossSiteRequestFilter(allowedOrigins, refusal, notForThePage(admin)));
        registration.setName("coinopCrossSiteRequestFilter");
        registration.setOrder(CROSS_SITE_FILTER_ORDER);
        return registration;
    }

    /**
     * Puts the envelope valve in place of the ErrorReportValve that Tomcat or Spring Boot set on the host,
     * once every customizer has run (the context is about to start), so exactly one reports.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> coinopErrorReportValve(JsonMapper jsonMapper) {
        return factory -> factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (!Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                return;
            }
            Pipeline host = context.getParent().getPipeline();
            for (Valve valve : host.getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof EnvelopeErrorReportValve)) {
                    host.removeValve(valve);
                }
            }
            if (Arrays.stream(host.getValves()).noneMatch(EnvelopeErrorReportValve.class::isInstance)) {
                host.addValve(new EnvelopeErrorReportValve(jsonMapper));
            }
        }));
    }

    /** Every answer is about one signed-in person: no browser or proxy may keep a copy. */
    private static WebContentInterceptor noStore() {
        WebContentInterceptor interceptor = new WebContentInterceptor();
        interceptor.setCacheControl(CacheControl.noStore());
        return interceptor;
    }

    @Bean
    WebMvcConfigurer coinopWebMvcConfigurer(CurrentSessions currentSessions, AuthenticateDeviceUseCase authenticateDevice,
                                            JsonMapper jsonMapper, AdminRefusal adminRefusal) {
        StrictJsonBodyConverter strictRequests = new StrictJsonBodyConverter(jsonMapper);
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new SessionArgumentResolver(currentSessions));
                resolvers.add(new DeviceArgumentResolver(authenticateDevice));
            }

            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new UnknownRouteInterceptor());
                registry.addInterceptor(new AdminAccessInterceptor(adminRefusal));
                registry.addInterceptor(noStore());
            }

            /* A custom converter, not a bean: Spring Boot would take a JSON converter bean as the app-wide one. */
            @Override
            public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
                builder.addCustomConverter(strictRequests);
            }
        };
    }
}
