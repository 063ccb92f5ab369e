package com.coinop.adapter.web.usage;

import com.coinop.adapter.web.json.StrictJsonBody;

/** The body of {@code POST /wechat/jsapi/signature}: the full URL of the page that calls {@code wx.config}. */
public record JsSdkSignatureRequest(String url) implements StrictJsonBody {
}
