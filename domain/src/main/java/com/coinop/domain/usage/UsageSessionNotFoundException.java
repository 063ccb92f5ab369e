package com.coinop.domain.usage;

import com.coinop.domain.shared.NotFoundException;
import com.coinop.domain.user.UserId;

/** No usage session with that id, or none in progress for a user. */
public class UsageSessionNotFoundException extends NotFoundException {

    public UsageSessionNotFoundException(UsageSessionId id) {
        super("USAGE_NOT_FOUND", "上机记录不存在: " + id.value());
    }

    private UsageSessionNotFoundException(String message) {
        super("USAGE_NOT_FOUND", message);
    }

    /** The user is using no machine now. */
    public static UsageSessionNotFoundException noneInProgress(UserId userId) {
        return new UsageSessionNotFoundException("您当前没有正在使用的设备");
    }
}
