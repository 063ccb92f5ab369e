package com.coinop.domain.usage;

import com.coinop.domain.shared.DomainException;

/** No usage session with that id. */
public class UsageSessionNotFoundException extends DomainException {

    public UsageSessionNotFoundException(UsageSessionId id) {
        super("USAGE_NOT_FOUND", "上机记录不存在: " + id.value());
    }
}
