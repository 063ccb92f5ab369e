package com.coinop.adapter.web.json;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What was wrong with a request body Spring could not read, as a code and a short message that
 * names the offending field. Jackson's own messages are never passed on: they name Java classes.
 *
 * @param code    INVALID_JSON (no body, not JSON, not an object), UNKNOWN_FIELD or INVALID_FIELD
 * @param message a short message for the page
 */
public record JsonBodyProblem(String code, String message) {

    /** Field names are echoed only when they look like field names: the page may show the message as HTML. */
    private static final Pattern PRINTABLE_FIELD = Pattern.compile("[A-Za-z0-9_.]{1,40}");

    public static JsonBodyProblem of(HttpMessageNotReadableException exception) {
        JacksonException jackson = findCause(exception, JacksonException.class);
        if (jackson == null) {
            return new JsonBodyProblem("INVALID_JSON", "请求体必须是 JSON 对象");
        }
        if (jackson instanceof UnrecognizedPropertyException unknown) {
            return new JsonBodyProblem("UNKNOWN_FIELD", "不支持的字段: " + printable(unknown.getPropertyName()));
        }
        String field = fieldPath(jackson);
        if (field == null) {
            return new JsonBodyProblem("INVALID_JSON", jackson instanceof MismatchedInputException
                    ? "请求体必须是 JSON 对象" : "请求体不是合法的 JSON");
        }
        if (jackson instanceof InvalidNullException) {
            return new JsonBodyProblem("INVALID_FIELD", printable(field) + " 不能为 null (不修改就不要传)");
        }
        if (jackson instanceof InputCoercionException) {
            return new JsonBodyProblem("INVALID_FIELD", printable(field) + " 超出取值范围");
        }
        return new JsonBodyProblem("INVALID_FIELD", printable(field) + expectation(jackson));
    }

    private static String expectation(JacksonException jackson) {
        Class<?> target = jackson instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return " 必须是整数";
        }
        if (target == String.class) {
            return " 必须是字符串";
        }
        if (target == BigDecimal.class) {
            return " 必须是数字";
        }
        if (target == Boolean.class || target == boolean.class) {
            return " 必须是 true 或 false";
        }
        return " 的类型不正确";
    }

    /** {@code a.b} for the property path of the error, or null when it is not inside a property. */
    private static String fieldPath(JacksonException jackson) {
        List<String> names = jackson.getPath().stream()
                .map(JacksonException.Reference::getPropertyName)
                .filter(Objects::nonNull)
                .toList();
        return names.isEmpty() ? null : names.stream().collect(Collectors.joining("."));
    }

    private static String printable(String field) {
        return field != null && PRINTABLE_FIELD.matcher(field).matches() ? field : "(无法显示的字段名)";
    }

    private static <T extends Throwable> T findCause(Throwable start, Class<T> type) {
        for (Throwable t = start; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
