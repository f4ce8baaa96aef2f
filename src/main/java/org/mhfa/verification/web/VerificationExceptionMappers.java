package org.mhfa.verification.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mhfa.platform.ErrorResponses;
import org.mhfa.platform.Problem;
import org.mhfa.verification.TooManyVerificationsException;
import org.mhfa.verification.UnknownCertificateException;

/** Problem answers (RFC 9457 on the API, a page elsewhere) for the verification feature's own failures. */
public class VerificationExceptionMappers {

    /** Over the rate limit: 429 with Retry-After, a problem body on the API and a page that says when to try again. */
    @ServerExceptionMapper
    public Response tooManyVerifications(TooManyVerificationsException e, UriInfo uri) {
        Response response = ErrorResponses.of(uri, e, 429, "Too many verifications", e.getMessage());
        return Response.fromResponse(response)
                .header("Retry-After", Long.toString(e.retryAfterSeconds()))
                .header("Cache-Control", "no-store")
                .build();
    }

    /** An unknown or malformed code on the public API: 404 with the one problem body that does not repeat the input. */
    @ServerExceptionMapper
    public Response unknownCertificate(UnknownCertificateException e) {
        return Response.status(404).type(Problem.MEDIA_TYPE).entity(VerificationApi.NOT_FOUND).header("Cache-Control", "no-store").build();
    }
}
