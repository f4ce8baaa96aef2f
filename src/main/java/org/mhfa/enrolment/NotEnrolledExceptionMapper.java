package org.mhfa.enrolment;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mhfa.platform.ErrorResponses;

/** Progress recorded before enrolling: 409. */
public class NotEnrolledExceptionMapper {

    @ServerExceptionMapper
    public Response map(NotEnrolledException e, UriInfo uri) {
        return ErrorResponses.of(uri, 409, "Not enrolled", e.getMessage());
    }
}
