package com.coinop.adapter.web.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The envelope of every JSON response, as the seed defines it plus a stable {@code error_code}.
 * All four keys are always written, null or not, whatever the application's Jackson defaults.
 * Controllers outside this module (the sign-in flow) answer with it too; it is therefore not named
 * like a *Response DTO, which the architecture rules keep inside this module.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"success", "result", "error", "error_code"})
public record Envelope<T>(boolean success, T result, String error, @JsonProperty("error_code") String errorCode) {

    public static <T> Envelope<T> ok(T result) {
        return new Envelope<>(true, result, null, null);
    }

    /** A refusal with no result: the usual shape of an error. */
    public static Envelope<Object> failure(String code, String message) {
        return new Envelope<>(false, null, message, code);
    }

    /** A refusal that still carries a result, as {@code /wechat/check} does with -1 and 0. */
    public static <T> Envelope<T> failure(T result, String code, String message) {
        return new Envelope<>(false, result, message, code);
    }
}
