package org.mhfa.privacy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.mhfa.certificate.ExpiryReminders;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.PlatformTestResource;
import org.mhfa.testing.TestUsers;

/** The export holds every row the platform keeps about the trainee, and nothing about anyone else. */
@QuarkusTest
class PersonalDataExportTest {

    @Inject
    ContentRepository content;

    @Inject
    ExpiryReminders reminders;

    @Inject
    DataSource dataSource;

    @Inject
    PersonalData personalData;

    @Test
    void theExportHoldsEveryRowOfEveryTableAboutTheTraineeAndNoOneElses() {
        Course course = content.course(Journeys.SAMPLE_COURSE).orElseThrow();
        TestUsers.TestUser me = TestUsers.create("Esme", "Exportwell" + suffix());
        TestUsers.TestUser other = TestUsers.create("Otto", "Otherling" + suffix());
        String myCode = Journeys.complete(me.token(), course);
        String otherCode = Journeys.complete(other.token(), course);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        PlatformTestResource.execute("update certificate set expires_on = date '" + today.plusDays(25) + "' where code in ('"
                + myCode + "', '" + otherCode + "')");
        reminders.sendDue(today);

        Response response = given().auth().oauth2(me.token()).get("/api/me/data");
        response.then().statusCode(200).contentType("application/json")
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename=\"mhfa-my-data-"));
        String body = response.asString();
        JsonPath export = response.jsonPath();

        Schema schema = new Schema(dataSource);
        long learnerId = schema.queryLong("select id from learner where email = ?", me.username() + "@example.org");
        String enrolments = "select id from enrolment where learner_id = " + learnerId;
        assertEquals(learnerId, export.getLong("profile.id"));
        assertEquals(me.fullName(), export.getString("profile.name"));
        assertEquals(me.username() + "@example.org", export.getString("profile.email"));
        assertEquals(schema.ids(enrolments), longs(export.getList("enrolments.id")));
        assertEquals(schema.ids("select id from lesson_progress where enrolment_id in (" + enrolments + ")"),
                longs(export.getList("enrolments.lessonsRead.flatten().id")));
        assertEquals(schema.ids("select id from quiz_attempt where enrolment_id in (" + enrolments + ")"),
                longs(export.getList("quizAttempts.id")));
        assertEquals(schema.ids("select id from scenario_run where enrolment_id in (" + enrolments + ")"),
                longs(export.getList("scenarioRuns.id")));
        assertEquals(schema.ids("select id from certificate where learner_id = " + learnerId),
                longs(export.getList("certificates.id")));
        assertEquals(schema.ids("select r.id from certificate_reminder r join certificate c on c.id = r.certificate_id where c.learner_id = " + learnerId),
                longs(export.getList("certificates.remindersSent.flatten().id")));
        assertFalse(export.getList("enrolments.lessonsRead.flatten()").isEmpty(), "the journey read lessons");
        assertFalse(export.getList("certificates.remindersSent.flatten()").isEmpty(), "a reminder was sent");

        assertEquals(myCode, export.getString("certificates[0].code"));
        assertEquals("EXPIRING_SOON", export.getString("certificates[0].status"), "expires in 25 days");
        assertEquals(me.fullName(), export.getString("certificates[0].holderName"));
        assertTrue(export.getInt("quizAttempts[0].scorePercent") >= 0);
        assertFalse(export.getMap("quizAttempts[0].answers").isEmpty(), "the answers given, as JSON");
        assertFalse(export.getList("scenarioRuns[0].path").isEmpty(), "the path taken, as JSON");

        for (String foreign : List.of(other.fullName(), other.lastName(), other.username(), otherCode)) {
            assertFalse(body.contains(foreign), "the export mentions another trainee: " + foreign);
        }
    }

    @Test
    void theExportHoldsTheTraineesCohortAttendanceRunLinesAndLearningRecordsAndTheInstructorsCohorts() {
        Course course = content.course(Journeys.SAMPLE_COURSE).orElseThrow();
        TestUsers.TestUser instructor = TestUsers.create("Ines", "Instructa" + suffix(), "instructor");
        TestUsers.TestUser me = TestUsers.create("Cora", "Cohortson" + suffix());
        TestUsers.TestUser other = TestUsers.create("Olga", "Otherwise" + suffix());
        Schema schema = new Schema(dataSource);
        CohortFixture.Made made = CohortFixture.cohortAttendedAndCertified(instructor, schema, List.of(me, other));
        String myCode = Journeys.complete(me.token(), course);
        String otherCode = Journeys.complete(other.token(), course);
        made = CohortFixture.runCertificates(instructor, made);

        Response response = given().auth().oauth2(me.token()).get("/api/me/data");
        response.then().statusCode(200);
        String body = response.asString();
        JsonPath export = response.jsonPath();
        String email = me.username() + "@example.org";
        long learnerId = schema.queryLong("select id from learner where email = ?", email);

        assertEquals(List.of(made.cohortId()), longList(export.getList("cohorts.memberships.cohortId")));
        assertEquals(email, export.getString("cohorts.memberships[0].invitedEmail"));
        assertEquals(schema.ids("select id from attendance where learner_id = ?", learnerId),
                longs(export.getList("cohorts.memberships.attendance.flatten().id")));
        assertEquals("PRESENT", export.getString("cohorts.memberships[0].attendance[0].status"));
        assertTrue(export.getString("cohorts.memberships[0].attendance[0].note").contains(me.fullName()));
        assertEquals(schema.ids("select id from certificate_run_item where learner_id = ?", learnerId),
                longs(export.getList("cohorts.memberships.certificateRuns.flatten().id")));
        assertEquals(me.fullName(), export.getString("cohorts.memberships[0].certificateRuns[0].holderName"));
        assertEquals(List.of(), export.getList("cohorts.cohortsRun"), "a trainee runs no cohorts");
        assertEquals(schema.ids("select id from lesson_view where enrolment_id in (select id from enrolment where learner_id = ?)", learnerId),
                longs(export.getList("enrolments.lessonsOpened.flatten().id")));
        assertFalse(export.getList("enrolments.findAll { it.elearningCompletedAt != null }").isEmpty(), "the e-learning was finished");

        Set<Long> statements = schema.ids("select id from xapi_statement where learner_id = ?", learnerId);
        assertFalse(statements.isEmpty(), "the journey left learning records");
        assertEquals(statements, longs(export.getList("learningRecords.statements.sequence")));
        assertEquals(schema.queryString("select cast(pseudonym as varchar) from learner where id = ?", learnerId),
                export.getString("learningRecords.actorAccountName"));
        assertEquals(export.getString("learningRecords.actorAccountName"),
                export.getString("learningRecords.statements[0].statement.actor.account.name"));
        assertEquals(schema.ids("select statement_seq from xapi_outbox where statement_seq in (select id from xapi_statement where learner_id = ?)", learnerId),
                longs(export.getList("learningRecords.statements.findAll { it.awaitingForwarding }.sequence")));

        for (String foreign : List.of(other.fullName(), other.lastName(), other.username(), otherCode)) {
            assertFalse(body.contains(foreign), "the export mentions another trainee: " + foreign);
        }

        Response instructorResponse = given().auth().oauth2(instructor.token()).get("/api/me/data");
        instructorResponse.then().statusCode(200);
        JsonPath instructorExport = instructorResponse.jsonPath();
        assertEquals(List.of(made.cohortId()), longList(instructorExport.getList("cohorts.cohortsRun.id")));
        assertEquals(1, instructorExport.getInt("cohorts.cohortsRun[0].sessions"));
        assertEquals(List.of(made.runId()), longList(instructorExport.getList("cohorts.cohortsRun[0].certificateRunsStarted.id")));
        for (String member : List.of(me.lastName(), me.username(), other.lastName(), other.username(), myCode, otherCode)) {
            assertFalse(instructorResponse.asString().contains(member), "the instructor's export lists a member: " + member);
        }
    }

    @Test
    void everyTableThatPointsAtALearnerHasAHolderThatExportsAndErasesIt() {
        Set<String> reaching = new Schema(dataSource).tablesReachingLearner();
        assertTrue(reaching.containsAll(Set.of("learner", "enrolment", "lesson_progress", "quiz_attempt", "scenario_run",
                "certificate", "certificate_reminder", "lesson_view", "cohort", "cohort_member", "training_session", "attendance",
                "certificate_run", "certificate_run_item", "xapi_statement", "xapi_outbox")), reaching.toString());
        Set<String> unclaimed = new HashSet<>(reaching);
        unclaimed.removeAll(personalData.tables());
        assertTrue(unclaimed.isEmpty(), "tables with rows about a learner but no PersonalDataHolder: " + unclaimed);
    }

    private static Set<Long> longs(List<Object> values) {
        Set<Long> ids = new HashSet<>();
        values.forEach(value -> ids.add(((Number) value).longValue()));
        return ids;
    }

    private static List<Long> longList(List<Object> values) {
        return values.stream().map(value -> ((Number) value).longValue()).toList();
    }

    static String suffix() {
        StringBuilder letters = new StringBuilder();
        UUID.randomUUID().toString().chars().filter(Character::isDigit).limit(6).forEach(digit -> letters.append((char) ('a' + digit - '0')));
        return letters.toString();
    }
}
