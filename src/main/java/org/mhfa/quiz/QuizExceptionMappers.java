package org.mhfa.quiz;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mhfa.platform.ErrorResponses;

/** Problem answers (RFC 9457 on the API, a page elsewhere) for the quiz feature's own failures. */
public class QuizExceptionMappers {

    /** No attempt allowed now: 409, with Retry-After when waiting helps. */
    @ServerExceptionMapper
    public Response attemptNotAllowed(AttemptNotAllowedException e, UriInfo uri) {
        Response response = ErrorResponses.of(uri, e, 409, "No attempt allowed now", e.getMessage());
        if (e.retryAt() == null) {
            return response;
        }
        long seconds = Math.max(1, Duration.between(Instant.now(), e.retryAt()).toSeconds());
        return Response.fromResponse(response).header("Retry-After", seconds).build();
    }

    /** An ungradable submission: 400 with a message per question. */
    @ServerExceptionMapper
    public Response invalidSubmission(InvalidSubmissionException e, UriInfo uri) {
        return ErrorResponses.of(uri, e, 400, "Invalid submission", e.getMessage(), new java.util.TreeMap<>(e.fieldErrors()));
    }

    /** An attempt or run that is not the learner's own, or does not exist: 404, the same answer for both. */
    @ServerExceptionMapper
    public Response attemptNotFound(AttemptNotFoundException e, UriInfo uri) {
        return ErrorResponses.of(uri, e, 404, "Not found", e.getMessage());
    }
}
