package org.mhfa.xapi;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mhfa.platform.ErrorResponses;

/** Problem answers (RFC 9457 on the API, a page elsewhere) for the xapi feature's own failures. */
public class XapiExceptionMappers {

    /** Answers a statement query with bad filters with 400 and a problem body naming each bad parameter. */
    @ServerExceptionMapper
    public Response invalidStatementQuery(InvalidStatementQueryException e, UriInfo uri) {
        return ErrorResponses.of(uri, e, 400, "Invalid query", "Some filters of the statement query are invalid.", e.errors());
    }
}
