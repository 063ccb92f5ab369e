package com.coinop.domain.usage;

import com.coinop.domain.shared.InvalidValueException;

/** The id of a usage session (and of the expense it becomes), positive. */
public record UsageSessionId(long value) {

    public UsageSessionId {
        InvalidValueException.require(value > 0, "INVALID_USAGE_ID", "消费记录编号无效");
    }
}
