package org.mhfa.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Puts trainees into an instructor's cohort the way people do it: the instructor invites their addresses, each trainee
 * accepts the invitation on their own account.
 */
public final class CohortInvitations {

    private CohortInvitations() {
    }

    /** A cohort of the course, starting next week, run by the token's owner; returns its id. */
    public static long cohort(String instructorToken, String courseId, String name) {
        return given().auth().oauth2(instructorToken).contentType(ContentType.JSON)
                .body(Map.of("courseId", courseId, "name", name, "startsOn", LocalDate.now().plusDays(7).toString(),
                        "endsOn", LocalDate.now().plusDays(37).toString(), "place", "Community hall", "capacity", 20))
                .post("/api/instructor/cohorts").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The instructor invites the addresses into the cohort. */
    public static void invite(String instructorToken, long cohortId, List<String> emails) {
        given().auth().oauth2(instructorToken).contentType(ContentType.JSON).body(Map.of("emails", emails))
                .post("/api/instructor/cohorts/" + cohortId + "/members").then().statusCode(200);
    }

    /** The trainee accepts every invitation waiting for them; returns how many there were. */
    public static int acceptAll(String traineeToken) {
        List<Integer> ids = given().auth().oauth2(traineeToken).get("/api/me/invitations").then().statusCode(200)
                .extract().jsonPath().getList("id", Integer.class);
        ids.forEach(id -> given().auth().oauth2(traineeToken).contentType(ContentType.JSON)
                .post("/api/me/invitations/" + id + "/accept").then().statusCode(200));
        return ids.size();
    }

    /** The instructor invites the trainees (by their test address) and each of them accepts: they have joined. */
    public static void join(String instructorToken, long cohortId, TestUsers.TestUser... trainees) {
        invite(instructorToken, cohortId, Arrays.stream(trainees).map(trainee -> trainee.username() + "@example.org").toList());
        for (TestUsers.TestUser trainee : trainees) {
            acceptAll(trainee.token());
        }
    }
}
