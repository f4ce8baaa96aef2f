package org.mhfa.enrolment;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mhfa.platform.ErrorResponses;

/** Problem answers (RFC 9457 on the API, a page elsewhere) for the enrolment feature's own failures. */
public class EnrolmentExceptionMappers {

    /** Progress recorded before enrolling: 409. */
    @ServerExceptionMapper
    public Response notEnrolled(NotEnrolledException e, UriInfo uri) {
        return ErrorResponses.of(uri, e, 409, "Not enrolled", e.getMessage());
    }

    /** Enrolling in a refresher outside the renewal window: 409 with what to do instead. */
    @ServerExceptionMapper
    public Response notRenewable(NotRenewableException e, UriInfo uri) {
        return ErrorResponses.of(uri, e, 409, "Renewal not possible now", e.getMessage());
    }
}
