package com.coinop.domain.usage;

/** STARTED → ENDED, once. */
public enum UsageState {
    STARTED,
    ENDED
}
