package org.mhfa.certificate.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mhfa.certificate.CertificateNotFoundException;
import org.mhfa.certificate.CertificateStateException;
import org.mhfa.certificate.UnprintableCertificateException;
import org.mhfa.platform.ErrorResponses;

/** Problem answers (RFC 9457 on the API, a page elsewhere) for the certificate feature's own failures. */
public class CertificateExceptionMappers {

    /** Unknown certificate, or someone else's: 404, the same answer either way. */
    @ServerExceptionMapper
    public Response certificateNotFound(CertificateNotFoundException e, UriInfo uri) {
        return ErrorResponses.of(uri, e, 404, "Certificate not found", e.getMessage());
    }

    /** Not allowed in the certificate's state: 409. */
    @ServerExceptionMapper
    public Response certificateState(CertificateStateException e, UriInfo uri) {
        return ErrorResponses.of(uri, e, 409, "Not possible for this certificate", e.getMessage());
    }

    /** A certificate the PDF cannot show: 422 with what to do, never a stack trace. */
    @ServerExceptionMapper
    public Response unprintableCertificate(UnprintableCertificateException e, UriInfo uri) {
        return ErrorResponses.of(uri, e, 422, "The certificate cannot be printed", e.getMessage());
    }
}
