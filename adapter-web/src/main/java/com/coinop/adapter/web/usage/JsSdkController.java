package com.coinop.adapter.web.usage;

import com.coinop.adapter.web.security.PageUrls;
import com.coinop.adapter.web.security.PageUrls.PageParameter;
import com.coinop.adapter.web.session.SignedInUser;
import com.coinop.adapter.web.shared.Envelope;
import com.coinop.application.usage.port.in.SignJsSdkPageUseCase;
import com.coinop.domain.user.UserId;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /wechat/jsapi/signature {url}}: the page's {@code wx.config}, so it may open WeChat's QR-code
 * scanner. Only a signed-in user's page is signed (the scanner starts a machine, which only they may do),
 * and only a page of the H5 app: signing any URL would lend the official account's JS-SDK to any site.
 */
@RestController
public class JsSdkController {

    private static final PageParameter URL = new PageParameter("url", "INVALID_URL", "调用 JS-SDK 的页面的完整地址");

    private final SignJsSdkPageUseCase signPage;
    private final PageUrls pageUrls;

    public JsSdkController(SignJsSdkPageUseCase signPage, PageUrls pageUrls) {
        this.signPage = signPage;
        this.pageUrls = pageUrls;
    }

    @PostMapping("/wechat/jsapi/signature")
    public Envelope<JsSdkConfigResponse> signature(@SignedInUser UserId userId, @RequestBody JsSdkSignatureRequest body,
                                                   HttpServletRequest request) {
        String page = pageUrls.requirePage(body.url(), URL, pageUrls.apiBaseUrl(request));
        return Envelope.ok(JsSdkConfigResponse.from(signPage.sign(page)));
    }
}
