package org.mhfa.cohort.web;

import org.mhfa.cohort.CohortNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mhfa.platform.ErrorResponses;

/** Unknown (or someone else's) cohort or session: 404. */
public class CohortNotFoundExceptionMapper {

    @ServerExceptionMapper
    public Response map(CohortNotFoundException e, UriInfo uri) {
        return ErrorResponses.of(uri, 404, "Not found", e.getMessage());
    }
}
