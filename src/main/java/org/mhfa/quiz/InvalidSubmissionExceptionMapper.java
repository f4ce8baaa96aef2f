package org.mhfa.quiz;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mhfa.platform.ErrorResponses;

/** An ungradable submission: 400 with a message per question. */
public class InvalidSubmissionExceptionMapper {

    @ServerExceptionMapper
    public Response map(InvalidSubmissionException e, UriInfo uri) {
        return ErrorResponses.of(uri, 400, "Invalid submission", e.getMessage(), new java.util.TreeMap<>(e.fieldErrors()));
    }
}
