package com.coinop.adapter.wechat.signin;

import com.coinop.adapter.wechat.mp.WechatProperties;
import com.coinop.application.shared.port.out.DependencyUnavailableException;
import com.coinop.application.signin.port.out.OAuthCode;
import com.coinop.application.signin.port.out.WechatCodeRejectedException;
import com.coinop.application.signin.port.out.WechatIdentity;
import com.coinop.application.signin.port.out.WechatOAuthPort;
import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.WechatProfile;
import me.chanjar.weixin.common.bean.WxOAuth2UserInfo;
import me.chanjar.weixin.common.bean.oauth2.WxOAuth2AccessToken;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.service.WxOAuth2Service;
import me.chanjar.weixin.mp.api.WxMpService;

import java.util.Set;

/** WeChat web-page OAuth2 through WxJava: builds the authorize URL and turns a code into the user's identity. */
public class WxJavaOAuthAdapter implements WechatOAuthPort {

    /** 40029 invalid code (also an expired one), 40163 code been used, 41008 missing code: the user's code, not WeChat, is bad. */
    static final Set<Integer> CODE_REJECTED = Set.of(40029, 40163, 41008);

    private static final String DEPENDENCY = "wechat";
    private static final String LANG = "zh_CN";

    private final WxMpService wxMpService;
    private final String scope;

    public WxJavaOAuthAdapter(WxMpService wxMpService, String scope) {
        this.wxMpService = wxMpService;
        this.scope = scope;
    }

    @Override
    public String authorizationUrl(String callbackUrl, String state) {
        return oauth2().buildAuthorizationUrl(callbackUrl, scope, state);
    }

    @Override
    public WechatIdentity exchange(OAuthCode code) {
        try {
            WxOAuth2AccessToken token = oauth2().getAccessToken(code.value());
            OpenId openId = new OpenId(token.getOpenId());
            // with snsapi_base WeChat refuses the userinfo call (48001), and the token's own scope says
            // what the user granted, which may be narrower than what was asked for
            if (!WechatProperties.SCOPE_USERINFO.equals(scope) || !grants(token, WechatProperties.SCOPE_USERINFO)) {
                return new WechatIdentity(openId, WechatProfile.NONE);
            }
            WxOAuth2UserInfo user = oauth2().getUserInfo(token, LANG);
            return new WechatIdentity(openId, new WechatProfile(user.getNickname(), user.getHeadImgUrl()));
        } catch (WxErrorException e) {
            // the message is WeChat's errcode/errmsg JSON, never the request URL with the secret or token
            int errcode = e.getError() == null ? -1 : e.getError().getErrorCode();
            if (CODE_REJECTED.contains(errcode)) {
                throw new WechatCodeRejectedException(errcode);
            }
            throw new DependencyUnavailableException(DEPENDENCY, e);
        } catch (RuntimeException e) {
            // WxJava wraps transport and JSON failures in runtime exceptions; a malformed openid is garbage too
            throw new DependencyUnavailableException(DEPENDENCY, e);
        }
    }

    private WxOAuth2Service oauth2() {
        return wxMpService.getOAuth2Service();
    }

    private static boolean grants(WxOAuth2AccessToken token, String wanted) {
        String granted = token.getScope();
        // an answer without scope is taken at its word that the requested scope was granted
        return granted == null || Set.of(granted.split(",")).contains(wanted);
    }
}
