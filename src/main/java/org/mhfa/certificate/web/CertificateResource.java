package org.mhfa.certificate.web;

import org.mhfa.certificate.Certificate;
import org.mhfa.certificate.CertificateService;
import org.mhfa.certificate.CredentialDownloads;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.mhfa.identity.CurrentLearner;
import org.mhfa.platform.Roles;

/** A certificate's PDF and Open Badges credential, for its holder only. */
@Path("/certificates")
@RolesAllowed(Roles.TRAINEE)
public class CertificateResource {

    private final CertificateService certificates;
    private final CredentialDownloads credentials;
    private final CurrentLearner learner;

    CertificateResource(CertificateService certificates, CredentialDownloads credentials, CurrentLearner learner) {
        this.certificates = certificates;
        this.credentials = credentials;
        this.learner = learner;
    }

    @GET
    @Path("{code}/credential")
    @Produces({StatusListResource.VC_JWT, "application/json"})
    public Response credential(@PathParam("code") String code, @jakarta.ws.rs.QueryParam("format") String format) {
        return credentials.response(certificates.ownCertificate(learner.get(), code), format);
    }

    @GET
    @Path("{code}.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("code") String code) {
        return pdfResponse(certificates, certificates.ownCertificate(learner.get(), code));
    }

    static Response pdfResponse(CertificateService certificates, Certificate certificate) {
        return Response.ok(certificates.pdf(certificate), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"certificate-" + certificate.code.substring(0, 25) + ".pdf\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
