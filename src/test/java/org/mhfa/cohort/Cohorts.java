package org.mhfa.cohort;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mhfa.testing.CohortInvitations;
import org.mhfa.testing.TestUsers;

/** Test helpers: cohorts, invitations and sessions made through the JSON API. */
public final class Cohorts {

    public static final String COURSE = "community-crisis-support";

    private Cohorts() {
    }

    public static Map<String, Object> cohort(String name, int capacity) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("courseId", COURSE);
        body.put("name", name);
        body.put("startsOn", LocalDate.now().plusDays(7).toString());
        body.put("endsOn", LocalDate.now().plusDays(37).toString());
        body.put("place", "Community hall, 1 High Street");
        body.put("videoLink", "https://meet.example.org/mhfa-" + UUID.randomUUID().toString().substring(0, 6));
        body.put("capacity", capacity);
        return body;
    }

    /** Creates a cohort as the token's owner and returns its id. */
    public static long create(String token, String name, int capacity) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(cohort(name, capacity))
                .post("/api/instructor/cohorts").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Invites the addresses into the cohort; people with an account have not joined until they accept. */
    public static void enrol(String token, long cohortId, String... emails) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("emails", List.of(emails)))
                .post("/api/instructor/cohorts/" + cohortId + "/members").then().statusCode(200);
    }

    /** Invites the trainees, who each accept: they have joined the cohort and its course. */
    public static void join(String token, long cohortId, TestUsers.TestUser... trainees) {
        CohortInvitations.join(token, cohortId, trainees);
    }

    public static long addSession(String token, long cohortId, String startsAt) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("startsAt", startsAt, "durationMinutes", 180))
                .post("/api/instructor/cohorts/" + cohortId + "/sessions").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A fresh address nobody has an account with. */
    public static String newAddress(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
