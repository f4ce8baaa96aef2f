package org.mhfa.quiz;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mhfa.platform.ErrorResponses;

/** No attempt allowed now: 409, with Retry-After when waiting helps. */
public class AttemptNotAllowedExceptionMapper {

    @ServerExceptionMapper
    public Response map(AttemptNotAllowedException e, UriInfo uri) {
        Response response = ErrorResponses.of(uri, 409, "No attempt allowed now", e.getMessage());
        if (e.retryAt() == null) {
            return response;
        }
        long seconds = Math.max(1, Duration.between(Instant.now(), e.retryAt()).toSeconds());
        return Response.fromResponse(response).header("Retry-After", seconds).build();
    }
}
