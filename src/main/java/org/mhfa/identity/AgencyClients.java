package org.mhfa.identity;

import org.mhfa.platform.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.RoleScopeResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The agencies' Keycloak clients, through the platform's service account: confidential clients for the
 * client-credentials grant whose service account has the realm role {@code partner} and whose access tokens carry the
 * agency's scopes in the claim {@value #SCOPES_CLAIM} (a hardcoded-claim mapper on the client) and the API in their
 * audience ({@value #API_AUDIENCE}, which the API requires: {@code quarkus.oidc.api.token.audience}).
 */
@ApplicationScoped
public class AgencyClients {

    /** The access-token claim that carries an agency's scopes, space-separated. */
    public static final String SCOPES_CLAIM = "mhfa_scopes";

    /** The client the API belongs to, which every token it accepts names in its audience. */
    public static final String API_AUDIENCE = "mhfa-web";

    static final String REALM = "mhfa";
    private static final String SCOPES_MAPPER = "mhfa-scopes";
    private static final String AUDIENCE_MAPPER = "mhfa-api-audience";

    private final Keycloak keycloak;

    AgencyClients(Keycloak keycloak) {
        this.keycloak = keycloak;
    }

    /** A new client and its service account's realm role; returns Keycloak's id of the client and its first secret. */
    public CreatedClient create(String clientId, String agencyName, String contactEmail, List<String> scopes) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setName(agencyName);
        client.setDescription("Partner agency (contact " + contactEmail + "), managed by the MHFA platform");
        client.setProtocol("openid-connect");
        client.setEnabled(true);
        client.setPublicClient(false);
        client.setClientAuthenticatorType("client-secret");
        client.setServiceAccountsEnabled(true);
        client.setStandardFlowEnabled(false);
        client.setImplicitFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        client.setProtocolMappers(List.of(scopesMapper(scopes), audienceMapper()));
        String uuid;
        try (Response response = realm().clients().create(client)) {
            if (response.getStatus() == 409) {
                throw new ClientExistsException(clientId);
            }
            uuid = CreatedResponseUtil.getCreatedId(response);
        }
        try {
            String serviceAccount = realm().clients().get(uuid).getServiceAccountUser().getId();
            grantPartnerRole(serviceAccount);
            withoutDefaultRoles(serviceAccount);
            return new CreatedClient(uuid, realm().clients().get(uuid).getSecret().getValue());
        } catch (RuntimeException e) {
            delete(uuid);
            throw e;
        }
    }

    /** A new secret for the client; the old one stops working at once. */
    public String rotateSecret(String clientUuid) {
        return client(clientUuid).generateNewSecret().getValue();
    }

    /**
     * Sets the scopes the client's tokens carry; a client made before tokens needed the API's audience gets it here too.
     */
    public void updateScopes(String clientUuid, List<String> scopes) {
        ClientResource client = client(clientUuid);
        List<ProtocolMapperRepresentation> mappers = client.getProtocolMappers().getMappers();
        mappers.stream().filter(mapper -> SCOPES_MAPPER.equals(mapper.getName()))
                .forEach(mapper -> client.getProtocolMappers().delete(mapper.getId()));
        addMapper(client, scopesMapper(scopes));
        if (mappers.stream().noneMatch(mapper -> AUDIENCE_MAPPER.equals(mapper.getName()))) {
            addMapper(client, audienceMapper());
        }
    }

    private static void addMapper(ClientResource client, ProtocolMapperRepresentation mapper) {
        try (Response response = client.getProtocolMappers().createMapper(mapper)) {
            if (response.getStatus() != 201) {
                throw new WebApplicationException("Keycloak refused the mapper " + mapper.getName() + ": " + response.getStatus(), 502);
            }
        }
    }

    /** Removes a client that could not be recorded. */
    public void delete(String clientUuid) {
        try {
            client(clientUuid).remove();
        } catch (RuntimeException ignored) {
            // already gone: nothing to undo
        }
    }

    /** Finds a person by exact username or e-mail address. */
    public java.util.Optional<UserRepresentation> findUser(String usernameOrEmail) {
        String wanted = usernameOrEmail.strip();
        List<UserRepresentation> found = wanted.contains("@")
                ? realm().users().searchByEmail(wanted, true)
                : realm().users().searchByUsername(wanted, true);
        return found.stream().findFirst();
    }

    /** Gives a person (or a service account) the realm role {@code partner}, if they do not have it yet. */
    public void grantPartnerRole(String userId) {
        RoleScopeResource roles = realm().users().get(userId).roles().realmLevel();
        List<RoleRepresentation> partner = roles.listAvailable().stream().filter(role -> Roles.PARTNER.equals(role.getName())).toList();
        if (!partner.isEmpty()) {
            roles.add(partner);
        }
    }

    /** An agency is no trainee: its service account loses the realm's default roles. */
    private void withoutDefaultRoles(String userId) {
        RoleScopeResource roles = realm().users().get(userId).roles().realmLevel();
        List<RoleRepresentation> defaults = roles.listAll().stream().filter(role -> role.getName().startsWith("default-roles-")).toList();
        if (!defaults.isEmpty()) {
            roles.remove(defaults);
        }
    }

    /** Puts the API in the audience of the client's access tokens, so that the API accepts them. */
    private static ProtocolMapperRepresentation audienceMapper() {
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName(AUDIENCE_MAPPER);
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper("oidc-audience-mapper");
        mapper.setConfig(Map.of(
                "included.client.audience", API_AUDIENCE,
                "access.token.claim", "true",
                "introspection.token.claim", "true",
                "id.token.claim", "false"));
        return mapper;
    }

    private ProtocolMapperRepresentation scopesMapper(List<String> scopes) {
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName(SCOPES_MAPPER);
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper("oidc-hardcoded-claim-mapper");
        mapper.setConfig(Map.of(
                "claim.name", SCOPES_CLAIM,
                "claim.value", String.join(" ", scopes),
                "jsonType.label", "String",
                "access.token.claim", "true",
                "introspection.token.claim", "true",
                "id.token.claim", "false",
                "userinfo.token.claim", "false"));
        return mapper;
    }

    private ClientResource client(String clientUuid) {
        return realm().clients().get(clientUuid);
    }

    private RealmResource realm() {
        return keycloak.realm(REALM);
    }

    /** Keycloak's id of a new client and its first secret. */
    public record CreatedClient(String uuid, String secret) {
    }
}
