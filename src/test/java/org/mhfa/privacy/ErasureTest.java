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
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
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
        given().get("/api/verifications/" + otherCode).then().statusCode(200).body("holderName", equalTo(masked(other)));
        given().auth().oauth2(other.token()).get("/api/me/data").then().statusCode(200)
                .body("profile.name", equalTo(other.fullName())).body("certificates[0].remindersSent.size()", equalTo(1));

        reminders.sendDue(today.plusDays(20));
        assertEquals(0, schema.queryLong("select count(*) from certificate_reminder r join certificate c on c.id = r.certificate_id "
                + "where c.code = ?", myCode), "no reminder is due for an erased holder's certificate");
    }

    @Test
    void erasingACohortTraineeThenTheirInstructorLeavesNoNameKeepsTheCohortAndTheOtherTraineesRecords() throws Exception {
        Course course = content.course(Journeys.SAMPLE_COURSE).orElseThrow();
        TestUsers.TestUser instructor = TestUsers.create("Ivo", "Instructorsen" + PersonalDataExportTest.suffix(), "instructor");
        TestUsers.TestUser admin = TestUsers.create("Ada", "Adminton" + PersonalDataExportTest.suffix(), "admin");
        TestUsers.TestUser me = TestUsers.create("Cai", "Cohortgone" + PersonalDataExportTest.suffix());
        TestUsers.TestUser other = TestUsers.create("Kim", "Cohortstays" + PersonalDataExportTest.suffix());
        Schema schema = new Schema(dataSource);
        CohortFixture.Made made = CohortFixture.cohortAttendedAndCertified(instructor, schema, List.of(me, other));
        String myCode = Journeys.complete(me.token(), course);
        String otherCode = Journeys.complete(other.token(), course);
        made = CohortFixture.runCertificates(instructor, made);
        String email = me.username() + "@example.org";
        long learnerId = schema.queryLong("select id from learner where email = ?", email);
        String pseudonymBefore = schema.queryString("select cast(pseudonym as varchar) from learner where id = ?", learnerId);
        assertTrue(schema.queryLong("select count(*) from xapi_statement where learner_id = ?", learnerId) > 0);
        assertTrue(schema.queryLong("select count(*) from xapi_outbox where statement_seq in (select id from xapi_statement where learner_id = ?)", learnerId) > 0,
                "statements wait to be forwarded");
        assertEquals(1, schema.queryLong("select count(*) from cohort_member where learner_id = ? and invited_email = ?", learnerId, email));
        assertEquals(1, schema.queryLong("select count(*) from certificate_run_item where learner_id = ? and pdf is not null", learnerId),
                () -> schema.queryString("select outcome || ': ' || coalesce(message, '') from certificate_run_item where learner_id = ?", learnerId));
        assertTrue(schema.columnsContaining(me.lastName()).containsAll(List.of("attendance.note", "certificate_run_item.holder_name")),
                schema.columnsContaining(me.lastName()).toString());
        long otherRowsBefore = rowsOf(schema, other);

        String pseudonym = given().auth().oauth2(me.token()).contentType(ContentType.JSON).body(Map.of("confirm", true))
                .post("/api/me/erasure").then().statusCode(200).extract().jsonPath().getString("pseudonym");

        for (String personal : List.of(me.fullName(), me.lastName(), email, me.username())) {
            assertEquals(List.of(), schema.columnsContaining(personal), "still stored after erasure: " + personal);
        }
        assertEquals(0, schema.queryLong("select count(*) from cohort_member where learner_id = ?", learnerId));
        assertEquals(0, schema.queryLong("select count(*) from attendance where learner_id = ?", learnerId));
        assertEquals(0, schema.queryLong("select count(*) from xapi_statement where learner_id = ?", learnerId));
        assertEquals(0, schema.queryLong("select count(*) from xapi_outbox o left join xapi_statement s on s.id = o.statement_seq where s.id is null"));
        assertFalse(pseudonymBefore.equals(schema.queryString("select cast(pseudonym as varchar) from learner where id = ?", learnerId)),
                "statements already forwarded can no longer be linked to the learner row");
        assertEquals(1, schema.queryLong("select count(*) from certificate_run_item where learner_id = ? and holder_name = ? and pdf is null "
                + "and file_name is null", learnerId, pseudonym), "the run line stays for the counts, without name or PDF");
        assertEquals(otherRowsBefore, rowsOf(schema, other), "the other trainee's rows are untouched");

        JsonPath run = given().auth().oauth2(instructor.token()).get("/api/instructor/cohorts/" + made.cohortId() + "/certificate-runs/" + made.runId())
                .then().statusCode(200).extract().jsonPath();
        assertEquals(2, run.getInt("total"));
        assertTrue(run.getList("items.holderName").containsAll(List.of(pseudonym, other.fullName())), run.getList("items.holderName").toString());
        byte[] zip = given().auth().oauth2(instructor.token()).get(made.zipUrl()).then().statusCode(200).extract().asByteArray();
        assertEquals(1, zipEntries(zip), "only the other trainee's PDF is left in the ZIP");
        given().auth().oauth2(instructor.token()).get("/api/instructor/cohorts/" + made.cohortId()).then().statusCode(200)
                .body("members.size()", equalTo(1));
        given().get("/api/verifications/" + myCode).then().statusCode(200).body("holderName", equalTo(HolderNameDigest.NAME_REMOVED));

        String instructorEmail = instructor.username() + "@example.org";
        assertEquals(List.of("certificate.instructor_name"), schema.columnsContaining(instructor.lastName()).stream()
                .filter(column -> column.startsWith("certificate.")).toList(), "named on the trainees' certificates");
        given().auth().oauth2(instructor.token()).contentType(ContentType.JSON).body(Map.of("confirm", true))
                .post("/api/me/erasure").then().statusCode(200);
        for (String personal : List.of(instructor.fullName(), instructor.lastName(), instructorEmail, instructor.username())) {
            assertEquals(List.of(), schema.columnsContaining(personal), "still stored after the instructor's erasure: " + personal);
        }
        assertEquals(1, schema.queryLong("select count(*) from cohort where id = ?", made.cohortId()), "the cohort stays");
        assertEquals(1, schema.queryLong("select count(*) from attendance where session_id = ?", made.sessionId()), "so does its attendance");
        given().auth().oauth2(admin.token()).get("/api/instructor/cohorts/" + made.cohortId()).then().statusCode(200)
                .body("members.size()", equalTo(1));
        given().get("/api/verifications/" + otherCode).then().statusCode(200).body("holderName", equalTo(masked(other)));
        given().auth().oauth2(other.token()).get("/api/me/data").then().statusCode(200)
                .body("cohorts.memberships[0].cohortId", equalTo((int) made.cohortId()))
                .body("cohorts.memberships[0].attendance[0].note", containsString(other.fullName()));
    }

    /** A holder's name as public verification shows it by default: first name and initial. */
    private static String masked(TestUsers.TestUser person) {
        return person.firstName() + " " + person.lastName().charAt(0) + ".";
    }

    private static int zipEntries(byte[] zip) throws java.io.IOException {
        int entries = 0;
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            while (in.getNextEntry() != null) {
                entries++;
            }
        }
        return entries;
    }

    private static long rowsOf(Schema schema, TestUsers.TestUser person) {
        long learner = schema.queryLong("select id from learner where email = ?", person.username() + "@example.org");
        String enrolments = "select id from enrolment where learner_id = " + learner;
        return schema.queryLong("select (select count(*) from enrolment where learner_id = " + learner + ")"
                + " + (select count(*) from lesson_progress where enrolment_id in (" + enrolments + "))"
                + " + (select count(*) from quiz_attempt where enrolment_id in (" + enrolments + "))"
                + " + (select count(*) from scenario_run where enrolment_id in (" + enrolments + "))"
                + " + (select count(*) from certificate where learner_id = " + learner + ")"
                + " + (select count(*) from certificate_reminder r join certificate c on c.id = r.certificate_id where c.learner_id = " + learner + ")"
                + " + (select count(*) from cohort_member where learner_id = " + learner + ")"
                + " + (select count(*) from attendance where learner_id = " + learner + ")"
                + " + (select count(*) from certificate_run_item where learner_id = " + learner + " and pdf is not null)"
                + " + (select count(*) from xapi_statement where learner_id = " + learner + ")"
                + " + (select count(*) from xapi_outbox where statement_seq in (select id from xapi_statement where learner_id = " + learner + "))");
    }
}
