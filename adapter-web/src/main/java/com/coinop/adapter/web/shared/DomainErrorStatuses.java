package com.coinop.adapter.web.shared;

import com.coinop.application.device.port.in.DeviceForbiddenException;
import com.coinop.application.device.port.in.DeviceUnauthenticatedException;
import com.coinop.application.recharge.port.in.TooManyOpenRechargesException;
import com.coinop.application.recharge.port.out.ForgedNotificationException;
import com.coinop.application.shared.port.in.RateLimitedException;
import com.coinop.application.signin.port.in.CaptchaFailedException;
import com.coinop.application.signin.port.in.InvalidSmsCodeException;
import com.coinop.application.signin.port.in.NotInWechatException;
import com.coinop.application.signin.port.in.OAuthStateInvalidException;
import com.coinop.application.signin.port.in.SmsBudgetExhaustedException;
import com.coinop.application.signin.port.out.WechatCodeRejectedException;
import com.coinop.domain.device.DeviceDisabledException;
import com.coinop.domain.device.DeviceNotFoundException;
import com.coinop.domain.ledger.DuplicateLedgerEntryException;
import com.coinop.domain.recharge.PaidAmountMismatchException;
import com.coinop.domain.recharge.RechargeOrderNotFoundException;
import com.coinop.domain.shared.DomainException;
import com.coinop.domain.shared.IllegalStateTransitionException;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.usage.UsageSessionNotFoundException;
import com.coinop.domain.user.InsufficientBalanceException;
import com.coinop.domain.user.UserDisabledException;
import com.coinop.domain.user.UserNotFoundException;
import org.springframework.http.HttpStatus;

import java.util.Map;
import java.util.Optional;

import static java.util.Map.entry;

/**
 * The HTTP status of every {@link DomainException} the application throws, one line each and matched
 * by exact class: a new exception gets its status by a decision written here, never by falling into
 * a default ({@code DomainErrorStatusesTest} fails until it has one).
 */
final class DomainErrorStatuses {

    private static final Map<Class<? extends DomainException>, HttpStatus> STATUSES = Map.ofEntries(
            // the request itself is wrong
            entry(InvalidValueException.class, HttpStatus.BAD_REQUEST),
            entry(CaptchaFailedException.class, HttpStatus.BAD_REQUEST),
            entry(InvalidSmsCodeException.class, HttpStatus.BAD_REQUEST),
            entry(OAuthStateInvalidException.class, HttpStatus.BAD_REQUEST),
            entry(WechatCodeRejectedException.class, HttpStatus.BAD_REQUEST),
            // who is asking
            entry(NotInWechatException.class, HttpStatus.UNAUTHORIZED),
            entry(DeviceUnauthenticatedException.class, HttpStatus.UNAUTHORIZED),
            entry(DeviceForbiddenException.class, HttpStatus.FORBIDDEN),
            entry(ForgedNotificationException.class, HttpStatus.UNAUTHORIZED),
            entry(UserDisabledException.class, HttpStatus.FORBIDDEN),
            // what it names does not exist
            entry(UserNotFoundException.class, HttpStatus.NOT_FOUND),
            entry(DeviceNotFoundException.class, HttpStatus.NOT_FOUND),
            entry(RechargeOrderNotFoundException.class, HttpStatus.NOT_FOUND),
            entry(UsageSessionNotFoundException.class, HttpStatus.NOT_FOUND),
            // it conflicts with the current state
            entry(IllegalStateTransitionException.class, HttpStatus.CONFLICT),
            entry(InsufficientBalanceException.class, HttpStatus.CONFLICT),
            entry(DuplicateLedgerEntryException.class, HttpStatus.CONFLICT),
            entry(DeviceDisabledException.class, HttpStatus.CONFLICT),
            entry(PaidAmountMismatchException.class, HttpStatus.CONFLICT),
            // too often (with Retry-After)
            entry(RateLimitedException.class, HttpStatus.TOO_MANY_REQUESTS),
            entry(TooManyOpenRechargesException.class, HttpStatus.TOO_MANY_REQUESTS),
            // not the caller's doing: every instance together used up a budget (with Retry-After)
            entry(SmsBudgetExhaustedException.class, HttpStatus.SERVICE_UNAVAILABLE));

    private DomainErrorStatuses() {
    }

    /** The status of exactly this exception's class; empty when nobody decided one. */
    static Optional<HttpStatus> of(DomainException e) {
        return Optional.ofNullable(STATUSES.get(e.getClass()));
    }

    /** Whether {@code type} has a status. */
    static boolean isMapped(Class<?> type) {
        return STATUSES.containsKey(type);
    }
}
