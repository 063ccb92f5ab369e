package com.coinop.adapter.persistence.signin;

import com.coinop.adapter.persistence.shared.StoredText;
import com.coinop.application.signin.port.out.Session;
import com.coinop.application.signin.port.out.SessionId;
import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.WechatProfile;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The value stored under a session key:
 * {@code 2|<created epoch millis>|<user id>|<nickname>|<avatar>|<openid>}, nickname and avatar
 * URL-encoded (so never holding {@code |}). An absent value is an empty field (an openid is never
 * blank). The openid comes last, so it may hold any character without escaping. Version 1 values
 * ({@code 1|<created>|<user id>|<openid>}, no profile), written before the profile was kept, are still read.
 */
record StoredSession(Instant created, OpenId openId, UserId userId, WechatProfile profile) {

    private static final String VERSION = "2";
    private static final String VERSION_WITHOUT_PROFILE = "1";
    private static final String SEPARATOR = "|";
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,19}");

    Session toSession(SessionId id) {
        return new Session(id, openId, userId, profile);
    }

    String encode() {
        return VERSION + SEPARATOR + created.toEpochMilli()
                + SEPARATOR + (userId == null ? "" : Long.toString(userId.value()))
                + SEPARATOR + StoredText.encode(profile.nickName())
                + SEPARATOR + StoredText.encode(profile.headImgUrl())
                + SEPARATOR + (openId == null ? "" : openId.value());
    }

    /** The session a stored value describes, or empty when the value is not one this class wrote. */
    static Optional<StoredSession> decode(String value) {
        if (value == null) {
            return Optional.empty();
        }
        boolean withProfile = value.startsWith(VERSION + SEPARATOR);
        if (!withProfile && !value.startsWith(VERSION_WITHOUT_PROFILE + SEPARATOR)) {
            return Optional.empty();
        }
        int fieldCount = withProfile ? 6 : 4;
        String[] fields = value.split(Pattern.quote(SEPARATOR), fieldCount);
        if (fields.length != fieldCount || !DIGITS.matcher(fields[1]).matches()
                || !(fields[2].isEmpty() || DIGITS.matcher(fields[2]).matches())) {
            return Optional.empty();
        }
        try {
            Instant created = Instant.ofEpochMilli(Long.parseLong(fields[1]));
            UserId userId = fields[2].isEmpty() ? null : new UserId(Long.parseLong(fields[2]));
            WechatProfile profile = withProfile
                    ? new WechatProfile(StoredText.decode(fields[3]), StoredText.decode(fields[4]))
                    : WechatProfile.NONE;
            String openId = fields[fieldCount - 1];
            return Optional.of(new StoredSession(created, openId.isEmpty() ? null : new OpenId(openId), userId, profile));
        } catch (RuntimeException notOurs) {
            return Optional.empty();
        }
    }
}
