package org.mhfa.verification.web;

import org.mhfa.verification.TooManyVerificationsException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mhfa.platform.ErrorResponses;

/** Over the rate limit: 429 with Retry-After, a problem body on the API and a page that says when to try again. */
public class TooManyVerificationsExceptionMapper {

    @ServerExceptionMapper
    public Response map(TooManyVerificationsException e, UriInfo uri) {
        Response response = ErrorResponses.of(uri, 429, "Too many verifications", e.getMessage());
        return Response.fromResponse(response)
                .header("Retry-After", Long.toString(e.retryAfterSeconds()))
                .header("Cache-Control", "no-store")
                .build();
    }
}
