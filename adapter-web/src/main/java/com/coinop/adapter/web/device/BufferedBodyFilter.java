package com.coinop.adapter.web.device;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Lets the machines' API read its request bodies twice: once as bytes, for the signature, and once as
 * JSON. Only paths under {@code /device/} as routing sees them (decoded, so {@code /%64evice/} is one too);
 * the body is read (through the body cap, which runs first) when
 * something first asks for it, and kept.
 */
public class BufferedBodyFilter extends OncePerRequestFilter {

    static final String PATH_PREFIX = "/device/";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !UrlPathHelper.defaultInstance.getPathWithinApplication(request).startsWith(PATH_PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new BufferedBodyRequest(request), response);
    }

    /** The body's bytes; read from {@code request} at the first call, then kept. */
    static byte[] body(HttpServletRequest request) throws IOException {
        HttpServletRequest current = request;
        while (current instanceof HttpServletRequestWrapper wrapper) {
            if (wrapper instanceof BufferedBodyRequest buffered) {
                return buffered.bytes();
            }
            current = (HttpServletRequest) wrapper.getRequest();
        }
        throw new IllegalStateException("the request of " + request.getRequestURI() + " was not buffered");
    }

    private static final class BufferedBodyRequest extends HttpServletRequestWrapper {

        private byte[] bytes;

        BufferedBodyRequest(HttpServletRequest request) {
            super(request);
        }

        byte[] bytes() throws IOException {
            if (bytes == null) {
                bytes = super.getInputStream().readAllBytes();
            }
            return bytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ByteArrayInputStream in = new ByteArrayInputStream(bytes());
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already in memory");
                }
            };
        }
    }
}
