package org.mhfa.partner.web;

import org.mhfa.partner.AgencyException;
import org.mhfa.partner.AgencyRegistration;
import org.mhfa.partner.AgencyService;
import org.mhfa.partner.FieldErrors;
import org.mhfa.partner.InvalidAgencyException;
import org.mhfa.partner.PartnerAgency;
import org.mhfa.partner.PartnerMember;
import org.mhfa.partner.PartnerScope;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mhfa.platform.FormFieldsMayRepeat;
import org.mhfa.platform.FormResponses;
import org.mhfa.platform.Roles;

/** The administrators' pages for partner agencies: register, rotate a secret, add the people who act for an agency. */
@Path("/admin/agencies")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class AgencyAdministrationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance agencies(List<PartnerAgency> agencies, List<PartnerScope> scopes, String name,
                String contactEmail, List<String> chosenScopes, FieldErrors errors);

        static native TemplateInstance agency(PartnerAgency agency, List<PartnerMember> members, String user, FieldErrors errors);

        static native TemplateInstance secret(PartnerAgency agency, String clientSecret, String tokenUrl, boolean rotated);
    }

    private final AgencyService agencies;
    private final String tokenUrl;

    AgencyAdministrationResource(AgencyService agencies, @ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl) {
        this.agencies = agencies;
        this.tokenUrl = authServerUrl.replaceAll("/+$", "") + "/protocol/openid-connect/token";
    }

    @GET
    public TemplateInstance list() {
        return Templates.agencies(agencies.list(), List.of(PartnerScope.values()), "", "", List.of(PartnerScope.VERIFY.value()),
                FieldErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @FormFieldsMayRepeat("scopes")
    public Response register(MultivaluedMap<String, String> form) {
        List<String> scopes = form.get("scopes") == null ? List.of() : form.get("scopes");
        AgencyRegistration registration = new AgencyRegistration(form.getFirst("name"), form.getFirst("contactEmail"), scopes);
        try {
            AgencyService.AgencyWithSecret created = agencies.register(registration);
            return Response.ok(Templates.secret(created.agency(), created.clientSecret(), tokenUrl, false))
                    .header("Cache-Control", "no-store").build();
        } catch (InvalidAgencyException | AgencyException e) {
            FieldErrors errors = new FieldErrors(e instanceof InvalidAgencyException invalid ? invalid.errors()
                    : java.util.Map.of("name", e.getMessage()));
            return FormResponses.invalid(Templates.agencies(agencies.list(), List.of(PartnerScope.values()),
                    blankIfNull(registration.name()), blankIfNull(registration.contactEmail()), scopes, errors));
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance agency(@PathParam("id") long id) {
        return Templates.agency(agencies.get(id), agencies.members(id), "", FieldErrors.none());
    }

    @POST
    @Path("{id}/secret")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rotate(@PathParam("id") long id) {
        AgencyService.AgencyWithSecret rotated = agencies.rotateSecret(id);
        return Response.ok(Templates.secret(rotated.agency(), rotated.clientSecret(), tokenUrl, true))
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("{id}/members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addMember(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        String user = form.getFirst("user");
        try {
            agencies.addMember(id, user);
            return Response.seeOther(URI.create("/admin/agencies/" + id)).build();
        } catch (InvalidAgencyException e) {
            return FormResponses.invalid(Templates.agency(agencies.get(id), agencies.members(id), blankIfNull(user),
                    new FieldErrors(e.errors())));
        }
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }
}
