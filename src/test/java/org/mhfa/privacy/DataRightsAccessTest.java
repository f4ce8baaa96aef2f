package org.mhfa.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.TestUsers;

/** Export and erasure are only ever the caller's own; anonymous callers are refused. */
@QuarkusTest
class DataRightsAccessTest {

    @Inject
    ContentRepository content;

    @Inject
    DataSource dataSource;

    @Inject
    Keycloak keycloak;

    @Test
    void anonymousCallersAreRefused() {
        given().get("/api/me/data").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("confirm", true)).post("/api/me/erasure").then().statusCode(401);
        given().redirects().follow(false).get("/me/privacy").then().statusCode(302);
        given().redirects().follow(false).get("/me/privacy/data").then().statusCode(302);
    }

    @Test
    void whateverAnotherTraineeSendsTheyOnlyEverExportAndEraseThemselves() {
        TestUsers.TestUser victim = TestUsers.create("Vera", "Victimson" + PersonalDataExportTest.suffix());
        TestUsers.TestUser intruder = TestUsers.create("Ivan", "Intruder" + PersonalDataExportTest.suffix());
        Journeys.enrol(victim.token(), content.course(Journeys.SAMPLE_COURSE).orElseThrow());
        String victimToken = victim.token();
        long victimId = given().auth().oauth2(victimToken).get("/api/me/data").then().statusCode(200)
                .extract().jsonPath().getLong("profile.id");
        String intruderToken = intruder.token();

        String stolen = given().auth().oauth2(intruderToken)
                .queryParam("learner", victimId).queryParam("id", victimId).queryParam("subject", victim.username())
                .get("/api/me/data").then().statusCode(200)
                .body("profile.name", equalTo(intruder.fullName())).body("enrolments.size()", equalTo(0))
                .extract().asString();
        assertFalse(stolen.contains(victim.lastName()));

        given().auth().oauth2(intruderToken).queryParam("learner", victimId).contentType(ContentType.JSON)
                .body(Map.of("confirm", true, "learnerId", victimId, "learner", victimId))
                .post("/api/me/erasure").then().statusCode(200);

        Schema schema = new Schema(dataSource);
        assertEquals(1, schema.queryLong("select count(*) from learner where id = ? and erased_at is null and display_name = ?",
                victimId, victim.fullName()), "the victim is untouched");
        assertEquals(1, keycloak.realm("mhfa").users().searchByUsername(victim.username(), true).size(), "the victim's account stays");
        given().auth().oauth2(victimToken).get("/api/me/data").then().statusCode(200)
                .body("profile.name", equalTo(victim.fullName())).body("enrolments.size()", equalTo(1));
        assertEquals(0, keycloak.realm("mhfa").users().searchByUsername(intruder.username(), true).size(), "it was the intruder who was erased");
    }
}
