package com.coinop.adapter.wechat.mp;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * coinop's official account and WeChat's endpoints ({@code coinop.wechat.*}).
 *
 * @param appId      the official account's AppID
 * @param secret     the official account's AppSecret; never logged
 * @param oauthScope {@code snsapi_userinfo} (openid, nickname, avatar; asks the user once) or
 *                   {@code snsapi_base} (openid only, silent)
 * @param host       where WeChat's three hosts are; tests and the local run point them at a local server
 */
@ConfigurationProperties("coinop.wechat")
public record WechatProperties(
        String appId,
        String secret,
        @DefaultValue("snsapi_userinfo") String oauthScope,
        @DefaultValue Host host) {

    public static final String SCOPE_USERINFO = "snsapi_userinfo";
    public static final String SCOPE_BASE = "snsapi_base";

    public WechatProperties {
        appId = blankToNull(appId);
        secret = blankToNull(secret);
        // half a credential pair is a typo in the environment: refuse to start, naming what is missing
        if (appId != null && secret == null) {
            throw new IllegalArgumentException("coinop.wechat.secret is missing while coinop.wechat.app-id is set");
        }
        if (appId == null && secret != null) {
            throw new IllegalArgumentException("coinop.wechat.app-id is missing while coinop.wechat.secret is set");
        }
        oauthScope = oauthScope == null || oauthScope.isBlank() ? SCOPE_USERINFO : oauthScope.strip();
        if (!SCOPE_USERINFO.equals(oauthScope) && !SCOPE_BASE.equals(oauthScope)) {
            throw new IllegalArgumentException("coinop.wechat.oauth-scope must be snsapi_userinfo or snsapi_base, not " + oauthScope);
        }
        if (host == null) {
            host = new Host(null, null, null);
        }
    }

    /** Whether an account is configured (else only a {@link WechatMpStandIn}'s own account can be used). */
    public boolean configured() {
        return appId != null;
    }

    @Override
    public String toString() {
        // the generated toString would print the AppSecret into any log or failure report
        return "WechatProperties[appId=" + appId + ", secret=" + (secret == null ? "null" : "***")
                + ", oauthScope=" + oauthScope + ", host=" + host + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * WeChat's hosts, as WxJava's {@code WxMpHostConfig} names them.
     *
     * @param api  api.weixin.qq.com: code exchange, user info, access token, jsapi ticket
     * @param open open.weixin.qq.com: the OAuth2 authorize page
     * @param mp   mp.weixin.qq.com
     */
    public record Host(
            @DefaultValue("https://api.weixin.qq.com") URI api,
            @DefaultValue("https://open.weixin.qq.com") URI open,
            @DefaultValue("https://mp.weixin.qq.com") URI mp) {

        public Host {
            api = api == null ? URI.create("https://api.weixin.qq.com") : api;
            open = open == null ? URI.create("https://open.weixin.qq.com") : open;
            mp = mp == null ? URI.create("https://mp.weixin.qq.com") : mp;
        }

        /** All three hosts at one base URL, as a {@link WechatMpStandIn} serves them. */
        public static Host allAt(URI baseUrl) {
            return new Host(baseUrl, baseUrl, baseUrl);
        }
    }
}
