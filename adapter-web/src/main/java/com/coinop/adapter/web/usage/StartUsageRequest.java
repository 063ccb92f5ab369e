package com.coinop.adapter.web.usage;

import com.coinop.adapter.web.json.StrictJsonBody;

/** The body of {@code POST /wechat/device/start}: the text of the machine's QR code, as the scanner read it. */
public record StartUsageRequest(String qr) implements StrictJsonBody {
}
