package org.mhfa.certificate.web;

import org.mhfa.certificate.OpenBadgeCredentials;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The issuer's profile and public keys, so that anyone can check a credential offline. */
@Path("/")
@PermitAll
public class IssuerKeysResource {

    private final OpenBadgeCredentials credentials;

    IssuerKeysResource(OpenBadgeCredentials credentials) {
        this.credentials = credentials;
    }

    @GET
    @Path(".well-known/jwks.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response wellKnownJwks() {
        return jwks();
    }

    @GET
    @Path("issuer/jwks")
    @Produces(MediaType.APPLICATION_JSON)
    public Response issuerJwks() {
        return jwks();
    }

    @GET
    @Path("issuer")
    @Produces({MediaType.APPLICATION_JSON, CredentialContextResource.JSON_LD})
    public Response issuer() {
        return publicResponse(credentials.issuerProfile().toString());
    }

    private Response jwks() {
        return publicResponse(credentials.jwks().toString(true));
    }

    private static Response publicResponse(String json) {
        return Response.ok(json)
                .header("Cache-Control", "public, max-age=3600")
                .header("Access-Control-Allow-Origin", "*")
                .build();
    }
}
