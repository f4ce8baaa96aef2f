package org.mhfa.cohort.web;

import org.mhfa.cohort.RunNotFinishedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mhfa.platform.ErrorResponses;

/** The ZIP of a run that has not finished: 409. */
public class RunNotFinishedExceptionMapper {

    @ServerExceptionMapper
    public Response map(RunNotFinishedException e, UriInfo uri) {
        return ErrorResponses.of(uri, 409, "Run not finished", e.getMessage());
    }
}
