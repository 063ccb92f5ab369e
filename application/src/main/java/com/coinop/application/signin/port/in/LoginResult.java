package com.coinop.application.signin.port.in;

import com.coinop.application.signin.port.out.Session;
import com.coinop.domain.user.User;

/** The signed-in user and the session under its new id (the browser's cookie must change to it). */
public record LoginResult(User user, Session session) {
}
