package org.mhfa.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.ClientRepresentation;
import org.mhfa.testing.TestUsers;

/** Administrators register agencies with real Keycloak clients whose tokens carry the partner role and the agency's scopes. */
@QuarkusTest
class AgencyRegistrationTest {

    @Inject
    Keycloak keycloak;

    @Test
    void registeringCreatesAConfidentialClientCredentialsClientWhoseTokensCarryTheRoleAndScopes() {
        Agencies.Agency agency = Agencies.register("North Ambulance Service", "verify", "webhooks");
        assertTrue(agency.clientId().startsWith("agency-north-ambulance-service"), agency.clientId());

        ClientRepresentation client = keycloak.realm("mhfa").clients().findByClientId(agency.clientId()).get(0);
        assertTrue(client.isServiceAccountsEnabled());
        assertFalse(client.isStandardFlowEnabled());
        assertFalse(client.isPublicClient());

        JsonNode claims = Agencies.claims(agency.token());
        assertEquals(agency.clientId(), claims.get("azp").asText());
        assertTrue(claims.get("realm_access").get("roles").toString().contains("\"partner\""), claims.toString());
        assertFalse(claims.get("realm_access").get("roles").toString().contains("\"trainee\""), claims.toString());
        assertEquals("verify webhooks", claims.get("mhfa_scopes").asText());
    }

    @Test
    void theSecretIsShownOnceAndNeverAgain() {
        Agencies.Agency agency = Agencies.register("Harbour Police", "verify");
        given().auth().oauth2(Agencies.adminToken()).get("/api/admin/agencies/" + agency.id())
                .then().statusCode(200).body("clientId", equalTo(agency.clientId())).body("$", not(hasKey("clientSecret")));
        String all = given().auth().oauth2(Agencies.adminToken()).get("/api/admin/agencies").then().statusCode(200).extract().asString();
        assertTrue(all.contains(agency.clientId()));
        assertFalse(all.contains(agency.secret()));
    }

    @Test
    void rotatingTheSecretStopsTheOldOneAtTheTokenEndpoint() {
        Agencies.Agency agency = Agencies.register("Lakeside Employer", "verify");
        assertEquals(200, Agencies.tokenResponse(agency.clientId(), agency.secret()).statusCode());

        String rotated = given().auth().oauth2(Agencies.adminToken()).contentType("application/json").post("/api/admin/agencies/" + agency.id() + "/secret")
                .then().statusCode(200).header("Cache-Control", "no-store").extract().path("clientSecret");
        assertNotEquals(agency.secret(), rotated);

        assertEquals(401, Agencies.tokenResponse(agency.clientId(), agency.secret()).statusCode());
        assertEquals(200, Agencies.tokenResponse(agency.clientId(), rotated).statusCode());
    }

    @Test
    void changedScopesReachTheTokensAndTheChecks() {
        Agencies.Agency agency = Agencies.register("Changing Agency", "verify");
        String before = agency.token();
        given().auth().oauth2(Agencies.adminToken()).contentType("application/json").body(Map.of("scopes", List.of("webhooks")))
                .put("/api/admin/agencies/" + agency.id() + "/scopes").then().statusCode(200).body("scopes", equalTo(List.of("webhooks")));
        assertEquals("webhooks", Agencies.claims(agency.token()).get("mhfa_scopes").asText());
        given().auth().oauth2(before).get("/api/partner/verifications/history").then().statusCode(403);
        given().auth().oauth2(Agencies.adminToken()).contentType("application/json").body(Map.of("scopes", List.of()))
                .put("/api/admin/agencies/" + agency.id() + "/scopes").then().statusCode(400);
    }

    @Test
    void aWrongSecretIsRefusedAtTheTokenEndpoint() {
        Agencies.Agency agency = Agencies.register("Valley Fire Brigade", "verify");
        assertEquals(401, Agencies.tokenResponse(agency.clientId(), agency.secret() + "x").statusCode());
    }

    @Test
    void badRegistrationsAreAnsweredFieldByField() {
        given().auth().oauth2(Agencies.adminToken()).contentType("application/json")
                .body(Map.of("name", " ", "contactEmail", "nobody", "scopes", List.of("everything")))
                .post("/api/admin/agencies")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.name", equalTo("Enter the agency's name."))
                .body("errors.contactEmail", org.hamcrest.Matchers.containsString("e-mail"))
                .body("errors.scopes", org.hamcrest.Matchers.containsString("verify"));
    }

    @Test
    void onlyAdministratorsManageAgencies() {
        String instructor = TestUsers.create("Ivo", "Instructor", "instructor").token();
        String partner = TestUsers.create("Pia", "Partner", "partner").token();
        for (String token : List.of(instructor, partner)) {
            given().auth().oauth2(token).get("/api/admin/agencies").then().statusCode(403);
            given().auth().oauth2(token).contentType("application/json")
                    .body(Map.of("name", "Sneaky", "contactEmail", "a@b.example", "scopes", List.of("verify")))
                    .post("/api/admin/agencies").then().statusCode(403);
        }
        given().get("/api/admin/agencies").then().statusCode(401);
        Agencies.Agency agency = Agencies.register("Own Agency", "verify");
        given().auth().oauth2(agency.token()).get("/api/admin/agencies").then().statusCode(403);
    }
}
