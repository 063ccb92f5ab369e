package com.coinop.application.recharge.service;

import java.time.Duration;

/**
 * The rules of recharging, built by the bootstrap from configuration.
 *
 * @param minYuan           the smallest whole-yuan amount a user may top up
 * @param maxYuan           the largest
 * @param maxOpenOrders     how many orders a user may have waiting for payment at once
 * @param orderExpiry       how long an order can be paid (WeChat Pay's time_expire)
 * @param firstCheck        how long after its creation an order without notification is first asked about
 * @param longestCheckDelay the longest wait between two checks of one order (the wait doubles up to it)
 * @param checkBatch        how many due orders one round of reconciliation checks at most
 * @param description       what the payer sees in WeChat as the purchase (WeChat Pay's description)
 */
public record RechargeSettings(long minYuan, long maxYuan, int maxOpenOrders, Duration orderExpiry,
                               Duration firstCheck, Duration longestCheckDelay, int checkBatch,
                               String description) {

    /** WeChat Pay's limit for description: 127 characters. */
    private static final int MAX_DESCRIPTION = 127;

    public RechargeSettings {
        if (minYuan < 1 || maxYuan < minYuan || maxYuan > 100_000_000L) {
            throw new IllegalArgumentException("recharge amounts run from at least 1 yuan to at most 100,000,000 yuan");
        }
        if (maxOpenOrders < 1 || checkBatch < 1) {
            throw new IllegalArgumentException("a user may have at least one open order, and a round checks at least one");
        }
        requirePositive(orderExpiry, "orderExpiry");
        requirePositive(firstCheck, "firstCheck");
        requirePositive(longestCheckDelay, "longestCheckDelay");
        if (description == null || description.isBlank() || description.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("the description has 1 to " + MAX_DESCRIPTION + " characters");
        }
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
