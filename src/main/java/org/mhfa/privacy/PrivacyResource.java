package org.mhfa.privacy;

import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.mhfa.identity.CurrentLearner;
import org.mhfa.platform.FormResponses;
import org.mhfa.platform.Roles;

/** "My data": download everything held about me, or have it erased (with a plain statement of what stays). */
@Path("/me/privacy")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.TRAINEE)
public class PrivacyResource {

    static final String CONFIRM_ERROR = "Tick the box to confirm that you want your personal data erased and your account deleted.";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance privacy(List<ErasureService.KeptCertificate> certificates, String confirmError);

        static native TemplateInstance erased();
    }

    private final PersonalData personalData;
    private final ErasureService erasures;
    private final CurrentLearner learner;
    private final OidcSession session;

    PrivacyResource(PersonalData personalData, ErasureService erasures, CurrentLearner learner, OidcSession session) {
        this.personalData = personalData;
        this.erasures = erasures;
        this.learner = learner;
        this.session = session;
    }

    @GET
    public TemplateInstance privacy() {
        return Templates.privacy(erasures.certificatesKept(learner.get()), null);
    }

    @GET
    @Path("data")
    @Produces(MediaType.APPLICATION_JSON)
    public Response data() {
        return DataDownload.of(personalData.export(learner.get()));
    }

    @POST
    @Path("erasure")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response erase(@FormParam("confirm") String confirm) {
        if (!"yes".equals(confirm)) {
            return FormResponses.invalid(Templates.privacy(erasures.certificatesKept(learner.get()), CONFIRM_ERROR));
        }
        erasures.erase(learner.get());
        session.logout().await().indefinitely();
        return Response.seeOther(URI.create("/me/privacy/erased")).build();
    }

    @GET
    @Path("erased")
    @PermitAll
    public TemplateInstance erased() {
        return Templates.erased();
    }
}
