package com.coinop.adapter.persistence.session;

import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.UserId;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The value stored under a session key: {@code 1|<created epoch millis>|<user id>|<openid>}. An absent
 * user id or openid is an empty field (an openid is never blank). The openid comes last, so it may
 * hold any character, {@code |} included, without escaping.
 */
record StoredSession(Instant created, OpenId openId, UserId userId) {

    private static final String VERSION = "1";
    private static final String SEPARATOR = "|";
    private static final int FIELDS = 4;
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,19}");

    String encode() {
        return VERSION + SEPARATOR + created.toEpochMilli()
                + SEPARATOR + (userId == null ? "" : Long.toString(userId.value()))
                + SEPARATOR + (openId == null ? "" : openId.value());
    }

    /** The session a stored value describes, or empty when the value is not one this class wrote. */
    static Optional<StoredSession> decode(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String[] fields = value.split(Pattern.quote(SEPARATOR), FIELDS);
        if (fields.length != FIELDS || !VERSION.equals(fields[0]) || !DIGITS.matcher(fields[1]).matches()
                || !(fields[2].isEmpty() || DIGITS.matcher(fields[2]).matches())) {
            return Optional.empty();
        }
        try {
            Instant created = Instant.ofEpochMilli(Long.parseLong(fields[1]));
            UserId userId = fields[2].isEmpty() ? null : new UserId(Long.parseLong(fields[2]));
            OpenId openId = fields[3].isEmpty() ? null : new OpenId(fields[3]);
            return Optional.of(new StoredSession(created, openId, userId));
        } catch (RuntimeException notOurs) {
            return Optional.empty();
        }
    }
}
