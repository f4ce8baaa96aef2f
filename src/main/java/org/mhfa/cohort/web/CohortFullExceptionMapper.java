package org.mhfa.cohort.web;

import org.mhfa.cohort.CohortFullException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mhfa.platform.ErrorResponses;

/** A cohort without enough places left: 409. */
public class CohortFullExceptionMapper {

    @ServerExceptionMapper
    public Response map(CohortFullException e, UriInfo uri) {
        return ErrorResponses.of(uri, 409, "Cohort full", e.getMessage());
    }
}
