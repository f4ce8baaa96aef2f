package org.mhfa.catalogue.web;

import org.mhfa.catalogue.UnknownContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mhfa.platform.ErrorResponses;

/** Unknown course, lesson or knowledge check: 404. */
public class UnknownContentExceptionMapper {

    @ServerExceptionMapper
    public Response map(UnknownContentException e, UriInfo uri) {
        return ErrorResponses.of(uri, 404, "Not found", e.getMessage());
    }
}
