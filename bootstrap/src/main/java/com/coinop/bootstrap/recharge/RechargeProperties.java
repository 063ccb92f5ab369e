package com.coinop.bootstrap.recharge;

import com.coinop.application.recharge.service.RechargeSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code coinop.recharge.*}: the amounts a user may top up, how many orders may wait for payment, how
 * long an order can be paid, and how the reconciliation job asks WeChat Pay about orders without a
 * notification ({@code reconcile-every}: how often each instance looks for due checks).
 */
@ConfigurationProperties("coinop.recharge")
record RechargeProperties(long minYuan, long maxYuan, int maxOpenOrders, Duration orderExpiry, Duration firstCheck,
                          Duration longestCheckDelay, int checkBatch, Duration reconcileEvery, String description) {

    RechargeProperties {
        if (reconcileEvery == null || reconcileEvery.isNegative() || reconcileEvery.isZero()) {
            throw new IllegalArgumentException("coinop.recharge.reconcile-every must be positive");
        }
    }

    RechargeSettings settings() {
        return new RechargeSettings(minYuan, maxYuan, maxOpenOrders, orderExpiry, firstCheck, longestCheckDelay,
                checkBatch, description);
    }
}
