package org.mhfa.certificate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.platform.Roles;
import org.mhfa.testing.CohortInvitations;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.PlatformTestResource;
import org.mhfa.testing.TestUsers;

@QuarkusTest
class CertificateLifecycleTest {

    @Inject
    ContentRepository content;

    private String issued(String first, String last) {
        Course course = content.course(Journeys.SAMPLE_COURSE).orElseThrow();
        return Journeys.complete(TestUsers.create(first, last).token(), course);
    }

    @Test
    void anInstructorRevokesWithAReasonAndVerificationSaysRevoked() {
        TestUsers.TestUser holder = TestUsers.create("Rita", "Revoked");
        String code = Journeys.complete(holder.token(), content.course(Journeys.SAMPLE_COURSE).orElseThrow());
        String instructor = TestUsers.create("Ian", "Instructor", Roles.INSTRUCTOR).token();
        CohortInvitations.join(instructor, CohortInvitations.cohort(instructor, Journeys.SAMPLE_COURSE, "Rita's group"), holder);
        given().auth().oauth2(instructor).contentType(ContentType.JSON).body(Map.of("reason", " "))
                .post("/api/instructor/certificates/" + code + "/revocation").then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/verifications/" + code).then().body("status", equalTo("VALID"));
        given().auth().oauth2(instructor).contentType(ContentType.JSON).body(Map.of("reason", "Issued in error"))
                .post("/api/instructor/certificates/" + code + "/revocation").then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("revocationReason", equalTo("Issued in error"))
                .body("revokedBy", equalTo("Ian Instructor")).body("revokedAt", notNullValue());
        given().get("/api/verifications/" + code).then().body("status", equalTo("REVOKED")).body("revokedOn", notNullValue());
        given().get("/verify/" + code).then().statusCode(200).body(containsString("This certificate has been revoked"));
        given().auth().oauth2(instructor).contentType(ContentType.JSON).body(Map.of("holderName", "Rita Revised"))
                .post("/api/instructor/certificates/" + code + "/reissue").then().statusCode(409);
    }

    @Test
    void aReissueGivesANewCodeAndTheOldOneIsSupersededByIt() {
        String code = issued("Jon", "Smtih");
        String admin = TestUsers.create("Ada", "Admin", Roles.ADMIN).token();
        String fresh = given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("holderName", "Jon Smith"))
                .post("/api/instructor/certificates/" + code + "/reissue").then().statusCode(201)
                .body("holderName", equalTo("Jon Smith")).body("status", equalTo("VALID"))
                .extract().jsonPath().getString("code");
        given().get("/api/verifications/" + code).then().body("status", equalTo("SUPERSEDED"))
                .body("supersededBy", equalTo(CertificateCode.display(fresh)));
        given().get("/verify/" + code).then().body(containsString("This certificate has been replaced"))
                .body(containsString(CertificateCode.display(fresh)));
        given().get("/api/verifications/" + fresh).then().body("status", equalTo("VALID")).body("holderName", equalTo("Jon S."));
    }

    @Test
    void traineesAndPartnersCannotRevokeOrReissue() {
        String code = issued("Tom", "Target");
        for (String token : new String[] {TestUsers.create("Tess", "Trainee").token(),
                TestUsers.create("Paul", "Partner", Roles.PARTNER).token()}) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", "no"))
                    .post("/api/instructor/certificates/" + code + "/revocation").then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("holderName", "X"))
                    .post("/api/instructor/certificates/" + code + "/reissue").then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(Map.of("reason", "no"))
                .post("/api/instructor/certificates/" + code + "/revocation").then().statusCode(401);
        given().get("/api/verifications/" + code).then().body("status", equalTo("VALID"));
    }

    @ParameterizedTest
    @CsvSource({"1, EXPIRED", "0, EXPIRING_SOON", "-1, EXPIRING_SOON", "-89, EXPIRING_SOON", "-90, VALID"})
    void expiryBoundaries(int daysAgo, String status) {
        String code = issued("Eve", "Expiry" + (daysAgo + 100));
        LocalDate expiry = LocalDate.now(ZoneOffset.UTC).minusDays(daysAgo);
        PlatformTestResource.execute("update certificate set expires_on = date '" + expiry + "' where code = '" + code + "'");
        given().get("/api/verifications/" + code).then().body("status", equalTo(status));
    }

    @Test
    void aNameTheFontCannotPrintGetsAClearAnswerAndTheCertificateStillVerifies() {
        String token = TestUsers.create("小龍", "李").token();
        String code = Journeys.complete(token, content.course(Journeys.SAMPLE_COURSE).orElseThrow());
        given().auth().oauth2(token).get("/api/me/certificates/" + code + "/pdf").then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("cannot be printed on the certificate"))
                .body("detail", containsString("re-issue"));
        given().get("/api/verifications/" + code).then().statusCode(200).body("status", equalTo("VALID"));
    }
}
