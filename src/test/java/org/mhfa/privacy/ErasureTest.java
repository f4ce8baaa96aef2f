package org.mhfa.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.mhfa.certificate.Certificate;
import org.mhfa.certificate.CertificateCode;
import org.mhfa.certificate.ExpiryReminders;
import org.mhfa.certificate.HolderNameDigest;
import org.mhfa.content.ContentRepository;
import org.mhfa.course.Course;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.PlatformTestResource;
import org.mhfa.testing.TestUsers;

/** Erasure leaves no name or e-mail anywhere, keeps certificates verifiable, deletes the account and touches no one else. */
@QuarkusTest
class ErasureTest {

    @Inject
    ContentRepository content;

    @Inject
    ExpiryReminders reminders;

    @Inject
    DataSource dataSource;

    @Inject
    Keycloak keycloak;

    @Test
    void erasureRemovesNameAndEmailEverywhereKeepsVerificationAndDeletesTheAccount() {
        Course course = content.course(Journeys.SAMPLE_COURSE).orElseThrow();
        TestUsers.TestUser me = TestUsers.create("Erin", "Erasmore" + PersonalDataExportTest.suffix());
        TestUsers.TestUser other = TestUsers.create("Kai", "Keptwell" + PersonalDataExportTest.suffix());
        String myToken = me.token();
        String myCode = Journeys.complete(myToken, course);
        String otherCode = Journeys.complete(other.token(), course);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        PlatformTestResource.execute("update certificate set expires_on = date '" + today.plusDays(25) + "' where code in ('"
                + myCode + "', '" + otherCode + "')");
        reminders.sendDue(today);
        Schema schema = new Schema(dataSource);
        String email = me.username() + "@example.org";
        long learnerId = schema.queryLong("select id from learner where email = ?", email);
        assertFalse(schema.columnsContaining(me.lastName()).isEmpty(), "the name is stored before erasure");
        long otherRowsBefore = rowsOf(schema, other);

        given().auth().oauth2(myToken).contentType(ContentType.JSON).body("{}").post("/api/me/erasure")
                .then().statusCode(400).contentType("application/problem+json").body("errors.confirm", containsString("true"));
        given().auth().oauth2(myToken).contentType(ContentType.JSON).body(Map.of("confirm", false)).post("/api/me/erasure")
                .then().statusCode(400).contentType("application/problem+json");
        assertEquals(1, schema.queryLong("select count(*) from learner where id = ? and erased_at is null", learnerId), "not yet erased");

        JsonPath receipt = given().auth().oauth2(myToken).contentType(ContentType.JSON).body(Map.of("confirm", true))
                .post("/api/me/erasure").then().statusCode(200).extract().jsonPath();
        String pseudonym = receipt.getString("pseudonym");
        assertTrue(pseudonym.startsWith("Erased learner "), pseudonym);
        assertEquals(List.of(CertificateCode.display(myCode)), receipt.getList("certificatesKept.code"));
        assertEquals("deleted", receipt.getString("account"));

        for (String personal : List.of(me.fullName(), me.lastName(), email, me.username())) {
            assertEquals(List.of(), schema.columnsContaining(personal), "still stored after erasure: " + personal);
        }
        assertEquals(pseudonym, schema.queryString("select display_name from learner where id = ?", learnerId));
        assertNull(schema.queryString("select email from learner where id = ?", learnerId));
        assertNotNull(schema.queryString("select erased_at from learner where id = ?", learnerId));
        assertEquals(1, schema.queryLong("select count(*) from erasure_record where pseudonym = ? and certificates_kept = 1", pseudonym));
        String enrolments = "select id from enrolment where learner_id = " + learnerId;
        assertEquals(0, schema.queryLong("select count(*) from lesson_progress where enrolment_id in (" + enrolments + ")"));
        assertEquals(0, schema.queryLong("select count(*) from quiz_attempt where enrolment_id in (" + enrolments + ")"));
        assertEquals(0, schema.queryLong("select count(*) from scenario_run where enrolment_id in (" + enrolments + ")"));
        assertEquals(0, schema.queryLong("select count(*) from certificate_reminder r join certificate c on c.id = r.certificate_id "
                + "where c.learner_id = " + learnerId));
        assertEquals(1, schema.queryLong("select count(*) from enrolment where learner_id = ?", learnerId),
                "the enrolment the certificate was issued for stays, under the pseudonym");

        given().get("/api/verifications/" + myCode).then().statusCode(200)
                .body("status", equalTo("EXPIRING_SOON"))
                .body("holderName", equalTo(HolderNameDigest.NAME_REMOVED))
                .body("courseTitle", equalTo(course.title()))
                .body("expiresOn", equalTo(today.plusDays(25).toString()));
        given().get("/verify/" + CertificateCode.display(myCode)).then().statusCode(200)
                .body(containsString("Name removed at the holder")).body(not(containsString(me.lastName())));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Certificate.findByCode(myCode).orElseThrow()
                .holderNameMatches("  " + me.firstName().toUpperCase() + "   " + me.lastName() + " ")), "a known name still checks");
        assertFalse(QuarkusTransaction.requiringNew().call(() -> Certificate.findByCode(myCode).orElseThrow()
                .holderNameMatches(other.fullName())), "another name does not");

        assertTrue(keycloak.realm("mhfa").users().searchByUsername(me.username(), true).isEmpty(), "the account is deleted");
        given().auth().oauth2(myToken).get("/api/me/enrolments").then().statusCode(403)
                .contentType("application/problem+json").body("title", equalTo("Account erased"));
        given().auth().oauth2(myToken).get("/api/me/data").then().statusCode(403);
        given().auth().oauth2(myToken).contentType(ContentType.JSON).body(Map.of("confirm", true)).post("/api/me/erasure")
                .then().statusCode(403);
        assertEquals(List.of(), schema.columnsContaining(me.lastName()), "a still-valid token re-creates nothing");
        assertEquals(1, schema.queryLong("select count(*) from learner where id = ? and erased_at is not null", learnerId));

        assertEquals(otherRowsBefore, rowsOf(schema, other), "the other trainee's rows are untouched");
        given().get("/api/verifications/" + otherCode).then().statusCode(200).body("holderName", equalTo(other.fullName()));
        given().auth().oauth2(other.token()).get("/api/me/data").then().statusCode(200)
                .body("profile.name", equalTo(other.fullName())).body("certificates[0].remindersSent.size()", equalTo(1));

        reminders.sendDue(today.plusDays(20));
        assertEquals(0, schema.queryLong("select count(*) from certificate_reminder r join certificate c on c.id = r.certificate_id "
                + "where c.code = ?", myCode), "no reminder is due for an erased holder's certificate");
    }

    private static long rowsOf(Schema schema, TestUsers.TestUser person) {
        long learner = schema.queryLong("select id from learner where email = ?", person.username() + "@example.org");
        String enrolments = "select id from enrolment where learner_id = " + learner;
        return schema.queryLong("select (select count(*) from enrolment where learner_id = " + learner + ")"
                + " + (select count(*) from lesson_progress where enrolment_id in (" + enrolments + "))"
                + " + (select count(*) from quiz_attempt where enrolment_id in (" + enrolments + "))"
                + " + (select count(*) from scenario_run where enrolment_id in (" + enrolments + "))"
                + " + (select count(*) from certificate where learner_id = " + learner + ")"
                + " + (select count(*) from certificate_reminder r join certificate c on c.id = r.certificate_id where c.learner_id = " + learner + ")");
    }
}
