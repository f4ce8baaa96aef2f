package org.mhfa.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mhfa.identity.CurrentLearner;
import org.mhfa.platform.Roles;

/** The caller's data rights over JSON: download everything held about them, or have it erased. Always the caller's own. */
@Path("/api/me")
@RolesAllowed(Roles.TRAINEE)
@Tag(name = "My data")
public class PrivacyApi {

    /** The explicit confirmation an erasure needs. */
    public record ErasureConfirmation(
            @NotNull(message = "set \"confirm\" to true to erase your personal data")
            @AssertTrue(message = "set \"confirm\" to true to erase your personal data") Boolean confirm) {
    }

    private final PersonalData personalData;
    private final ErasureService erasures;
    private final CurrentLearner learner;

    PrivacyApi(PersonalData personalData, ErasureService erasures, CurrentLearner learner) {
        this.personalData = personalData;
        this.erasures = erasures;
        this.learner = learner;
    }

    @GET
    @Path("data")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Download all my data (JSON)")
    public Response data() {
        return DataDownload.of(personalData.export(learner.get()));
    }

    @POST
    @Path("erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erase my personal data and delete my account now; issued certificates stay verifiable without my name")
    public ErasureService.ErasureReceipt erase(
            @Valid @NotNull(message = "send {\"confirm\": true}") ErasureConfirmation confirmation) {
        return erasures.erase(learner.get());
    }
}
