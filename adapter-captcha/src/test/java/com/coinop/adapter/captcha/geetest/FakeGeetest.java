package com.coinop.adapter.captcha.geetest;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.coinop.adapter.captcha.testing.FakeServers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A local stand-in for api.geetest.com speaking register.php and validate.php, recording every request. */
final class FakeGeetest implements AutoCloseable {

    /** One request as Geetest saw it. */
    record Received(String method, String path, String contentType, Map<String, String> params) {
    }

    /** How an endpoint answers. */
    record Answer(int status, String body, long delayBeforeHeadersMillis, long delayBeforeBodyMillis) {

        static Answer json(String body) {
            return new Answer(200, body, 0, 0);
        }

        static Answer status(int status, String body) {
            return new Answer(status, body, 0, 0);
        }

        static Answer slowHeaders(long millis, String body) {
            return new Answer(200, body, millis, 0);
        }

        static Answer slowBody(long millis, String body) {
            return new Answer(200, body, 0, millis);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Answer register = Answer.json("{\"success\":1,\"challenge\":\"\"}");
    private volatile Answer validate = Answer.json("{\"seccode\":\"false\"}");

    FakeGeetest() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/register.php", exchange -> answer(exchange, register));
        server.createContext("/validate.php", exchange -> answer(exchange, validate));
        // slow handlers must not hold up the next test's requests
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    void onRegister(Answer answer) {
        this.register = answer;
    }

    void onValidate(Answer answer) {
        this.validate = answer;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    Received only(String path) {
        List<Received> matching = received.stream().filter(r -> r.path().equals(path)).toList();
        if (matching.size() != 1) {
            throw new AssertionError("expected one request to " + path + " but got " + received);
        }
        return matching.get(0);
    }

    private void answer(HttpExchange exchange, Answer answer) throws IOException {
        try (exchange) {
            String query = exchange.getRequestURI().getRawQuery();
            String form = new String(exchange.getRequestBody().readAllBytes(), UTF_8);
            Map<String, String> params = new LinkedHashMap<>(FakeServers.parameters(query));
            params.putAll(FakeServers.parameters(form));
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Content-Type"), params));
            FakeServers.pause(answer.delayBeforeHeadersMillis());
            byte[] body = answer.body().getBytes(UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().flush();
            FakeServers.pause(answer.delayBeforeBodyMillis());
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException e) {
            // the adapter gave up and closed the connection: that is what the slow tests want
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
