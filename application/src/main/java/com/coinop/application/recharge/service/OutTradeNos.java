package com.coinop.application.recharge.service;

import com.coinop.domain.recharge.OutTradeNo;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Makes out_trade_no values: {@code R}, the creation time to the second, then ten random digits
 * ({@code R20261128123456} + {@code 0123456789}, 25 characters). The time makes them readable in
 * WeChat Pay's merchant platform; the random part makes them unguessable and, with the unique key,
 * unique across instances.
 */
public class OutTradeNos {

    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final long RANDOM_SPACE = 10_000_000_000L;

    private final SecureRandom random = new SecureRandom();

    public OutTradeNo next(LocalDateTime now) {
        return new OutTradeNo("R" + SECOND.format(now) + String.format("%010d", random.nextLong(RANDOM_SPACE)));
    }
}
