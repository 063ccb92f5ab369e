package com.coinop.adapter.web.shared;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatusCode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Tomcat's last word on a request no web application saw: one it refused before any servlet ran (a
 * request line with characters the HTTP grammar forbids, headers past the size limit). It answers the
 * envelope of the status instead of Tomcat's HTML page; errors inside the application never reach it,
 * {@link ErrorEnvelopeController} has answered them already.
 */
public class EnvelopeErrorReportValve extends ErrorReportValve {

    private final JsonMapper jsonMapper;

    public EnvelopeErrorReportValve(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String body = jsonMapper.writeValueAsString(StatusErrors.forStatus(HttpStatusCode.valueOf(status)));
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was committed meanwhile: nothing more to say
            container.getLogger().debug("could not write the error envelope", e);
        }
    }
}
