package org.mhfa.partner.web;

import org.mhfa.partner.AgencyRegistration;
import org.mhfa.partner.AgencyService;
import org.mhfa.partner.InvalidAgencyException;
import org.mhfa.partner.PartnerAgency;
import org.mhfa.partner.PartnerMember;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators register partner agencies, rotate their client secrets and add the people who act for them. */
@Path("/api/admin/agencies")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(org.mhfa.platform.Roles.ADMIN)
@Tag(name = "Partner agencies (administration)")
public class AgencyAdministrationApi {

    /** An agency as administrators see it; never with a secret. */
    public record AgencyView(long id, String name, String contactEmail, List<String> scopes, String clientId,
            Instant createdAt, Instant secretRotatedAt) {

        static AgencyView of(PartnerAgency agency) {
            return new AgencyView(agency.id, agency.name, agency.contactEmail, agency.scopeList(), agency.clientId,
                    agency.createdAt, agency.secretRotatedAt);
        }
    }

    /** The client credentials, answered once, right after registration or rotation. */
    public record Credentials(AgencyView agency, String clientId, String clientSecret, String tokenUrl) {
    }

    /** The scopes an agency is to have. */
    public record ScopesRequest(List<String> scopes) {
    }

    /** Who to add as a member, by exact username or e-mail address. */
    public record MemberRequest(String user) {
    }

    /** A person who acts for an agency. */
    public record MemberView(String userId, String username, Instant addedAt) {
    }

    private final AgencyService agencies;
    private final String tokenUrl;

    AgencyAdministrationApi(AgencyService agencies,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl) {
        this.agencies = agencies;
        this.tokenUrl = authServerUrl.replaceAll("/+$", "") + "/protocol/openid-connect/token";
    }

    @GET
    @Operation(summary = "All agencies")
    public List<AgencyView> list() {
        return agencies.list().stream().map(AgencyView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One agency")
    public AgencyView get(@PathParam("id") long id) {
        return AgencyView.of(agencies.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register an agency; the answer carries its client secret, shown this once")
    public Response register(AgencyRegistration registration) {
        if (registration == null) {
            throw new InvalidAgencyException(new AgencyRegistration(null, null, null).errors());
        }
        AgencyService.AgencyWithSecret created = agencies.register(registration);
        return Response.created(URI.create("/api/admin/agencies/" + created.agency().id))
                .header("Cache-Control", "no-store").entity(credentials(created)).build();
    }

    @POST
    @Path("{id}/secret")
    @Operation(summary = "Rotate the agency's client secret; the old one stops working, the new one is shown this once")
    public Response rotate(@PathParam("id") long id) {
        return Response.ok(credentials(agencies.rotateSecret(id))).header("Cache-Control", "no-store").build();
    }

    @PUT
    @Path("{id}/scopes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the agency's scopes; tokens carry the new ones from now on and the platform checks them at once")
    public AgencyView changeScopes(@PathParam("id") long id, ScopesRequest request) {
        return AgencyView.of(agencies.changeScopes(id, request == null ? null : request.scopes()));
    }

    @GET
    @Path("{id}/members")
    @Operation(summary = "The people who act for the agency on its pages")
    public List<MemberView> members(@PathParam("id") long id) {
        return agencies.members(id).stream().map(member -> new MemberView(member.userId, member.username, member.addedAt)).toList();
    }

    @POST
    @Path("{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Let a person (exact username or e-mail) act for the agency; gives them the partner role")
    public MemberView addMember(@PathParam("id") long id, MemberRequest request) {
        PartnerMember member = agencies.addMember(id, request == null ? null : request.user());
        return new MemberView(member.userId, member.username, member.addedAt);
    }

    private Credentials credentials(AgencyService.AgencyWithSecret created) {
        return new Credentials(AgencyView.of(created.agency()), created.agency().clientId, created.clientSecret(), tokenUrl);
    }
}
