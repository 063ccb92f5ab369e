package com.coinop.application.signin.port.in;

import com.coinop.application.signin.port.out.SessionId;

/** Ends the browser's session on the server ({@code POST /wechat/logout}). */
public interface LogoutUseCase {

    void logout(SessionId sessionId);
}
