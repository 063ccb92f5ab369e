package com.coinop.domain.usage;

import com.coinop.domain.shared.NotFoundException;

/** No usage session with that id. */
public class UsageSessionNotFoundException extends NotFoundException {

    public UsageSessionNotFoundException(UsageSessionId id) {
        super("USAGE_NOT_FOUND", "上机记录不存在: " + id.value());
    }
}
