package com.coinop.application.port.in;

import com.coinop.application.port.out.SessionId;

/** Ends the browser's session on the server ({@code POST /wechat/logout}). */
public interface LogoutUseCase {

    void logout(SessionId sessionId);
}
