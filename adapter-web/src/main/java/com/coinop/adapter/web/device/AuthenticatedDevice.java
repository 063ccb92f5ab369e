package com.coinop.adapter.web.device;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@code DeviceId} handler parameter: the machine that signed the request (headers {@code X-Device-Id},
 * {@code X-Timestamp}, {@code X-Nonce}, {@code X-Signature}). When the request is not provably from an enabled
 * machine, the handler does not run: 401 {@code DEVICE_UNAUTHENTICATED} or 403 {@code DEVICE_FORBIDDEN}.
 * Declare it before the body, so a stranger's body is never looked at.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AuthenticatedDevice {
}
