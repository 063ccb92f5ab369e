package com.coinop.adapter.web.session;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@code UserId} handler parameter: the user signed in by the request's session cookie. When
 * there is none the handler does not run and the request is answered 401 {@code NOT_SIGNED_IN}.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SignedInUser {
}
