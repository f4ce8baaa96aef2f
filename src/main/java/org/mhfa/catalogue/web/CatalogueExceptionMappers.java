package org.mhfa.catalogue.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mhfa.catalogue.UnknownContentException;
import org.mhfa.platform.ErrorResponses;

/** Problem answers (RFC 9457 on the API, a page elsewhere) for the catalogue feature's own failures. */
public class CatalogueExceptionMappers {

    /** Unknown course, lesson or knowledge check: 404. */
    @ServerExceptionMapper
    public Response unknownContent(UnknownContentException e, UriInfo uri) {
        return ErrorResponses.of(uri, e, 404, "Not found", e.getMessage());
    }
}
