package org.mhfa.partner;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mhfa.identity.Roles;

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
    @Operation(summary = "Verify up to 1,000 codes: {\"codes\": [...]}; one answer per code, in order")
    public PartnerVerificationService.Result verifyCodes(JsonNode body) {
        PartnerAgency agency = caller.require(PartnerScope.VERIFY);
        if (body == null || !body.path("codes").isArray()) {
            throw new InvalidPartnerRequestException("Send a JSON object with an array 'codes'.", Map.of("codes", "missing"));
        }
        List<String> codes = new ArrayList<>(body.get("codes").size());
        body.get("codes").forEach(code -> codes.add(code.isTextual() ? code.asText() : code.isNull() ? null : code.toString()));
        return verifications.verifyCodes(agency, codes);
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Verify a staff roster: CSV with the header 'name,code', up to 1,000 rows; each row's status and whether the name matches")
    public PartnerVerificationService.Result verifyRoster(String csv) {
        return verifications.verifyRoster(caller.require(PartnerScope.VERIFY), csv);
    }

    @GET
    @Path("history")
    @Operation(summary = "The agency's own verifications, newest first")
    public PartnerHistory.HistoryPage history(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return history.page(caller.require(PartnerScope.VERIFY), page == null ? 0 : page, size == null ? 50 : size);
    }
}
