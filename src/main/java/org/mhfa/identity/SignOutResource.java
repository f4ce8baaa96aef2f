package org.mhfa.identity;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /signout}: asks whether to sign out, with the form that does it; where a visit to the logout address lands. */
@Path(SignOutGuard.SIGN_OUT_PAGE)
@PermitAll
public class SignOutResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signout();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        return Templates.signout();
    }
}
