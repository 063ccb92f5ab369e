package com.coinop.adapter.web.recharge;

import com.coinop.application.recharge.port.out.ForgedNotificationException;
import com.coinop.application.shared.port.out.DependencyUnavailableException;
import com.coinop.domain.recharge.PaidAmountMismatchException;
import com.coinop.domain.recharge.RechargeOrderNotFoundException;
import com.coinop.domain.shared.DomainException;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The notification's refusals in WeChat Pay's format, {@code {"code": "FAIL", "message": …}}, with a 4xx
 * or 5xx status so that WeChat Pay sends the notification again on its schedule. A forged notification
 * or one naming another amount never credits and is logged as a warning; an outage is a 503, after
 * which WeChat Pay's retry will find the database back.
 */
@RestControllerAdvice(assignableTypes = PayNotifyController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PayNotifyErrors {

    private static final Logger log = LoggerFactory.getLogger(PayNotifyErrors.class);

    @ExceptionHandler(ForgedNotificationException.class)
    ResponseEntity<Failure> forged(ForgedNotificationException e) {
        log.warn("refused a payment notification: {}", e.getMessage());
        return fail(HttpStatus.UNAUTHORIZED, "签名验证失败");
    }

    @ExceptionHandler(PaidAmountMismatchException.class)
    ResponseEntity<Failure> wrongAmount(PaidAmountMismatchException e) {
        log.warn("refused a payment notification, nothing credited: {}", e.getMessage());
        return fail(HttpStatus.BAD_REQUEST, "金额不符");
    }

    @ExceptionHandler(RechargeOrderNotFoundException.class)
    ResponseEntity<Failure> unknownOrder(RechargeOrderNotFoundException e) {
        log.warn("refused a payment notification: {}", e.getMessage());
        return fail(HttpStatus.NOT_FOUND, "订单不存在");
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Failure> refused(DomainException e) {
        log.warn("refused a payment notification: {} {}", e.code(), e.getMessage());
        return fail(HttpStatus.CONFLICT, e.code());
    }

    @ExceptionHandler(DependencyUnavailableException.class)
    ResponseEntity<Failure> dependencyDown(DependencyUnavailableException e) {
        log.warn("payment notification not taken, {} unavailable; WeChat Pay will retry", e.dependency(), e);
        return fail(HttpStatus.SERVICE_UNAVAILABLE, "系统繁忙");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Failure> unexpected(Exception e) {
        log.error("payment notification failed unexpectedly; WeChat Pay will retry", e);
        return fail(HttpStatus.INTERNAL_SERVER_ERROR, "系统错误");
    }

    private static ResponseEntity<Failure> fail(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(new Failure("FAIL", message));
    }

    /** WeChat Pay's answer to a notification it must send again. */
    @JsonPropertyOrder({"code", "message"})
    public record Failure(String code, String message) {
    }
}
