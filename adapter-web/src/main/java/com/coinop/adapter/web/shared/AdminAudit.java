package com.coinop.adapter.web.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log of what operators changed through the admin API, one INFO line per change under the logger
 * {@code coinop.admin.audit}: who ("admin": the token names no person), what, and the ids. Never the token.
 */
public final class AdminAudit {

    private static final Logger log = LoggerFactory.getLogger("coinop.admin.audit");

    private AdminAudit() {
    }

    /** One change: {@code what} is a short phrase, {@code details} its ids and values. */
    public static void changed(String what, String details) {
        log.info("admin {} {}", what, details);
    }
}
