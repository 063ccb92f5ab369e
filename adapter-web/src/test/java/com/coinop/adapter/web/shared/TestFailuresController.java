package com.coinop.adapter.web.shared;

import com.coinop.application.shared.port.in.RateLimitedException;
import com.coinop.application.signin.port.in.CaptchaFailedException;
import com.coinop.application.signin.port.in.InvalidSmsCodeException;
import com.coinop.application.signin.port.in.NotInWechatException;
import com.coinop.application.signin.port.in.OAuthStateInvalidException;
import com.coinop.application.signin.port.in.SmsBudgetExhaustedException;
import com.coinop.application.signin.port.out.WechatCodeRejectedException;
import com.coinop.domain.device.DeviceDisabledException;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.device.DeviceNotFoundException;
import com.coinop.domain.ledger.DuplicateLedgerEntryException;
import com.coinop.domain.ledger.LedgerKind;
import com.coinop.domain.ledger.LedgerReference;
import com.coinop.domain.money.Money;
import com.coinop.domain.recharge.OutTradeNo;
import com.coinop.domain.recharge.PaidAmountMismatchException;
import com.coinop.domain.recharge.RechargeOrderNotFoundException;
import com.coinop.domain.shared.DomainException;
import com.coinop.domain.shared.IllegalStateTransitionException;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.usage.UsageSessionId;
import com.coinop.domain.usage.UsageSessionNotFoundException;
import com.coinop.domain.user.InsufficientBalanceException;
import com.coinop.domain.user.UserDisabledException;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.UserNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.function.Supplier;

/** Test-only routes that fail with each exception the advice maps, so the mapping is tested one exception at a time. */
@RestController
class TestFailuresController {

    @GetMapping("/test/fail/{kind}")
    String fail(@PathVariable String kind) {
        Supplier<RuntimeException> failure = switch (kind) {
            case "invalid" -> () -> new InvalidValueException("INVALID_MOBILE", "手机号码格式不正确");
            case "disabled" -> () -> new UserDisabledException(new UserId(3));
            case "device-missing" -> () -> new DeviceNotFoundException(new DeviceId(8));
            case "order-missing" -> () -> new RechargeOrderNotFoundException(new OutTradeNo("T20170001"));
            case "usage-missing" -> () -> new UsageSessionNotFoundException(new UsageSessionId(5));
            case "transition" -> () -> new IllegalStateTransitionException("USAGE_ALREADY_ENDED", "该上机记录已下机");
            case "balance" -> () -> new InsufficientBalanceException(new UserId(3), Money.ofFen(500));
            case "ledger" -> () -> new DuplicateLedgerEntryException(new LedgerReference(LedgerKind.RECHARGE, "T20170001"));
            case "device-disabled" -> () -> new DeviceDisabledException(new DeviceId(8));
            case "captcha" -> CaptchaFailedException::new;
            case "sms-code" -> InvalidSmsCodeException::wrongOrExpired;
            case "not-in-wechat" -> NotInWechatException::new;
            case "rate-limited" -> () -> new RateLimitedException(Duration.ofMillis(41_200));
            case "user-missing" -> () -> new UserNotFoundException(new UserId(3));
            case "paid-mismatch" -> () -> new PaidAmountMismatchException(new OutTradeNo("T20170001"), Money.ofFen(500),
                    Money.ofFen(499));
            case "oauth-state" -> OAuthStateInvalidException::new;
            case "wechat-code" -> () -> new WechatCodeRejectedException(40163);
            case "unmapped" -> UnmappedRefusal::new;
            case "sms-budget" -> () -> new SmsBudgetExhaustedException(30, Duration.ofSeconds(12));
            default -> () -> new IllegalStateException("unknown test failure " + kind);
        };
        throw failure.get();
    }

    /** A refusal nobody gave an HTTP status. */
    static final class UnmappedRefusal extends DomainException {
        UnmappedRefusal() {
            super("UNMAPPED", "nobody decided this one's status");
        }
    }
}
