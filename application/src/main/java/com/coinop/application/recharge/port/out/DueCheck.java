package com.coinop.application.recharge.port.out;

import com.coinop.domain.recharge.RechargeOrder;

import java.time.LocalDateTime;

/**
 * An order waiting for payment whose next check with WeChat Pay is due: how often it was checked
 * before, and the time the check was due (a claim names it, so two instances never check it at once).
 */
public record DueCheck(RechargeOrder order, int checks, LocalDateTime nextCheck) {
}
