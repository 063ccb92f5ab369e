package com.coinop.domain.usage;

/** Why a usage session ended; kept on the session. */
public enum UsageEndReason {
    /** The user ended it on the page ("下机"). */
    USER,
    /** The machine reported the end (the user logged off at the machine). */
    MACHINE,
    /** The balance paid for no further minute. */
    BALANCE_USED_UP,
    /** The machine sent no heartbeat for too long: ended at its last heartbeat. */
    MACHINE_SILENT,
    /** An operator ended it. */
    OPERATOR,
    /** The user was disabled. */
    USER_DISABLED,
    /** Ended before reasons were kept (migration V5). */
    UNRECORDED
}
