package com.coinop.adapter.web.device;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** {@code POST /admin/devices/<id>/secret}: the machine and its new secret, shown this once. */
@JsonPropertyOrder({"id", "secret"})
public record DeviceSecretResponse(long id, String secret) {
}
