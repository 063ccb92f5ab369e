package com.coinop.domain.user;

import com.coinop.domain.shared.InvalidValueException;

import java.util.regex.Pattern;

/** A mainland China mobile number: 11 digits starting with 1 and a second digit of 3 to 9. */
public record Mobile(String value) {

    private static final Pattern MAINLAND = Pattern.compile("1[3-9][0-9]{9}");

    public Mobile {
        InvalidValueException.require(value != null && MAINLAND.matcher(value).matches(),
                "INVALID_MOBILE", "手机号码格式不正确");
    }

    /** 138****5678: what a log line may show. */
    public String masked() {
        return value.substring(0, 3) + "****" + value.substring(7);
    }

    @Override
    public String toString() {
        return masked();
    }
}
