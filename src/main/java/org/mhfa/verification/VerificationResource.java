package org.mhfa.verification;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

        static native TemplateInstance notFound(String code);
    }

    private final VerificationService verification;

    VerificationResource(VerificationService verification) {
        this.verification = verification;
    }

    @GET
    public Response form(@QueryParam("code") String code) {
        if (code != null && !code.isBlank()) {
            return Response.seeOther(UriBuilder.fromPath("/verify/{code}").build(code.strip())).build();
        }
        return Response.ok(Templates.form("")).build();
    }

    @GET
    @Path("{code}")
    public Response verify(@PathParam("code") String code) {
        return verification.verify(code)
                .map(found -> Response.ok(Templates.result(found)))
                .orElseGet(() -> Response.status(404).entity(Templates.notFound(code.length() > 64 ? code.substring(0, 64) : code)))
                .header("Cache-Control", "no-store")
                .build();
    }
}
