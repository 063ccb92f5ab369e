package com.coinop.adapter.web.shared;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * The envelope for a failure known only by its HTTP status (framework and container errors), so
 * every such response has the same stable code and a message the page can show.
 */
public final class StatusErrors {

    private StatusErrors() {
    }

    public static Envelope<Object> forStatus(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        if (known == null) {
            return status.is4xxClientError()
                    ? Envelope.failure("BAD_REQUEST", "请求不正确")
                    : Envelope.failure("INTERNAL_ERROR", "服务器内部错误，请稍后再试");
        }
        return switch (known) {
            case BAD_REQUEST -> Envelope.failure("BAD_REQUEST", "请求不正确");
            case UNAUTHORIZED -> Envelope.failure("NOT_SIGNED_IN", "请先登录");
            case FORBIDDEN -> Envelope.failure("FORBIDDEN", "没有权限");
            case NOT_FOUND -> Envelope.failure("NOT_FOUND", "接口不存在");
            case METHOD_NOT_ALLOWED -> Envelope.failure("METHOD_NOT_ALLOWED", "不支持该请求方法");
            case NOT_ACCEPTABLE -> Envelope.failure("NOT_ACCEPTABLE", "只能返回 application/json");
            case CONTENT_TOO_LARGE -> Envelope.failure("PAYLOAD_TOO_LARGE", "请求体过大");
            case UNSUPPORTED_MEDIA_TYPE -> Envelope.failure("UNSUPPORTED_MEDIA_TYPE", "Content-Type 必须是 application/json");
            case TOO_MANY_REQUESTS -> Envelope.failure("RATE_LIMITED", "请求过于频繁，请稍后再试");
            case SERVICE_UNAVAILABLE -> Envelope.failure("SERVICE_UNAVAILABLE", "服务暂时不可用，请稍后再试");
            default -> known.is4xxClientError()
                    ? Envelope.failure("BAD_REQUEST", "请求不正确")
                    : Envelope.failure("INTERNAL_ERROR", "服务器内部错误，请稍后再试");
        };
    }
}
