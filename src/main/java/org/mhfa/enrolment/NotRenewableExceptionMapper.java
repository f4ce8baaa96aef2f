package org.mhfa.enrolment;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mhfa.platform.ErrorResponses;

/** Enrolling in a refresher outside the renewal window: 409 with what to do instead. */
public class NotRenewableExceptionMapper {

    @ServerExceptionMapper
    public Response map(NotRenewableException e, UriInfo uri) {
        return ErrorResponses.of(uri, 409, "Renewal not possible now", e.getMessage());
    }
}
