package com.coinop.adapter.wechat.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The sandbox's small HTTP toolkit: a request as read, a response to write, WeChat's JSON through Jackson. */
final class SandboxHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private SandboxHttp() {
    }

    /** A request as it arrived: method, path, the raw and the decoded query, headers and the body's bytes. */
    record Request(String method, String path, String rawQuery, Map<String, String> query, HttpExchange exchange, byte[] body) {

        String header(String name) {
            return exchange.getRequestHeaders().getFirst(name);
        }

        String bodyText() {
            return new String(body, UTF_8);
        }

        /** The path with its query, as WeChat Pay signs it. */
        String pathAndQuery() {
            return exchange.getRequestURI().getRawPath() + (rawQuery == null ? "" : "?" + rawQuery);
        }
    }

    /** What to answer. */
    record Response(int status, Map<String, String> headers, byte[] body) {

        static Response of(int status, String contentType, String body) {
            Map<String, String> headers = new LinkedHashMap<>();
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            return new Response(status, headers, body.getBytes(UTF_8));
        }

        static Response json(int status, String contentType, JsonNode body) {
            return of(status, contentType, JSON.writeValueAsString(body));
        }

        static Response redirect(String location) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Location", location);
            return new Response(302, headers, new byte[0]);
        }

        Response with(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Response(status, more, body);
        }

        String bodyText() {
            return new String(body, UTF_8);
        }
    }

    /** A part of the sandbox answering one path prefix. */
    interface Handler {
        Response handle(Request request) throws IOException;
    }

    static Request read(HttpExchange exchange) throws IOException {
        String rawQuery = exchange.getRequestURI().getRawQuery();
        return new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), rawQuery, decode(rawQuery), exchange,
                exchange.getRequestBody().readAllBytes());
    }

    static void write(HttpExchange exchange, Response response) throws IOException {
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        byte[] body = response.body();
        // 204 and 304 carry no body; -1 tells the server to send no Content-Length and no chunked body
        boolean none = body.length == 0 || response.status() == 204;
        exchange.sendResponseHeaders(response.status(), none ? -1 : body.length);
        if (!none) {
            exchange.getResponseBody().write(body);
        }
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static JsonNode parse(String text) {
        return JSON.readTree(text);
    }

    /** The text of a string field, or null when missing or not a string. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.stringValue() : null;
    }

    static Map<String, String> decode(String encoded) {
        Map<String, String> params = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return params;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.putIfAbsent(URLDecoder.decode(name, UTF_8), URLDecoder.decode(value, UTF_8));
        }
        return params;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, UTF_8);
    }

    /** {@code bytes} random bytes as lower-case hex. */
    static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** {@code length} random letters and digits, as WeChat's nonces are. */
    static String alphanumeric(int length) {
        String symbols = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(symbols.charAt(RANDOM.nextInt(symbols.length())));
        }
        return out.toString();
    }

    static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
