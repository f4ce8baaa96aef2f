package org.mhfa.certificate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.PlatformTestResource;
import org.mhfa.testing.TestUsers;

/** Renewing a certificate with the refresher course, inside and outside the renewal window (6 months before to 3 after). */
@QuarkusTest
class RenewalTest {

    private static final String REFRESHER = "community-crisis-support-refresher";

    @Inject
    ContentRepository content;

    private Course full() {
        return content.course(Journeys.SAMPLE_COURSE).orElseThrow();
    }

    private Course refresher() {
        return content.course(REFRESHER).orElseThrow();
    }

    private static void expireOn(String code, LocalDate expiry) {
        PlatformTestResource.execute("update certificate set expires_on = date '" + expiry + "' where code = '" + code + "'");
    }

    private static void enrolInRefresher(String token, int status) {
        given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/me/enrolments/" + REFRESHER).then().statusCode(status);
    }

    @Test
    void withoutACertificateTheRefresherIsRefusedAndTheFullCourseIsNamed() {
        String token = TestUsers.create("Nell", "New").token();
        given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/me/enrolments/" + REFRESHER).then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("take the full course 'Community Crisis Support'"));
    }

    @Test
    void insideTheWindowTheRefresherIssuesARenewalAndKeepsTheHistory() {
        String token = TestUsers.create("Rene", "Newal").token();
        String original = Journeys.complete(token, full());
        enrolInRefresher(token, 409);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        expireOn(original, today.plusDays(30));
        String renewal = Journeys.complete(token, refresher());
        given().auth().oauth2(token).get("/api/me/certificates").then().statusCode(200).body("$", hasSize(2));
        given().get("/api/verifications/" + renewal).then().body("status", equalTo("VALID"))
                .body("courseTitle", equalTo(full().title()))
                .body("expiresOn", equalTo(today.plusMonths(full().validityMonths()).toString()));
        given().get("/api/verifications/" + original).then().body("status", equalTo("EXPIRING_SOON"));
        org.junit.jupiter.api.Assertions.assertEquals(1, PlatformTestResource.count(
                "select count(*) from certificate where code = '" + renewal + "' and renewal_of = '" + original + "'"));
    }

    @Test
    void finishingAfterTheWindowClosedIssuesNothing() {
        String token = TestUsers.create("Lola", "Late").token();
        String original = Journeys.complete(token, full());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        expireOn(original, today.plusDays(10));
        enrolInRefresher(token, 200);
        expireOn(original, today.minusMonths(3).minusDays(1));
        org.junit.jupiter.api.Assertions.assertNull(Journeys.complete(token, refresher()));
        given().auth().oauth2(token).get("/api/me/enrolments/" + REFRESHER).then()
                .body("percent", equalTo(100)).body("certificateCode", nullValue());
        given().auth().oauth2(token).get("/api/me/certificates").then().body("$", hasSize(1));
    }

    @ParameterizedTest
    @CsvSource({"6, 1, 409", "6, 0, 200", "-3, 0, 200", "-3, -1, 409"})
    void theWindowBoundaries(int monthsFromToday, int extraDays, int status) {
        String token = TestUsers.create("Bo", "Boundary" + monthsFromToday + extraDays).token();
        String original = Journeys.complete(token, full());
        expireOn(original, LocalDate.now(ZoneOffset.UTC).plusMonths(monthsFromToday).plusDays(extraDays));
        enrolInRefresher(token, status);
    }
}
