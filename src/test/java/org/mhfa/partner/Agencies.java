package org.mhfa.partner;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mhfa.testing.PlatformTestResource;
import org.mhfa.testing.TestUsers;

/** Registers agencies through the admin API of the running platform and gets their tokens from the real Keycloak. */
public final class Agencies {

    /** A registered agency with its client credentials. */
    public record Agency(long id, String name, String clientId, String secret) {

        public String token() {
            return Agencies.token(clientId, secret);
        }
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String adminToken;

    private Agencies() {
    }

    public static String adminToken() {
        if (adminToken == null) {
            adminToken = TestUsers.create("Ada", "Admin", "admin").token();
        }
        return adminToken;
    }

    public static Agency register(String name, String... scopes) {
        String unique = name + " " + UUID.randomUUID().toString().substring(0, 6);
        var response = given().auth().oauth2(adminToken()).contentType("application/json")
                .body(Map.of("name", unique, "contactEmail", "desk@agency.example", "scopes", List.of(scopes)))
                .post("/api/admin/agencies").then().statusCode(201).extract().jsonPath();
        return new Agency(response.getLong("agency.id"), unique, response.getString("clientId"), response.getString("clientSecret"));
    }

    /** The client-credentials answer of Keycloak's token endpoint: status and body. */
    static HttpResponse<String> tokenResponse(String clientId, String secret) {
        String body = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(PlatformTestResource.realmUrl() + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String token(String clientId, String secret) {
        HttpResponse<String> response = tokenResponse(clientId, secret);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token endpoint answered " + response.statusCode() + ": " + response.body());
        }
        return read(response.body()).get("access_token").asText();
    }

    /** The claims of a JWT (read, not verified: the platform verifies them). */
    static JsonNode claims(String jwt) {
        return read(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(json, e);
        }
    }
}
