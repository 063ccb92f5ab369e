package com.coinop.domain.money;

import com.coinop.domain.shared.InvalidValueException;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of money in fen (1 yuan = 100 fen). Never negative: a debit is a separate operation,
 * not a negative amount.
 */
public record Money(long fen) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);
    private static final long FEN_PER_YUAN = 100;

    public Money {
        InvalidValueException.require(fen >= 0, "INVALID_AMOUNT", "金额不能为负数");
    }

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    /** Whole yuan; refuses amounts whose fen would not fit in a {@code long}. */
    public static Money ofYuan(long yuan) {
        InvalidValueException.require(yuan >= 0 && yuan <= Long.MAX_VALUE / FEN_PER_YUAN,
                "INVALID_AMOUNT", "金额超出范围");
        return new Money(yuan * FEN_PER_YUAN);
    }

    /** This plus {@code other}; refuses a sum beyond {@code Long.MAX_VALUE} fen instead of wrapping. */
    public Money plus(Money other) {
        InvalidValueException.require(other.fen <= Long.MAX_VALUE - fen, "AMOUNT_OVERFLOW", "金额超出范围");
        return new Money(fen + other.fen);
    }

    /** This minus {@code other}; refuses a result below zero. */
    public Money minus(Money other) {
        InvalidValueException.require(other.fen <= fen, "INVALID_AMOUNT", "金额不足以扣减");
        return new Money(fen - other.fen);
    }

    /** This times {@code factor}; refuses a product beyond {@code Long.MAX_VALUE} fen instead of wrapping. */
    public Money times(long factor) {
        InvalidValueException.require(factor >= 0, "INVALID_AMOUNT", "倍数不能为负数");
        InvalidValueException.require(factor == 0 || fen <= Long.MAX_VALUE / factor, "AMOUNT_OVERFLOW", "金额超出范围");
        return new Money(fen * factor);
    }

    public Money min(Money other) {
        return fen <= other.fen ? this : other;
    }

    public boolean isZero() {
        return fen == 0;
    }

    public boolean isGreaterThan(Money other) {
        return fen > other.fen;
    }

    /** Yuan with exactly two decimals, as the wire shows it: 1250 fen is {@code 12.50}. */
    public BigDecimal toYuan() {
        return BigDecimal.valueOf(fen).movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    @Override
    public String toString() {
        return toYuan().toPlainString();
    }
}
