package org.mhfa.cohort.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mhfa.cohort.Invitations;
import org.mhfa.identity.CurrentLearner;
import org.mhfa.platform.Roles;

/** The signed-in person's own cohort invitations over JSON; anyone else's invitation is not found (404). */
@Path("/api/me/invitations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.TRAINEE)
@Tag(name = "Cohorts")
public class InvitationApi {

    private final Invitations invitations;
    private final CurrentLearner learner;

    InvitationApi(Invitations invitations, CurrentLearner learner) {
        this.invitations = invitations;
        this.learner = learner;
    }

    @GET
    @Operation(summary = "My invitations to cohorts that wait for my answer, oldest first")
    public List<Invitations.Invitation> list() {
        return invitations.pending(learner.get());
    }

    @POST
    @Path("{id}/accept")
    @Operation(summary = "Accept an invitation: join the cohort and be enrolled in its course",
            description = "409 when it cannot be accepted now (a refresher without a certificate it can renew).")
    public Invitations.Accepted accept(@PathParam("id") Long id) {
        return invitations.accept(learner.get(), id);
    }

    @POST
    @Path("{id}/decline")
    @Operation(summary = "Decline an invitation: the place is freed and the instructor no longer sees the address")
    public Response decline(@PathParam("id") Long id) {
        invitations.decline(learner.get(), id);
        return Response.noContent().build();
    }
}
