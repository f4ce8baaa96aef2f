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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        return timed(verifications.verifyCodes(agency, codes(body.get("codes"))), started);
    }

    /** The codes as given; an empty or malformed code is answered in its entry, but a number or a list is not a code at all. */
    private static List<String> codes(JsonNode list) {
        List<String> codes = new ArrayList<>(list.size());
        Map<String, String> errors = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode code = list.get(i);
            if (!code.isTextual() && !code.isNull()) {
                errors.put("codes[" + i + "]", "not a string");
            }
            codes.add(code.isTextual() ? code.asText() : null);
        }
        if (!errors.isEmpty()) {
            throw new InvalidPartnerRequestException("Each code is a string, such as \"ABCDE-FGHJK-MNPQR-STVWX-YZ012-3\".", errors);
        }
        return codes;
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Verify a staff roster: CSV with the header 'name,code', up to 1,000 rows; each row's status and whether the name matches")
    public Response verifyRoster(byte[] csv, @Context HttpHeaders headers) {
        long started = System.nanoTime();
        return timed(verifications.verifyRoster(caller.require(PartnerScope.VERIFY), text(csv, headers.getMediaType())), started);
    }

    /** The roster's text in the charset its Content-Type names (UTF-8 when none); bytes that are not text in it are refused. */
    private static String text(byte[] body, MediaType type) {
        String named = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        Charset charset;
        try {
            charset = named == null ? StandardCharsets.UTF_8 : Charset.forName(named);
        } catch (IllegalArgumentException e) {
            throw new InvalidPartnerRequestException("The roster names a charset this platform does not know: send UTF-8.", Map.of("charset", named));
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidPartnerRequestException("The roster is not " + charset.name() + " text: save it as UTF-8 CSV and send it again.",
                    Map.of("roster", "not " + charset.name()));
        }
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
