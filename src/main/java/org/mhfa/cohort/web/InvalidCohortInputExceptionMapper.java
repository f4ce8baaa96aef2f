package org.mhfa.cohort.web;

import org.mhfa.cohort.InvalidCohortInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mhfa.platform.ErrorResponses;

/** Invalid cohort input: 400 with the message of each field. */
public class InvalidCohortInputExceptionMapper {

    @ServerExceptionMapper
    public Response map(InvalidCohortInputException e, UriInfo uri) {
        return ErrorResponses.of(uri, 400, "Invalid request", e.getMessage(), new java.util.TreeMap<>(e.errors()));
    }
}
