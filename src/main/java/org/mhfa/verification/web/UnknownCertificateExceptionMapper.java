package org.mhfa.verification.web;

import org.mhfa.verification.UnknownCertificateException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mhfa.platform.Problem;

/** An unknown or malformed code on the public API: 404 with the one problem body that does not repeat the input. */
public class UnknownCertificateExceptionMapper {

    @ServerExceptionMapper
    public Response map(UnknownCertificateException e) {
        return Response.status(404).type(Problem.MEDIA_TYPE).entity(VerificationApi.NOT_FOUND).header("Cache-Control", "no-store").build();
    }
}
