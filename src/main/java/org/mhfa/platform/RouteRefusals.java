package org.mhfa.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;

/**
 * Refuses a request in a route that runs before any resource (too large, from another site), with a body like every
 * other refusal: problem+json under /api, the bare error page elsewhere.
 */
@ApplicationScoped
public class RouteRefusals {

    private final ObjectMapper json;

    RouteRefusals(ObjectMapper json) {
        this.json = json;
    }

    /** Ends the request with {@code status}; {@code cause} names the problem type as in {@link Problem#type(String)}. */
    public void refuse(RoutingContext context, int status, String cause, String title, String detail) {
        String path = context.normalizedPath();
        HttpServerResponse response = context.response().setStatusCode(status);
        if (ErrorResponses.isApi(path)) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(write(new Problem(Problem.type(cause), title, status, detail, path, null)));
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8").end(ErrorResponses.barePage(status, title, detail));
        }
    }

    private String write(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
