package com.coinop.adapter.wechat.sandbox;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.coinop.adapter.wechat.sandbox.SandboxHttp.Request;
import com.coinop.adapter.wechat.sandbox.SandboxHttp.Response;

import tools.jackson.databind.node.ObjectNode;

/** The official account's server API in the sandbox: the app access token and the JS-SDK jsapi ticket. */
final class OfficialAccountSandbox {

    private final SandboxContext context;
    private final String jsapiTicket;
    private final Map<String, Instant> appTokens = new ConcurrentHashMap<>();

    OfficialAccountSandbox(SandboxContext context, String jsapiTicket) {
        this.context = context;
        this.jsapiTicket = jsapiTicket;
    }

    Response appToken(Request request) {
        Response credentials = WechatSandboxServer.checkCredentials(context, request.query(), "client_credential");
        if (credentials != null) {
            return credentials;
        }
        String accessToken = SandboxHttp.hex(32);
        appTokens.put(accessToken, context.now());
        ObjectNode answer = SandboxHttp.object();
        answer.put("access_token", accessToken);
        answer.put("expires_in", WechatSandboxServer.TOKEN_LIFETIME.toSeconds());
        return WechatSandboxServer.json(answer);
    }

    Response ticket(Request request) {
        Map<String, String> query = request.query();
        Instant issuedAt = appTokens.get(query.getOrDefault("access_token", ""));
        if (issuedAt == null) {
            return WechatSandboxServer.error(40001, "invalid credential, access_token is invalid or not latest");
        }
        if (!context.now().isBefore(issuedAt.plus(WechatSandboxServer.TOKEN_LIFETIME))) {
            return WechatSandboxServer.error(42001, "access_token expired");
        }
        if (!"jsapi".equals(query.get("type"))) {
            return WechatSandboxServer.error(40097, "invalid args");
        }
        ObjectNode answer = SandboxHttp.object();
        answer.put("errcode", 0);
        answer.put("errmsg", "ok");
        answer.put("ticket", jsapiTicket);
        answer.put("expires_in", WechatSandboxServer.TOKEN_LIFETIME.toSeconds());
        return WechatSandboxServer.json(answer);
    }
}
