package com.coinop.adapter.web.shared;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring Boot's error page: whatever the servlet container turns into an error outside
 * Spring MVC (a failing filter, a request Tomcat refuses, a {@code sendError}) is answered with the
 * envelope too, never with the Whitelabel HTML page or Boot's default JSON with its exception field.
 */
@RestController
public class ErrorEnvelopeController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorEnvelopeController.class);

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<Envelope<Object>> error(HttpServletRequest request) {
        HttpStatusCode status = status(request);
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure instanceof Throwable t) {
            log.error("unhandled failure in {}", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), t);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(StatusErrors.forStatus(status));
    }

    private static HttpStatusCode status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value && value >= 400 && value <= 599) {
            return HttpStatusCode.valueOf(value);
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
