package com.coinop.application.signin.port.out;

import com.coinop.application.shared.port.out.DependencyUnavailableException;

/** WeChat's OAuth2 for web pages of coinop's official account. */
public interface WechatOAuthPort {

    /** WeChat's authorize URL, which comes back to {@code callbackUrl} with a code and {@code state}. */
    String authorizationUrl(String callbackUrl, String state);

    /**
     * Exchanges {@code code} for the user's identity; WeChat accepts each code once.
     *
     * @throws WechatCodeRejectedException    when WeChat refuses the code
     * @throws DependencyUnavailableException when WeChat cannot be reached or answers garbage
     */
    WechatIdentity exchange(OAuthCode code);
}
