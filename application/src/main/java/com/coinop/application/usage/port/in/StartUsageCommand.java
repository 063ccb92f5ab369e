package com.coinop.application.usage.port.in;

import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.user.UserId;

/** {@code userId} starts the machine named by {@code qr}, the text of its QR code as the scanner read it. */
public record StartUsageCommand(UserId userId, String qr) {

    public StartUsageCommand {
        InvalidValueException.require(userId != null, "INVALID_USAGE", "上机信息不完整");
        InvalidValueException.require(qr != null && !qr.isBlank(), "INVALID_QR", "缺少 qr: 扫描设备二维码得到的内容");
    }
}
