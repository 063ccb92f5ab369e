package com.coinop.adapter.web.signin;

import com.coinop.adapter.web.json.StrictJsonBody;

/** The body of {@code POST /wechat/login}: the mobile and the SMS code. */
public record LoginRequest(String mobile, String code) implements StrictJsonBody {
}
