package org.mhfa.verification;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

/** The public verification pages: type a code, or arrive from a certificate's QR code. No sign-in. */
@Path("/verify")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class VerificationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(String code);

        static native TemplateInstance result(Verification verification);

        static native TemplateInstance notFound();
    }

    private final VerificationService verification;
    private final VerificationRateLimit rateLimit;

    VerificationResource(VerificationService verification, VerificationRateLimit rateLimit) {
        this.verification = verification;
        this.rateLimit = rateLimit;
    }

    @GET
    public Response form(@QueryParam("code") String code) {
        if (code != null && !code.isBlank()) {
            return Response.seeOther(UriBuilder.fromPath("/verify/{code}").build(code.strip())).build();
        }
        return Response.ok(Templates.form("")).build();
    }

    /** The registry's record; unknown and malformed codes get one and the same page, which does not repeat the input. */
    @GET
    @Path("{code}")
    public Response verify(@PathParam("code") String code, @Context HttpServerRequest request) {
        String address = ClientAddress.of(request);
        rateLimit.check(address);
        return verification.verify(code, VerificationChannel.PUBLIC_PAGE, null, address)
                .map(found -> Response.ok(Templates.result(found)))
                .orElseGet(() -> Response.status(404).entity(Templates.notFound()))
                .header("Cache-Control", "no-store")
                .build();
    }
}
