package org.mhfa.certificate.web;

import io.quarkus.security.identity.SecurityIdentity;
import org.mhfa.certificate.Certificate;
import org.mhfa.certificate.CertificateAdministrator;
import org.mhfa.certificate.CertificateService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mhfa.identity.CurrentLearner;
import org.mhfa.platform.PlainText;
import org.mhfa.platform.Roles;

/**
 * Administrators look up, revoke and re-issue any certificate; instructors those of the trainees who joined a cohort of
 * the certificate's course that they lead. Any other certificate answers 404, exactly like an unknown code.
 */
@Path("/api/instructor/certificates/{code}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
@Tag(name = "Certificate administration")
public class CertificateAdministrationApi {

    /** A certificate as the registry holds it, with its revocation and re-issue record. */
    public record CertificateRecord(String code, String displayCode, String status, String holderName, String courseId,
            String courseTitle, String courseVersion, LocalDate issuedOn, LocalDate expiresOn, Instant revokedAt,
            String revocationReason, String revokedBy, String supersededBy, java.util.List<String> competencies,
            String instructorName) {
    }

    /** Why a certificate is revoked. */
    public record Revocation(@NotBlank(message = "give the reason for revoking") @Size(max = 500) @PlainText String reason) {
    }

    /** The corrected name for a re-issue. */
    public record Reissue(@NotBlank(message = "give the holder's corrected name") @Size(max = 200) @PlainText String holderName) {
    }

    private final CertificateService certificates;
    private final CurrentLearner caller;
    private final SecurityIdentity identity;

    CertificateAdministrationApi(CertificateService certificates, CurrentLearner caller, SecurityIdentity identity) {
        this.certificates = certificates;
        this.caller = caller;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "A certificate's full record", description = "Instructors: only certificates of trainees in cohorts "
            + "of the course that they lead; any other answers 404 like an unknown code.")
    public CertificateRecord get(@PathParam("code") String code) {
        return record(certificates.administered(code, administrator()));
    }

    @POST
    @Path("revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke a certificate, with a reason; verification then says 'revoked'")
    public CertificateRecord revoke(@PathParam("code") String code,
            @Valid @NotNull(message = "send a JSON body with 'reason'") Revocation revocation) {
        return record(certificates.revoke(code, revocation.reason().strip(), administrator()));
    }

    @POST
    @Path("reissue")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Re-issue under a new code with a corrected name; the old certificate is superseded")
    public Response reissue(@PathParam("code") String code,
            @Valid @NotNull(message = "send a JSON body with 'holderName'") Reissue reissue) {
        Certificate fresh = certificates.reissue(code, reissue.holderName().strip(), administrator());
        return Response.created(URI.create("/api/instructor/certificates/" + fresh.code)).entity(record(fresh)).build();
    }

    private CertificateAdministrator administrator() {
        return new CertificateAdministrator(caller.get(), identity.hasRole(Roles.ADMIN));
    }

    private CertificateRecord record(Certificate certificate) {
        return new CertificateRecord(certificate.code, certificate.displayCode(), certificates.status(certificate).name(),
                certificate.holderName, certificate.courseId, certificate.courseTitle, certificate.courseVersion,
                certificate.issuedOn, certificate.expiresOn, certificate.revokedAt, certificate.revocationReason,
                certificate.revokedBy, certificate.supersededBy, certificate.competencyList(), certificate.instructorName);
    }
}
