package com.coinop.adapter.web.shared;

import com.coinop.application.shared.port.in.PageQuery;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.user.UserId;

import java.util.regex.Pattern;

/**
 * The admin API's path and query parameters, read strictly: plain decimal digits without sign or leading
 * zero, within range, or a 400 naming the parameter (never Spring's generic type-mismatch 400).
 */
public final class AdminParameters {

    /** Rows of an admin list when the request names no size. */
    public static final int DEFAULT_SIZE = 20;

    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,17}");

    private AdminParameters() {
    }

    /** {@code ?page=&size=}: absent they are 1 and {@value #DEFAULT_SIZE}. */
    public static PageQuery page(String page, String size) {
        return new PageQuery(number(page, 1, "INVALID_PAGE", "page 必须是大于等于 1 的整数"),
                number(size, DEFAULT_SIZE, "INVALID_SIZE", "size 必须在 1 到 " + PageQuery.MAX_SIZE + " 之间"));
    }

    public static UserId userId(String text) {
        InvalidValueException.require(text != null && NUMBER.matcher(text).matches(), "INVALID_USER_ID", "用户编号无效");
        return new UserId(Long.parseLong(text));
    }

    public static DeviceId deviceId(String text) {
        InvalidValueException.require(text != null && NUMBER.matcher(text).matches(), "INVALID_DEVICE_ID", "设备编号无效");
        return new DeviceId(Long.parseLong(text));
    }

    private static int number(String text, int absent, String code, String message) {
        if (text == null) {
            return absent;
        }
        InvalidValueException.require(NUMBER.matcher(text).matches() && text.length() <= 9, code, message);
        return Integer.parseInt(text);
    }
}
