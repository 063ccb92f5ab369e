package com.coinop.adapter.web.json;

import com.coinop.domain.money.Money;
import com.coinop.domain.shared.InvalidValueException;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

/** How amounts and times look on the wire: yuan with two decimals, {@code yyyy-MM-dd HH:mm:ss}. */
public final class WireFormat {

    /** The time format of every request and response, as the seed writes it. */
    public static final String TIME_PATTERN = "yyyy-MM-dd HH:mm:ss";

    /*
     * Built field by field rather than from the pattern: fixed widths refuse "2017-7-1" and signed or
     * five-digit years, and STRICT resolution refuses 2017-02-30 instead of rounding it to the 28th.
     */
    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4)
            .appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .appendLiteral(' ')
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .toFormatter()
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);

    /** The largest amount {@link #parseYuan} converts: far past any price, far below what fen in a long hold. */
    private static final BigDecimal LARGEST_YUAN = new BigDecimal("1000000000000");

    private WireFormat() {
    }

    /** Yuan with exactly two decimals: 1250 fen is {@code 12.50}, nothing is {@code 0.00}. */
    public static BigDecimal yuan(Money money) {
        return money == null ? null : money.toYuan();
    }

    /**
     * An amount the client sent in yuan (a JSON number, {@code 12.5} or {@code 12.50}) as money, or null
     * when it sent none. Only the range that fen can hold is converted; the use case checks its own bounds.
     *
     * @throws InvalidValueException {@code code}, naming the field, for a negative amount, one with more
     *                               than two decimals, or one too large to be any price
     */
    public static Money parseYuan(String field, String code, BigDecimal yuan) {
        if (yuan == null) {
            return null;
        }
        // compared before anything scales it: 1e999999999 must not become a billion-digit number
        InvalidValueException.require(yuan.signum() >= 0 && yuan.compareTo(LARGEST_YUAN) <= 0, code,
                field + " 必须是 0 到 " + LARGEST_YUAN.toPlainString() + " 之间的金额 (元)");
        try {
            return Money.ofFen(yuan.movePointRight(2).longValueExact());
        } catch (ArithmeticException moreThanTwoDecimals) {
            throw new InvalidValueException(code, field + " 最多两位小数 (元, 精确到分)");
        }
    }

    /** The time as the wire shows it; the domain's times are already in the business zone. */
    public static String time(LocalDateTime time) {
        if (time == null) {
            return null;
        }
        int year = time.getYear();
        if (year < 0 || year > 9999) {
            return TIME.format(time); // which refuses it, as it always has
        }
        // digit by digit: DateTimeFormatter was 8 % of the expense list's CPU (three times a row, bench/README.md)
        char[] text = {'0', '0', '0', '0', '-', '0', '0', '-', '0', '0', ' ', '0', '0', ':', '0', '0', ':', '0', '0'};
        digits(text, 0, year, 4);
        digits(text, 5, time.getMonthValue(), 2);
        digits(text, 8, time.getDayOfMonth(), 2);
        digits(text, 11, time.getHour(), 2);
        digits(text, 14, time.getMinute(), 2);
        digits(text, 17, time.getSecond(), 2);
        return new String(text);
    }

    private static void digits(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /**
     * A time the client sent in {@code field}, or null when it sent none.
     *
     * @throws InvalidValueException INVALID_TIME, naming the field and the format, when the text is
     *                               malformed or names a time that does not exist
     */
    public static LocalDateTime parseTime(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text, TIME);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("INVALID_TIME", field + " 必须是 " + TIME_PATTERN + " 格式的有效时间");
        }
    }
}
