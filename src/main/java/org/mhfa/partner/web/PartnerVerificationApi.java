package org.mhfa.partner.web;

import org.mhfa.partner.InvalidPartnerRequestException;
import org.mhfa.partner.PartnerAgency;
import org.mhfa.partner.PartnerCaller;
import org.mhfa.partner.PartnerHistory;
import org.mhfa.partner.PartnerScope;
import org.mhfa.partner.PartnerVerificationService;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mhfa.platform.Paging;
import org.mhfa.platform.Roles;

/** Bulk verification for partner agencies (client-credentials token with the scope {@code verify}), and their history. */
@Path("/api/partner/verifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER)
@Tag(name = "Partner agencies")
public class PartnerVerificationApi {

    private final PartnerCaller caller;
    private final PartnerVerificationService verifications;
    private final PartnerHistory history;

    PartnerVerificationApi(PartnerCaller caller, PartnerVerificationService verifications, PartnerHistory history) {
        this.caller = caller;
        this.verifications = verifications;
        this.history = history;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "One answer per code",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = PartnerVerificationService.Result.class)))
    @Operation(summary = "Verify up to 1,000 codes: {\"codes\": [...]}; one answer per code, in order")
    public Response verifyCodes(JsonNode body) {
        long started = System.nanoTime();
        PartnerAgency agency = caller.require(PartnerScope.VERIFY);
        if (body == null || !body.path("codes").isArray()) {
            throw new InvalidPartnerRequestException("Send a JSON object with an array 'codes'.", Map.of("codes", "missing"));
        }
        List<String> codes = new ArrayList<>(body.get("codes").size());
        body.get("codes").forEach(code -> codes.add(code.isTextual() ? code.asText() : code.isNull() ? null : code.toString()));
        return timed(verifications.verifyCodes(agency, codes), started);
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Verify a staff roster: CSV with the header 'name,code', up to 1,000 rows; each row's status and whether the name matches")
    public Response verifyRoster(String csv) {
        long started = System.nanoTime();
        return timed(verifications.verifyRoster(caller.require(PartnerScope.VERIFY), csv), started);
    }

    /** The answer, with the time the platform took in a Server-Timing header (milliseconds). */
    private static Response timed(PartnerVerificationService.Result result, long started) {
        return Response.ok(result).header("Server-Timing", String.format(java.util.Locale.ROOT, "verify;dur=%.1f",
                (System.nanoTime() - started) / 1e6)).build();
    }

    @GET
    @Path("history")
    @Operation(summary = "The agency's own verifications, newest first")
    public PartnerHistory.HistoryPage history(@QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Pages count from 0.")
            @Max(value = Paging.MAX_PAGE, message = "There are not that many pages.") int page,
            @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "Ask for at least one entry.")
            @Max(value = 200, message = "Ask for at most 200 entries at a time.") int size) {
        return history.page(caller.require(PartnerScope.VERIFY), page, size);
    }
}
