package com.coinop.adapter.wechat.sandbox;

import static com.coinop.adapter.wechat.sandbox.SandboxHttp.encode;
import static com.coinop.adapter.wechat.sandbox.SandboxHttp.escapeHtml;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.coinop.adapter.wechat.sandbox.SandboxHttp.Request;
import com.coinop.adapter.wechat.sandbox.SandboxHttp.Response;

import tools.jackson.databind.node.ObjectNode;

/**
 * WeChat's web-page OAuth2 in the sandbox: the authorize page (a form to pick a test openid, or skipped with
 * {@code sandbox_openid}), the code exchange (once, within five minutes), user info, and a plain avatar.
 */
final class OAuthSandbox {

    /** What the user granted on the authorize page. */
    private record Grant(String openId, String nickName, String scope, Instant issuedAt) {
    }

    private final SandboxContext context;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Boolean> usedCodes = new ConcurrentHashMap<>();
    private final Map<String, Grant> userTokens = new ConcurrentHashMap<>();

    OAuthSandbox(SandboxContext context) {
        this.context = context;
    }

    Response authorize(Request request) {
        Map<String, String> query = request.query();
        String redirectUri = query.get("redirect_uri");
        String scope = query.getOrDefault("scope", "");
        if (!context.appId().equals(query.get("appid"))) {
            return WechatSandboxServer.html(400, "appid 参数错误", "<p>这个沙箱只认 appid " + escapeHtml(context.appId()) + "</p>");
        }
        if (redirectUri == null || !redirectUri.matches("https?://.+")) {
            return WechatSandboxServer.html(400, "redirect_uri 参数错误", "");
        }
        if (!"code".equals(query.get("response_type"))) {
            return WechatSandboxServer.html(400, "response_type 参数错误", "");
        }
        if (!scope.equals("snsapi_base") && !scope.equals("snsapi_userinfo")) {
            return WechatSandboxServer.html(400, "scope 参数错误或没有 scope 权限", "");
        }
        String openId = query.get("sandbox_openid");
        if (openId == null || openId.isBlank()) {
            return WechatSandboxServer.html(200, "微信沙箱 · 授权登录", form(query));
        }
        String nickName = query.getOrDefault("sandbox_nickname", "");
        String code = SandboxHttp.hex(16);
        codes.put(code, new Grant(openId.strip(), nickName.isBlank() ? "沙箱用户" : nickName.strip(), scope, context.now()));
        String state = query.getOrDefault("state", "");
        return Response.redirect(redirectUri + (redirectUri.contains("?") ? "&" : "?") + "code=" + code + "&state=" + encode(state));
    }

    Response codeToToken(Request request) {
        Map<String, String> query = request.query();
        Response credentials = WechatSandboxServer.checkCredentials(context, query, "authorization_code");
        if (credentials != null) {
            return credentials;
        }
        String code = query.get("code");
        if (code == null || code.isEmpty()) {
            return WechatSandboxServer.error(41008, "missing code");
        }
        if (usedCodes.containsKey(code)) {
            return WechatSandboxServer.error(40163, "code been used");
        }
        Grant grant = codes.remove(code);
        // WeChat answers an expired code like an unknown one
        if (grant == null || !context.now().isBefore(grant.issuedAt().plus(WechatSandboxServer.CODE_LIFETIME))) {
            return WechatSandboxServer.error(40029, "invalid code");
        }
        usedCodes.put(code, Boolean.TRUE);
        String accessToken = SandboxHttp.hex(24);
        userTokens.put(accessToken, new Grant(grant.openId(), grant.nickName(), grant.scope(), context.now()));
        ObjectNode answer = SandboxHttp.object();
        answer.put("access_token", accessToken);
        answer.put("expires_in", WechatSandboxServer.TOKEN_LIFETIME.toSeconds());
        answer.put("refresh_token", SandboxHttp.hex(24));
        answer.put("openid", grant.openId());
        answer.put("scope", grant.scope());
        return WechatSandboxServer.json(answer);
    }

    Response userInfo(Request request) {
        Map<String, String> query = request.query();
        Grant grant = userTokens.get(query.getOrDefault("access_token", ""));
        if (grant == null) {
            return WechatSandboxServer.error(40001, "invalid credential, access_token is invalid or not latest");
        }
        if (!context.now().isBefore(grant.issuedAt().plus(WechatSandboxServer.TOKEN_LIFETIME))) {
            return WechatSandboxServer.error(42001, "access_token expired");
        }
        if (!grant.openId().equals(query.get("openid"))) {
            return WechatSandboxServer.error(40003, "invalid openid");
        }
        if (!"snsapi_userinfo".equals(grant.scope())) {
            return WechatSandboxServer.error(48001, "api unauthorized");
        }
        ObjectNode answer = SandboxHttp.object();
        answer.put("openid", grant.openId());
        answer.put("nickname", grant.nickName());
        answer.put("sex", 0);
        answer.put("language", "");
        answer.put("city", "");
        answer.put("province", "");
        answer.put("country", "");
        answer.put("headimgurl", context.baseUrl() + "/sandbox/avatar/" + encode(grant.openId()));
        answer.putArray("privilege");
        return WechatSandboxServer.json(answer);
    }

    Response avatar(Request request) {
        // a plain picture, so the H5 page has something to show for headimgurl without reaching qlogo.cn
        return Response.of(200, "image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"132\" height=\"132\">"
                + "<rect width=\"132\" height=\"132\" fill=\"#07c160\"/></svg>");
    }

    private static String form(Map<String, String> query) {
        StringBuilder hidden = new StringBuilder();
        for (String name : new String[] {"appid", "redirect_uri", "response_type", "scope", "state"}) {
            hidden.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                    .append(escapeHtml(query.getOrDefault(name, ""))).append("\">");
        }
        return "<p>这是本地微信沙箱，不是微信。输入一个测试 openid 登录 " + escapeHtml(query.getOrDefault("scope", "")) + "。</p>"
                + "<form method=\"get\" action=\"/connect/oauth2/authorize\" accept-charset=\"utf-8\">" + hidden
                + "<label>openid <input name=\"sandbox_openid\" value=\"o-sandbox-user-1\" required maxlength=\"64\"></label><br>"
                + "<label>昵称 <input name=\"sandbox_nickname\" value=\"沙箱用户\"></label><br>"
                + "<button type=\"submit\">同意授权</button></form>";
    }
}
