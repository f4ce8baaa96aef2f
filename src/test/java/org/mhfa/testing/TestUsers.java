package org.mhfa.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Creates fresh people in the test Keycloak, so that no test depends on what another did, and gets their tokens. */
public final class TestUsers {

    /** A person in the realm, with the password to sign in. */
    public record TestUser(String username, String password, String firstName, String lastName) {

        public String fullName() {
            return firstName + " " + lastName;
        }

        public String token() {
            return TestUsers.token(username, password);
        }
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestUsers() {
    }

    /** A new person with the trainee role (every account has it) and any extra realm roles. */
    public static TestUser create(String firstName, String lastName, String... roles) {
        String username = "u" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        String admin = adminToken();
        String base = PlatformTestResource.realmUrl().replace("/realms/mhfa", "/admin/realms/mhfa");
        Map<String, Object> user = Map.of("username", username, "enabled", true, "emailVerified", true,
                "firstName", firstName, "lastName", lastName, "email", username + "@example.org",
                "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
        send(HttpRequest.newBuilder(URI.create(base + "/users"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(user))).build(), 201);
        if (roles.length > 0) {
            String id = read(send(HttpRequest.newBuilder(URI.create(base + "/users?exact=true&username=" + username))
                    .header("Authorization", "Bearer " + admin).GET().build(), 200)).get(0).get("id").asText();
            List<JsonNode> roleRepresentations = java.util.Arrays.stream(roles)
                    .map(role -> read(send(HttpRequest.newBuilder(URI.create(base + "/roles/" + role))
                            .header("Authorization", "Bearer " + admin).GET().build(), 200)))
                    .toList();
            send(HttpRequest.newBuilder(URI.create(base + "/users/" + id + "/role-mappings/realm"))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(write(roleRepresentations))).build(), 204);
        }
        return new TestUser(username, password, firstName, lastName);
    }

    /** An access token for a person, through the password grant of the demo realm's test client. */
    public static String token(String username, String password) {
        return read(send(form(PlatformTestResource.realmUrl() + "/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", "mhfa-cli", "username", username, "password", password)), 200))
                .get("access_token").asText();
    }

    private static String adminToken() {
        String master = PlatformTestResource.realmUrl().replace("/realms/mhfa", "/realms/master");
        return read(send(form(master + "/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin")), 200))
                .get("access_token").asText();
    }

    private static HttpRequest form(String url, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String send(HttpRequest request, int expectedStatus) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(request.uri().toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(body, e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
