package com.coinop.application.port.in;

import com.coinop.application.port.out.Session;
import com.coinop.domain.user.User;

/** The signed-in user and the session under its new id (the browser's cookie must change to it). */
public record LoginResult(User user, Session session) {
}
