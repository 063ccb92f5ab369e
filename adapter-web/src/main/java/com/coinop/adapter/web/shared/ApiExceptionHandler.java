package com.coinop.adapter.web.shared;

import com.coinop.adapter.web.json.JsonBodyProblem;
import com.coinop.adapter.web.json.RequestBodyLimitFilter;
import com.coinop.adapter.web.session.NotSignedInException;
import com.coinop.application.shared.port.in.RateLimitedException;
import com.coinop.application.shared.port.out.DependencyUnavailableException;
import com.coinop.domain.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.Optional;

/**
 * The one place where exceptions become responses: each domain, application and framework failure
 * gets its HTTP status and an envelope with a stable code. Messages of domain exceptions are written
 * for people and are passed on; anything unexpected is logged with its stack trace and answered with
 * a generic 500 that names no class, SQL or secret. It is left unordered on purpose: a module whose
 * callers expect another error format (WeChat Pay's notify answer) declares an ordered advice for
 * its own controllers, which then takes precedence over this one.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    /** An outage's retry hint: long enough for a reconnect or a failover, short enough for a page to retry. */
    private static final int RETRY_AFTER_OUTAGE_SECONDS = 5;

    @ExceptionHandler(NotSignedInException.class)
    ResponseEntity<Envelope<Object>> notSignedIn(NotSignedInException e) {
        return respond(HttpStatus.UNAUTHORIZED, StatusErrors.forStatus(HttpStatus.UNAUTHORIZED));
    }

    /**
     * Every domain and application refusal, with the status {@link DomainErrorStatuses} gives its class
     * and its message for the page; 429 (and a budget's 503) also says in Retry-After when to try again
     * (whole seconds, the wait the message gives in words). A 5xx refusal is logged as a warning; a refusal
     * nobody gave a status is a bug: 500, logged as an error.
     */
    @ExceptionHandler(DomainException.class)
    ResponseEntity<Envelope<Object>> refused(DomainException e, HttpServletRequest request) {
        Optional<HttpStatus> status = DomainErrorStatuses.of(e);
        if (status.isEmpty()) {
            log.error("no HTTP status for {} in {} {}", e.getClass().getName(), request.getMethod(),
                    request.getRequestURI(), e);
            return respond(HttpStatus.INTERNAL_SERVER_ERROR, StatusErrors.forStatus(HttpStatus.INTERNAL_SERVER_ERROR));
        }
        if (status.get().is5xxServerError()) {
            log.warn("{} {} refused: {} {}", request.getMethod(), request.getRequestURI(), e.code(), e.getMessage());
        }
        Envelope<Object> body = Envelope.failure(e.code(), e.getMessage());
        if (e instanceof RateLimitedException limited) {
            return respondRetryAfter(status.get(), limited.retryAfterSeconds(), body);
        }
        return respond(status.get(), body);
    }

    @ExceptionHandler(DependencyUnavailableException.class)
    ResponseEntity<Envelope<Object>> dependencyDown(DependencyUnavailableException e, HttpServletRequest request) {
        log.warn("{} unavailable during {} {}", e.dependency(), request.getMethod(), request.getRequestURI(), e);
        return respondRetryAfter(HttpStatus.SERVICE_UNAVAILABLE, RETRY_AFTER_OUTAGE_SECONDS,
                StatusErrors.forStatus(HttpStatus.SERVICE_UNAVAILABLE));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Envelope<Object>> unreadableBody(HttpMessageNotReadableException e) {
        if (isBodyTooLarge(e)) {
            return respond(HttpStatus.CONTENT_TOO_LARGE, StatusErrors.forStatus(HttpStatus.CONTENT_TOO_LARGE));
        }
        JsonBodyProblem problem = JsonBodyProblem.of(e);
        log.debug("unreadable request body: {}", problem, e);
        return respond(HttpStatus.BAD_REQUEST, Envelope.failure(problem.code(), problem.message()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Envelope<Object>> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return respond(e, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Envelope<Object>> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return respond(HttpStatus.NOT_ACCEPTABLE, StatusErrors.forStatus(HttpStatus.NOT_ACCEPTABLE));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Envelope<Object>> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return respond(e, HttpStatus.METHOD_NOT_ALLOWED);
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class, UnknownRouteException.class})
    ResponseEntity<Envelope<Object>> unknownRoute(Exception e) {
        return respond(HttpStatus.NOT_FOUND, StatusErrors.forStatus(HttpStatus.NOT_FOUND));
    }

    @ExceptionHandler(TypeMismatchException.class)
    ResponseEntity<Envelope<Object>> typeMismatch(TypeMismatchException e) {
        return respond(HttpStatus.BAD_REQUEST, StatusErrors.forStatus(HttpStatus.BAD_REQUEST));
    }

    /**
     * Everything else. Spring's own request errors carry their status and are answered with it;
     * the rest is a bug or an outage nobody translated, so it is logged in full and answered 500.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Envelope<Object>> unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse framework && !framework.getStatusCode().is5xxServerError()) {
            log.debug("{} {} refused: {}", request.getMethod(), request.getRequestURI(), e.toString());
            return respond(framework, framework.getStatusCode());
        }
        log.error("unexpected failure in {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, StatusErrors.forStatus(HttpStatus.INTERNAL_SERVER_ERROR));
    }

    private static boolean isBodyTooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RequestBodyLimitFilter.BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }

    /** Keeps the headers Spring prepared for the status (Allow for 405, Accept for 415). */
    private static ResponseEntity<Envelope<Object>> respond(ErrorResponse e, HttpStatusCode status) {
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(e.getHeaders());
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new ResponseEntity<>(StatusErrors.forStatus(status), headers, status);
    }

    /*
     * The content type is set, not negotiated: an error must reach the page as JSON even when its
     * Accept header asked for something else, rather than turn into a second error.
     */
    private static ResponseEntity<Envelope<Object>> respond(HttpStatusCode status, Envelope<Object> body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /** {@link #respond(HttpStatusCode, Envelope)} with a {@code Retry-After} of {@code seconds}. */
    private static ResponseEntity<Envelope<Object>> respondRetryAfter(HttpStatusCode status, long seconds,
                                                                      Envelope<Object> body) {
        return ResponseEntity.status(status).header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
