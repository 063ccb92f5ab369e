package com.coinop.adapter.web.json;

import com.coinop.adapter.web.shared.Envelope;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * Caps request bodies at {@code coinop.web.max-body-size}: a declared length past it is answered 413
 * with the envelope before a byte is read, and a body without a length (chunked) fails with
 * {@link BodyTooLargeException} at the first byte past it, which the error mapping answers 413 too. The
 * API's bodies are a few hundred bytes; nothing a stranger sends is read in full beyond the cap.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final byte[] refusal;

    public RequestBodyLimitFilter(long maxBytes, JsonMapper jsonMapper) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the body limit is at least one byte");
        }
        this.maxBytes = maxBytes;
        this.refusal = jsonMapper.writeValueAsBytes(Envelope.failure("PAYLOAD_TOO_LARGE",
                "请求体过大 (最多 " + maxBytes + " 字节)"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setContentLength(refusal.length);
            // the unread body is not drained: the connection closes after the answer
            response.setHeader("Connection", "close");
            response.getOutputStream().write(refusal);
            return;
        }
        chain.doFilter(new LimitedRequest(request, maxBytes), response);
    }

    /** The body read past the cap. */
    public static final class BodyTooLargeException extends IOException {
        BodyTooLargeException(long maxBytes) {
            super("request body larger than " + maxBytes + " bytes");
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream limited;

        LimitedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedInputStream(super.getInputStream(), maxBytes);
            }
            return limited;
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream body;
        private final long maxBytes;
        private long read;

        LimitedInputStream(ServletInputStream body, long maxBytes) {
            this.body = body;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int next = body.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, (int) Math.min(length, maxBytes - read + 1));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int bytes) throws BodyTooLargeException {
            read += bytes;
            if (read > maxBytes) {
                throw new BodyTooLargeException(maxBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
