package org.mhfa.certificate.web;

import org.mhfa.certificate.CertificateStateException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mhfa.platform.ErrorResponses;

/** Not allowed in the certificate's state: 409. */
public class CertificateStateExceptionMapper {

    @ServerExceptionMapper
    public Response map(CertificateStateException e, UriInfo uri) {
        return ErrorResponses.of(uri, 409, "Not possible for this certificate", e.getMessage());
    }
}
