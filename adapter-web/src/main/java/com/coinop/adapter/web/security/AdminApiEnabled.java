package com.coinop.adapter.web.security;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when {@code coinop.admin.token} is set: without it the admin API's controllers and filter are
 * not even created, so its routes answer as any unknown route does.
 */
public class AdminApiEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return StringUtils.hasText(context.getEnvironment().getProperty("coinop.admin.token"));
    }
}
