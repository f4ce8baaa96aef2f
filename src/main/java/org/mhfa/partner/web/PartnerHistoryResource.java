package org.mhfa.partner.web;

import org.mhfa.partner.PartnerAgency;
import org.mhfa.partner.PartnerCaller;
import org.mhfa.partner.PartnerHistory;
import org.mhfa.partner.PartnerScope;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.mhfa.platform.Paging;
import org.mhfa.platform.Roles;

/** The verification history page for the people who act for an agency (signed in, member of the agency). */
@Path("/partner/history")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.PARTNER)
public class PartnerHistoryResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance history(PartnerAgency agency, PartnerHistory.HistoryPage history);
    }

    private final PartnerCaller caller;
    private final PartnerHistory history;

    PartnerHistoryResource(PartnerCaller caller, PartnerHistory history) {
        this.caller = caller;
        this.history = history;
    }

    @GET
    public TemplateInstance history(@QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Pages count from 0.")
            @Max(value = Paging.MAX_PAGE, message = "There are not that many pages.") int page) {
        PartnerAgency agency = caller.requireMember(PartnerScope.VERIFY);
        return Templates.history(agency, history.page(agency, page, 50));
    }
}
