package org.mhfa.verification;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mhfa.certificate.CertificateNotFoundException;

/** Public verification over JSON: anyone may ask about a code. */
@Path("/api/verifications")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Verification")
public class VerificationApi {

    private final VerificationService verification;

    VerificationApi(VerificationService verification) {
        this.verification = verification;
    }

    @GET
    @Path("{code}")
    @Operation(summary = "The registry's record for a certificate code (any case, with or without dashes)")
    public Verification verify(@PathParam("code") String code) {
        return verification.verify(code).orElseThrow(CertificateNotFoundException::new);
    }
}
