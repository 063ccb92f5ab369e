package com.coinop.application.signin.service;

import com.coinop.application.shared.port.in.ClientAddress;
import com.coinop.application.signin.port.out.SessionId;
import com.coinop.domain.user.Mobile;
import com.coinop.domain.user.OpenId;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The names sign-in limits count under, one place for all of them. A session is named by a hash of its
 * id, never the id itself (a credential, and Redis keys show up in monitoring).
 */
final class SignInSubjects {

    private SignInSubjects() {
    }

    static String mobile(String limit, Mobile mobile) {
        return limit + ":mobile:" + mobile.value();
    }

    static String openId(String limit, OpenId openId) {
        return limit + ":openid:" + openId.value();
    }

    static String address(String limit, ClientAddress address) {
        return limit + ":ip:" + address.key();
    }

    static String session(String limit, SessionId session) {
        return limit + ":session:" + sha256(session.value()).substring(0, 32);
    }

    static String everyone(String limit) {
        return limit + ":all";
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
