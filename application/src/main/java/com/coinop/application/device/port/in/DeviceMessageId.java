package com.coinop.application.device.port.in;

import com.coinop.domain.shared.InvalidValueException;

import java.util.regex.Pattern;

/**
 * The id a machine gives each of its messages (OCPP's message id): the same id again is the same message,
 * retried, and gets the first answer. 1–64 characters of letters, digits, {@code - _ . :}.
 */
public record DeviceMessageId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    public DeviceMessageId {
        InvalidValueException.require(value != null && FORMAT.matcher(value).matches(), "INVALID_MESSAGE_ID",
                "message_id 必须是 1–64 位字母、数字或 - _ . :");
    }
}
