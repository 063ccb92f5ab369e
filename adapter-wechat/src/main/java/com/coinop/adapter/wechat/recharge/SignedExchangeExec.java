package com.coinop.adapter.wechat.recharge;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.util.Optional;

import org.apache.http.Header;
import org.apache.http.HttpEntity;
import org.apache.http.HttpEntityEnclosingRequest;
import org.apache.http.HttpException;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpExecutionAware;
import org.apache.http.client.methods.HttpRequestWrapper;
import org.apache.http.client.protocol.HttpClientContext;
import org.apache.http.conn.routing.HttpRoute;
import org.apache.http.entity.BufferedHttpEntity;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.impl.execchain.ClientExecChain;
import org.apache.http.util.EntityUtils;

import com.github.binarywang.wxpay.v3.Credentials;

/**
 * Signs every request to WeChat Pay with the merchant key (WxJava's {@link Credentials}) and refuses every
 * answer WeChat Pay did not sign. In place of WxJava's {@code SignatureExec}, which does both only for hosts
 * ending in {@code .mch.weixin.qq.com} (any other base URL silently goes unsigned and unverified) and verifies
 * JSON answers only. A successful answer must be signed, whatever it carries (a 204 too: WeChat Pay signs the
 * empty body); an error answer is checked when it carries a signature, as WeChat Pay's own SDK reads unsigned
 * gateway errors.
 */
final class SignedExchangeExec implements ClientExecChain {

    private final ClientExecChain next;
    private final Credentials credentials;
    private final WechatPaySignatures signatures;

    SignedExchangeExec(ClientExecChain next, Credentials credentials, WechatPaySignatures signatures) {
        this.next = next;
        this.credentials = credentials;
        this.signatures = signatures;
    }

    @Override
    public CloseableHttpResponse execute(HttpRoute route, HttpRequestWrapper request, HttpClientContext context,
                                         HttpExecutionAware execAware) throws IOException, HttpException {
        if (request instanceof HttpEntityEnclosingRequest enclosing && enclosing.getEntity() != null) {
            // read twice: once to sign, once to send
            enclosing.setEntity(new BufferedHttpEntity(enclosing.getEntity()));
        }
        request.setHeader("Authorization", credentials.getSchema() + " " + credentials.getToken(request));
        CloseableHttpResponse response = next.execute(route, request, context, execAware);
        try {
            String body = readBody(response);
            int status = response.getStatusLine().getStatusCode();
            boolean success = status >= 200 && status < 300;
            if (success || response.getFirstHeader(WechatPaySignatures.SIGNATURE) != null) {
                Optional<String> problem = signatures.problem(header(response, WechatPaySignatures.SERIAL),
                        header(response, WechatPaySignatures.TIMESTAMP), header(response, WechatPaySignatures.NONCE), body,
                        header(response, WechatPaySignatures.SIGNATURE));
                if (problem.isPresent()) {
                    throw new HttpException("the answer of WeChat Pay (HTTP " + status + ") is refused: " + problem.get());
                }
            }
            return response;
        } catch (IOException | HttpException | RuntimeException e) {
            response.close();
            throw e;
        }
    }

    /** Reads the body once, keeping it readable for WxJava after the check. */
    private static String readBody(CloseableHttpResponse response) throws IOException {
        HttpEntity entity = response.getEntity();
        if (entity == null) {
            return "";
        }
        byte[] bytes = EntityUtils.toByteArray(entity);
        ByteArrayEntity copy = new ByteArrayEntity(bytes);
        copy.setContentType(entity.getContentType());
        copy.setContentEncoding(entity.getContentEncoding());
        response.setEntity(copy);
        return new String(bytes, UTF_8);
    }

    private static String header(CloseableHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }
}
