package com.coinop.adapter.web.session;

import com.coinop.application.signin.port.out.Session;
import com.coinop.domain.user.UserId;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.util.Optional;

/** Hands controllers {@link SignedInUser @SignedInUser UserId} and {@link CurrentSession @CurrentSession Optional<Session>}. */
public class SessionArgumentResolver implements HandlerMethodArgumentResolver {

    private final CurrentSessions currentSessions;

    public SessionArgumentResolver(CurrentSessions currentSessions) {
        this.currentSessions = currentSessions;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(SignedInUser.class)
                || parameter.hasParameterAnnotation(CurrentSession.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        if (parameter.hasParameterAnnotation(SignedInUser.class)) {
            requireType(parameter, parameter.getParameterType() == UserId.class, "@SignedInUser UserId");
            return currentSessions.requireSignedIn(request).userId();
        }
        requireType(parameter, parameter.getParameterType() == Optional.class
                && parameter.nestedIfOptional().getNestedParameterType() == Session.class,
                "@CurrentSession Optional<Session>");
        return currentSessions.find(request);
    }

    /* A misdeclared parameter is a programming error: fail loudly rather than hand over null. */
    private static void requireType(MethodParameter parameter, boolean matches, String expected) {
        if (!matches) {
            throw new IllegalStateException("handler parameter " + parameter + " must be declared as " + expected);
        }
    }
}
