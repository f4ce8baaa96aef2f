package org.mhfa.xapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mhfa.testing.CohortInvitations;
import org.mhfa.testing.PlatformTestResource;
import org.mhfa.testing.TestUsers;

/** Marking attendance at a cohort's session records "attended" (partial: not completed); absence records nothing. */
@QuarkusTest
class AttendanceStatementsTest {

    private static final String COURSE = "community-crisis-support";

    @Test
    void presentAndPartlyPresentAreAttendedStatementsAndAbsentIsNone() {
        String instructor = TestUsers.create("Ines", "Instructor", "instructor").token();
        TestUsers.TestUser present = TestUsers.create("Pia", "Present");
        TestUsers.TestUser partly = TestUsers.create("Pam", "Partly");
        TestUsers.TestUser absent = TestUsers.create("Abe", "Absent");
        long cohortId = given().auth().oauth2(instructor).contentType(ContentType.JSON)
                .body(Map.of("courseId", COURSE, "name", "xAPI cohort", "startsOn", LocalDate.now().toString(),
                        "endsOn", LocalDate.now().plusDays(30).toString(), "place", "Hall", "capacity", 5))
                .post("/api/instructor/cohorts").then().statusCode(201).extract().jsonPath().getLong("id");
        CohortInvitations.join(instructor, cohortId, present, partly, absent);
        long sessionId = given().auth().oauth2(instructor).contentType(ContentType.JSON)
                .body(Map.of("startsAt", "2026-11-20T09:00:00Z", "durationMinutes", 180))
                .post("/api/instructor/cohorts/" + cohortId + "/sessions").then().statusCode(201).extract().jsonPath().getLong("id");
        JsonPath detail = given().auth().oauth2(instructor).get("/api/instructor/cohorts/" + cohortId + "/sessions/" + sessionId)
                .then().statusCode(200).extract().jsonPath();
        Map<String, Long> ids = Map.of(
                "present", learnerId(detail, present), "partly", learnerId(detail, partly), "absent", learnerId(detail, absent));

        given().auth().oauth2(instructor).contentType(ContentType.JSON)
                .body(Map.of("marks", List.of(Map.of("learnerId", ids.get("present"), "status", "PRESENT"),
                        Map.of("learnerId", ids.get("partly"), "status", "PARTIAL"),
                        Map.of("learnerId", ids.get("absent"), "status", "ABSENT"))))
                .put("/api/instructor/cohorts/" + cohortId + "/sessions/" + sessionId + "/attendance").then().statusCode(200);

        List<Map<String, Object>> presentStatements = attended(instructor, ids.get("present"), sessionId);
        List<Map<String, Object>> partlyStatements = attended(instructor, ids.get("partly"), sessionId);
        assertEquals(1, presentStatements.size());
        assertEquals(1, partlyStatements.size());
        assertEquals(List.of(), attended(instructor, ids.get("absent"), sessionId), "absence is no statement");
        assertEquals(Boolean.TRUE, ((Map<?, ?>) presentStatements.get(0).get("result")).get("completion"));
        assertEquals(Boolean.FALSE, ((Map<?, ?>) partlyStatements.get(0).get("result")).get("completion"));
        List<Map<String, Object>> attended = new java.util.ArrayList<>(presentStatements);
        attended.addAll(partlyStatements);
        assertTrue(attended.toString().indexOf("Present") < 0, "no names in learning records");
    }

    private static long learnerId(JsonPath detail, TestUsers.TestUser user) {
        return detail.getLong("attendance.find { it.name == '" + user.fullName() + "' }.learnerId");
    }

    private static List<Map<String, Object>> attended(String token, long learnerId, long sessionId) {
        return given().auth().oauth2(token).queryParam("learner", pseudonym(learnerId)).queryParam("limit", 500)
                .get("/api/xapi/statements").then().statusCode(200).extract().jsonPath()
                .getList("statements.findAll { it.verb.id == 'http://adlnet.gov/expapi/verbs/attended' && it.object.id.contains('/sessions/"
                        + sessionId + "') }");
    }

    private static String pseudonym(long learnerId) {
        return PlatformTestResource.text("select pseudonym::text from learner where id = " + learnerId);
    }
}
