package org.mhfa.scenario;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mhfa.platform.ErrorResponses;

/** Problem answers (RFC 9457 on the API, a page elsewhere) for the scenario feature's own failures. */
public class ScenarioExceptionMappers {

    /** A move that the play-through's state does not allow: 409. */
    @ServerExceptionMapper
    public Response scenarioChanged(ScenarioChangedException e, UriInfo uri) {
        return ErrorResponses.of(uri, e, 409, "Cannot continue the scenario", e.getMessage());
    }

    /** An attempt or run that is not the learner's own, or does not exist: 404, the same answer for both. */
    @ServerExceptionMapper
    public Response runNotFound(RunNotFoundException e, UriInfo uri) {
        return ErrorResponses.of(uri, e, 404, "Not found", e.getMessage());
    }
}
