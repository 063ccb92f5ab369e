package com.coinop.adapter.web.device;

import com.coinop.application.device.port.in.AuthenticateDeviceUseCase;
import com.coinop.application.device.port.in.DeviceRequest;
import com.coinop.domain.device.DeviceId;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.io.IOException;

/** Hands controllers {@link AuthenticatedDevice @AuthenticatedDevice DeviceId}. */
public class DeviceArgumentResolver implements HandlerMethodArgumentResolver {

    private final AuthenticateDeviceUseCase authenticate;

    public DeviceArgumentResolver(AuthenticateDeviceUseCase authenticate) {
        this.authenticate = authenticate;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(AuthenticatedDevice.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        if (parameter.getParameterType() != DeviceId.class) {
            throw new IllegalStateException("handler parameter " + parameter + " must be declared as "
                    + "@AuthenticatedDevice DeviceId");
        }
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        byte[] body;
        try {
            body = BufferedBodyFilter.body(request);
        } catch (IOException e) {
            // a body past the cap, or a connection lost while reading: answered like any unreadable body
            throw new HttpMessageNotReadableException("the request body could not be read", e,
                    new ServletServerHttpRequest(request));
        }
        return authenticate.authenticate(new DeviceRequest(request.getMethod(), request.getRequestURI(), body,
                request.getHeader("X-Device-Id"), request.getHeader("X-Timestamp"), request.getHeader("X-Nonce"),
                request.getHeader("X-Signature")));
    }
}
