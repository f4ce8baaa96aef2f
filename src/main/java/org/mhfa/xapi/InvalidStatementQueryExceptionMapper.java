package org.mhfa.xapi;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mhfa.platform.ErrorResponses;

/** Answers a statement query with bad filters with 400 and a problem body naming each bad parameter. */
public class InvalidStatementQueryExceptionMapper {

    @ServerExceptionMapper
    public Response map(InvalidStatementQueryException e, UriInfo uri) {
        return ErrorResponses.of(uri, 400, "Invalid query", "Some filters of the statement query are invalid.", e.errors());
    }
}
