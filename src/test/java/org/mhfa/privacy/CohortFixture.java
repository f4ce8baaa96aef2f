package org.mhfa.privacy;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mhfa.testing.CohortInvitations;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.TestUsers;

/**
 * Test set-up through the API: trainees invited by e-mail into an instructor's cohort (each accepting), marked present at a
 * session with a note that names them, certified, and included in a bulk certificate run.
 */
final class CohortFixture {

    private CohortFixture() {
    }

    /** The cohort made, its session and the finished run. */
    record Made(long cohortId, long sessionId, long runId, String zipUrl) {
    }

    /** Runs the whole set-up for the trainees (each completes the sample course) and returns the ids. */
    static Made cohortAttendedAndCertified(TestUsers.TestUser instructor, Schema schema, List<TestUsers.TestUser> trainees) {
        String token = instructor.token();
        for (TestUsers.TestUser trainee : trainees) {
            given().auth().oauth2(trainee.token()).get("/api/me/enrolments").then().statusCode(200);
        }
        Map<String, Object> cohort = new LinkedHashMap<>();
        cohort.put("courseId", Journeys.SAMPLE_COURSE);
        cohort.put("name", "Tuesday group with " + instructor.fullName());
        cohort.put("startsOn", LocalDate.now().plusDays(7).toString());
        cohort.put("endsOn", LocalDate.now().plusDays(37).toString());
        cohort.put("place", "Community hall, ask for " + instructor.fullName());
        cohort.put("capacity", 10);
        long cohortId = given().auth().oauth2(token).contentType(ContentType.JSON).body(cohort)
                .post("/api/instructor/cohorts").then().statusCode(201).extract().jsonPath().getLong("id");
        List<String> emails = trainees.stream().map(trainee -> trainee.username() + "@example.org").toList();
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("emails", emails))
                .post("/api/instructor/cohorts/" + cohortId + "/members").then().statusCode(200);
        trainees.forEach(trainee -> CohortInvitations.acceptAll(trainee.token()));
        long sessionId = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("startsAt", "2026-12-01T18:00:00Z", "durationMinutes", 180))
                .post("/api/instructor/cohorts/" + cohortId + "/sessions").then().statusCode(201).extract().jsonPath().getLong("id");
        List<Map<String, Object>> marks = trainees.stream().map(trainee -> Map.<String, Object>of(
                "learnerId", schema.queryLong("select id from learner where email = ?", trainee.username() + "@example.org"),
                "status", "PRESENT", "note", trainee.fullName() + " came late (" + trainee.username() + "@example.org)")).toList();
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("marks", marks))
                .put("/api/instructor/cohorts/" + cohortId + "/sessions/" + sessionId + "/attendance").then().statusCode(200);
        return new Made(cohortId, sessionId, 0, null);
    }

    /** Starts a bulk certificate run of the cohort and waits until it has finished. */
    static Made runCertificates(TestUsers.TestUser instructor, Made made) {
        String location = given().auth().oauth2(instructor.token()).contentType(ContentType.JSON)
                .post("/api/instructor/cohorts/" + made.cohortId() + "/certificate-runs").then().statusCode(202).extract().header("Location");
        JsonPath run = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth().oauth2(instructor.token()).get(location).then().statusCode(200).extract().jsonPath(),
                        json -> "FINISHED".equals(json.getString("state")));
        return new Made(made.cohortId(), made.sessionId(), run.getLong("id"), run.getString("zipUrl"));
    }
}
