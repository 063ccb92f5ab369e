package com.coinop.adapter.web.session;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an {@code Optional<Session>} handler parameter: the live session the request's cookie names,
 * or empty when there is no cookie, a malformed one, or an unknown or ended session.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CurrentSession {
}
