package org.mhfa.certificate.web;

import org.mhfa.certificate.CertificateNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mhfa.platform.ErrorResponses;

/** Unknown certificate, or someone else's: 404, the same answer either way. */
public class CertificateNotFoundExceptionMapper {

    @ServerExceptionMapper
    public Response map(CertificateNotFoundException e, UriInfo uri) {
        return ErrorResponses.of(uri, 404, "Certificate not found", e.getMessage());
    }
}
