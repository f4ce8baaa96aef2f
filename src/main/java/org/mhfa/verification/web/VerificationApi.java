package org.mhfa.verification.web;

import org.mhfa.verification.ClientNetwork;
import org.mhfa.verification.UnknownCertificateException;
import org.mhfa.verification.Verification;
import org.mhfa.verification.VerificationChannel;
import org.mhfa.verification.VerificationRateLimit;
import org.mhfa.verification.VerificationService;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseHeader;
import org.mhfa.platform.Problem;

/** Public verification over JSON: anyone may ask about a code, within the rate limit per client address. */
@Path("/api/verifications")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Verification")
public class VerificationApi {

    /** The one answer for unknown and malformed codes alike: it does not repeat the input. */
    static final Problem NOT_FOUND = new Problem(Problem.type(UnknownCertificateException.class), "Certificate not found", 404,
            "No certificate with this code was found. Check the code and try again.", null, null);

    private final VerificationService verification;
    private final VerificationRateLimit rateLimit;

    VerificationApi(VerificationService verification, VerificationRateLimit rateLimit) {
        this.verification = verification;
        this.rateLimit = rateLimit;
    }

    @GET
    @Path("{code}")
    @Operation(summary = "The registry's record for a certificate code (any case, with or without dashes)")
    @APIResponse(responseCode = "200", description = "The certificate's public record")
    @APIResponse(responseCode = "404", description = "No such certificate (the same answer for malformed codes)")
    @APIResponse(responseCode = "429", description = "Too many requests from this network; see Retry-After")
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    public Verification verify(@PathParam("code") String code, @Context HttpServerRequest request) {
        ClientNetwork network = ClientNetwork.of(request);
        rateLimit.check(network);
        return verification.verify(code, VerificationChannel.PUBLIC_API, null, network).orElseThrow(UnknownCertificateException::new);
    }
}
