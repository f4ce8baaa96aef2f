package org.mhfa.scenario;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mhfa.platform.ErrorResponses;

/** A move that the play-through's state does not allow: 409. */
public class ScenarioChangedExceptionMapper {

    @ServerExceptionMapper
    public Response map(ScenarioChangedException e, UriInfo uri) {
        return ErrorResponses.of(uri, 409, "Cannot continue the scenario", e.getMessage());
    }
}
