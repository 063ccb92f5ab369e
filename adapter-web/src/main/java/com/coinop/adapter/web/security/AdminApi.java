package com.coinop.adapter.web.security;

import org.springframework.context.annotation.Conditional;
import org.springframework.web.bind.annotation.RestController;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller of the operators' API under {@code /admin/}: it exists only when the admin token is set
 * ({@link AdminApiEnabled}), and its handlers run only for a request {@link AdminTokenFilter} let through
 * ({@link AdminAccessInterceptor}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RestController
@Conditional(AdminApiEnabled.class)
public @interface AdminApi {
}
