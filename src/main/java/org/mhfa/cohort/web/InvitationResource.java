package org.mhfa.cohort.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.mhfa.cohort.InvitationRefusedException;
import org.mhfa.cohort.Invitations;
import org.mhfa.identity.CurrentLearner;
import org.mhfa.platform.FormResponses;
import org.mhfa.platform.Roles;

/**
 * The signed-in person's own cohort invitations, to accept (joining the group and its course) or decline. Anyone
 * else's invitation is not found (404).
 */
@Path("/me/invitations")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.TRAINEE)
public class InvitationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance invitations(List<Invitations.Invitation> invitations, String refusal, boolean declined);
    }

    private final Invitations invitations;
    private final CurrentLearner learner;

    InvitationResource(Invitations invitations, CurrentLearner learner) {
        this.invitations = invitations;
        this.learner = learner;
    }

    @GET
    public TemplateInstance list(@QueryParam("declined") boolean declined) {
        return Templates.invitations(invitations.pending(learner.get()), null, declined);
    }

    /** Accepting joins the group and enrols in its course, then opens the course page. */
    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("id") Long id) {
        try {
            Invitations.Accepted accepted = invitations.accept(learner.get(), id);
            return Response.seeOther(URI.create("/courses/" + accepted.courseId())).build();
        } catch (InvitationRefusedException e) {
            return FormResponses.withStatus(409, Templates.invitations(invitations.pending(learner.get()), e.getMessage(), false));
        }
    }

    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@PathParam("id") Long id) {
        invitations.decline(learner.get(), id);
        return Response.seeOther(URI.create("/me/invitations?declined=true")).build();
    }
}
