package org.mhfa.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The two realm files: the demo stays convenient and says so; the production one is safe to import as it is. */
class ShippedRealmsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode realm(String path) throws IOException {
        return JSON.readTree(Path.of(path).toFile());
    }

    @Test
    void theDemoRealmSaysItIsADemo() throws IOException {
        assertTrue(realm("docker/keycloak/mhfa-realm.json").get("displayName").asText().contains("demo"));
    }

    @Test
    void theProductionRealmLocksOutGuessersAndAsksForStrongPasswords() throws IOException {
        JsonNode realm = realm("docker/keycloak/production/mhfa-realm.json");
        assertTrue(realm.get("bruteForceProtected").asBoolean());
        assertTrue(realm.get("failureFactor").asInt() <= 10);
        Matcher length = Pattern.compile("length\\((\\d+)\\)").matcher(realm.get("passwordPolicy").asText());
        assertTrue(length.find() && Integer.parseInt(length.group(1)) >= 12, realm.get("passwordPolicy").asText());
        assertTrue(realm.get("passwordPolicy").asText().contains("notUsername"));
        assertFalse(realm.get("sslRequired").asText().equals("none"));
        assertFalse(realm.get("displayName").asText().contains("demo"));
    }

    @Test
    void theProductionRealmHasNoPeopleNoPasswordGrantAndNoSecretsOfItsOwn() throws IOException {
        JsonNode realm = realm("docker/keycloak/production/mhfa-realm.json");
        realm.get("users").forEach(user -> assertTrue(user.get("username").asText().startsWith("service-account-"), user.toString()));
        realm.get("clients").forEach(client -> {
            assertFalse(client.path("directAccessGrantsEnabled").asBoolean(false), client.get("clientId").asText());
            if (client.has("secret")) {
                assertTrue(client.get("secret").asText().matches("\\$\\{[A-Z_]+}"), "a placeholder, filled from the environment");
            }
            client.path("redirectUris").forEach(uri -> assertTrue(uri.asText().startsWith("${MHFA_PUBLIC_BASE_URL}"), uri.asText()));
        });
    }

    @Test
    void bothRealmsHaveTheSameRolesAndTheProductionClientsMapTokensAsTheDemoOnesDo() throws IOException {
        JsonNode demo = realm("docker/keycloak/mhfa-realm.json");
        JsonNode production = realm("docker/keycloak/production/mhfa-realm.json");
        assertEquals(demo.get("roles"), production.get("roles"));
        for (JsonNode client : production.get("clients")) {
            JsonNode same = find(demo.get("clients"), client.get("clientId").asText());
            assertEquals(same.path("protocolMappers"), client.path("protocolMappers"), client.get("clientId").asText());
            assertEquals(same.path("defaultClientScopes"), client.path("defaultClientScopes"), client.get("clientId").asText());
        }
        List<String> serviceAccounts = new ArrayList<>();
        production.get("users").forEach(user -> serviceAccounts.add(user.get("username").asText()));
        List<String> demoServiceAccounts = new ArrayList<>();
        demo.get("users").forEach(user -> {
            if (user.get("username").asText().startsWith("service-account-")) {
                demoServiceAccounts.add(user.get("username").asText());
                assertEquals(user, find(production.get("users"), user.get("username").asText(), "username"));
            }
        });
        assertEquals(demoServiceAccounts, serviceAccounts);
    }

    private static JsonNode find(JsonNode array, String clientId) {
        return find(array, clientId, "clientId");
    }

    private static JsonNode find(JsonNode array, String value, String field) {
        for (JsonNode node : array) {
            if (node.get(field).asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError(field + " " + value + " is missing");
    }
}
