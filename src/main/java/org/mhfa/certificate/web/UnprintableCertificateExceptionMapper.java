package org.mhfa.certificate.web;

import org.mhfa.certificate.UnprintableCertificateException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mhfa.platform.ErrorResponses;

/** A certificate the PDF cannot show: 422 with what to do, never a stack trace. */
public class UnprintableCertificateExceptionMapper {

    @ServerExceptionMapper
    public Response map(UnprintableCertificateException e, UriInfo uri) {
        return ErrorResponses.of(uri, 422, "The certificate cannot be printed", e.getMessage());
    }
}
