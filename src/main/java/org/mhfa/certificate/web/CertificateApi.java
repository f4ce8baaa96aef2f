package org.mhfa.certificate.web;

import org.mhfa.certificate.CertificateNotFoundException;
import org.mhfa.certificate.CertificateService;
import org.mhfa.certificate.CredentialDownloads;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mhfa.catalogue.Course;
import org.mhfa.identity.CurrentLearner;
import org.mhfa.platform.Roles;
import org.mhfa.progress.CertificateSummary;
import org.mhfa.progress.MyLearning;

/** The caller's own certificates; another trainee's code answers 404. */
@Path("/api/me/certificates")
@RolesAllowed(Roles.TRAINEE)
@Tag(name = "My learning")
public class CertificateApi {

    private final MyLearning myLearning;
    private final CertificateService certificates;
    private final CurrentLearner learner;
    private final CredentialDownloads credentials;

    CertificateApi(MyLearning myLearning, CertificateService certificates, CurrentLearner learner,
            CredentialDownloads credentials) {
        this.myLearning = myLearning;
        this.certificates = certificates;
        this.learner = learner;
        this.credentials = credentials;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "My certificates")
    public List<CertificateSummary> list() {
        return myLearning.certificates(learner.get());
    }

    @GET
    @Path("{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One of my certificates")
    public CertificateSummary get(@PathParam("code") String code) {
        String canonical = certificates.ownCertificate(learner.get(), code).code;
        return list().stream().filter(summary -> summary.code().equals(canonical)).findFirst()
                .orElseThrow(CertificateNotFoundException::new);
    }

    @GET
    @Path("{code}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "One of my certificates as PDF")
    public Response pdf(@PathParam("code") String code) {
        return CertificateResource.pdfResponse(certificates, certificates.ownCertificate(learner.get(), code));
    }

    @GET
    @Path("{code}/credential")
    @Produces({StatusListResource.VC_JWT, MediaType.APPLICATION_JSON})
    @Operation(summary = "One of my certificates as an Open Badges 3.0 credential: a VC-JWT, or with format=json the "
            + "credential as JSON and its VC-JWT")
    public Response credential(@PathParam("code") String code, @QueryParam("format") String format) {
        return credentials.response(certificates.ownCertificate(learner.get(), code), format);
    }
}
