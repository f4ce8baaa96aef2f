package org.mhfa.cohort;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mhfa.testing.PageSession;
import org.mhfa.testing.PlatformTestResource;
import org.mhfa.testing.TestUsers;

/** Instructors see and change only their own cohorts; administrators see all; nobody else gets in. */
@QuarkusTest
class CohortAccessTest {

    @Test
    void anInstructorCannotSeeOrChangeAnotherInstructorsCohortOverTheApi() {
        String alice = TestUsers.create("Alice", "Owner", "instructor").token();
        String bob = TestUsers.create("Bob", "Other", "instructor").token();
        long cohortId = Cohorts.create(alice, "Alice's cohort", 5);
        long sessionId = Cohorts.addSession(alice, cohortId, "2026-12-02T09:00:00Z");
        String trainee = Cohorts.newAddress("trainee");
        Cohorts.enrol(alice, cohortId, trainee);
        String base = "/api/instructor/cohorts/" + cohortId;

        given().auth().oauth2(bob).get("/api/instructor/cohorts").then().statusCode(200).body("id", not(hasItem((int) cohortId)));
        given().auth().oauth2(bob).get(base).then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("There is no such cohort among the cohorts you run."));
        given().auth().oauth2(bob).get("/api/instructor/cohorts/999999999").then().statusCode(404)
                .body("detail", equalTo("There is no such cohort among the cohorts you run."));
        given().auth().oauth2(bob).contentType(ContentType.JSON).body(Map.of("emails", List.of(Cohorts.newAddress("sneaky"))))
                .post(base + "/members").then().statusCode(404);
        given().auth().oauth2(bob).contentType(ContentType.JSON).body(Map.of("startsAt", "2026-12-03T09:00:00Z", "durationMinutes", 60))
                .post(base + "/sessions").then().statusCode(404);
        given().auth().oauth2(bob).get(base + "/sessions/" + sessionId).then().statusCode(404);
        long learnerId = PlatformTestResource.count("select learner_id from cohort_member where cohort_id = " + cohortId);
        given().auth().oauth2(bob).contentType(ContentType.JSON)
                .body(Map.of("marks", List.of(Map.of("learnerId", learnerId, "status", "ABSENT"))))
                .put(base + "/sessions/" + sessionId + "/attendance").then().statusCode(404);
        long memberId = given().auth().oauth2(alice).get(base).then().extract().jsonPath().getLong("members[0].id");
        given().auth().oauth2(bob).delete(base + "/members/" + memberId).then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("There is no such cohort among the cohorts you run."));
        long bobsCohort = Cohorts.create(bob, "Bob's own", 5);
        given().auth().oauth2(bob).delete("/api/instructor/cohorts/" + bobsCohort + "/members/" + memberId).then().statusCode(404);

        assertEquals(1, PlatformTestResource.count("select count(*) from cohort_member where cohort_id = " + cohortId));
        assertEquals(1, PlatformTestResource.count("select count(*) from training_session where cohort_id = " + cohortId));
        assertEquals(0, PlatformTestResource.count("select count(*) from attendance where session_id = " + sessionId));
    }

    @Test
    void aSessionOfAnotherCohortIsNotFoundThroughYourOwnCohort() {
        String alice = TestUsers.create("Alma", "Owner", "instructor").token();
        String bob = TestUsers.create("Bert", "Other", "instructor").token();
        long alicesSession = Cohorts.addSession(alice, Cohorts.create(alice, "Alma's", 5), "2026-12-02T09:00:00Z");
        long bobsCohort = Cohorts.create(bob, "Bert's", 5);
        given().auth().oauth2(bob).get("/api/instructor/cohorts/" + bobsCohort + "/sessions/" + alicesSession).then().statusCode(404);
    }

    @Test
    void traineesPartnersAndStrangersAreRefused() {
        String owner = TestUsers.create("Olga", "Owner", "instructor").token();
        long cohortId = Cohorts.create(owner, "Closed", 5);
        String trainee = TestUsers.create("Tia", "Trainee").token();
        String partner = TestUsers.create("Paco", "Partner", "partner").token();
        for (String token : List.of(trainee, partner)) {
            given().auth().oauth2(token).get("/api/instructor/cohorts").then().statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(token).get("/api/instructor/cohorts/" + cohortId).then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Cohorts.cohort("Mine now", 5))
                    .post("/api/instructor/cohorts").then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("emails", List.of(Cohorts.newAddress("x"))))
                    .post("/api/instructor/cohorts/" + cohortId + "/members").then().statusCode(403);
        }
        given().get("/api/instructor/cohorts").then().statusCode(401).contentType("application/problem+json");

        HttpResponse<String> page = PageSession.signIn(TestUsers.create("Tom", "Trainee")).get("/instructor/cohorts");
        assertEquals(403, page.statusCode());
        HttpResponse<String> partnerPage = PageSession.signIn(TestUsers.create("Pia", "Partner", "partner")).get("/instructor/cohorts/" + cohortId);
        assertEquals(403, partnerPage.statusCode());
        assertFalse(partnerPage.body().contains("Closed"));
    }

    @Test
    void anAdministratorSeesAndRunsEveryCohort() {
        String owner = TestUsers.create("Oscar", "Owner", "instructor").token();
        long cohortId = Cohorts.create(owner, "Oscar's group", 5);
        String admin = TestUsers.create("Ada", "Admin", "admin").token();

        given().auth().oauth2(admin).get("/api/instructor/cohorts").then().statusCode(200).body("id", hasItem((int) cohortId));
        given().auth().oauth2(admin).get("/api/instructor/cohorts/" + cohortId).then().statusCode(200)
                .body("cohort.ownerName", equalTo("Oscar Owner"));
        Cohorts.addSession(admin, cohortId, "2026-12-04T10:00:00Z");
        given().auth().oauth2(owner).get("/api/instructor/cohorts/" + cohortId).then().body("sessions.size()", equalTo(1));

        HttpResponse<String> page = PageSession.signIn(TestUsers.create("Adam", "Admin", "admin")).get("/instructor/cohorts");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Oscar&#39;s group") || page.body().contains("Oscar's group"), page.body());
    }

    @Test
    void anInstructorCannotOpenOrPostToAnotherInstructorsCohortPages() {
        TestUsers.TestUser alice = TestUsers.create("Ann", "Owner", "instructor");
        TestUsers.TestUser bob = TestUsers.create("Ben", "Other", "instructor");
        long cohortId = Cohorts.create(alice.token(), "Ann's pages", 5);
        long sessionId = Cohorts.addSession(alice.token(), cohortId, "2026-12-02T09:00:00Z");
        long ownCohort = Cohorts.create(bob.token(), "Ben's pages", 5);

        PageSession session = PageSession.signIn(bob);
        assertEquals(404, session.get("/instructor/cohorts/" + cohortId).statusCode());
        assertEquals(404, session.get("/instructor/cohorts/" + cohortId + "/sessions/" + sessionId).statusCode());
        HttpResponse<String> list = session.get("/instructor/cohorts");
        assertFalse(list.body().contains("Ann&#39;s pages"), list.body());
        assertTrue(list.body().contains("Ben&#39;s pages"), list.body());

        // a valid CSRF token from Ben's own page, sent to Ann's cohort
        HttpResponse<String> posted = session.submitTo("/instructor/cohorts/" + ownCohort, "/instructor/cohorts/" + ownCohort + "/members",
                "/instructor/cohorts/" + cohortId + "/members", Map.of("emails", Cohorts.newAddress("sneaky")));
        assertEquals(404, posted.statusCode());
        assertEquals(0, PlatformTestResource.count("select count(*) from cohort_member where cohort_id = " + cohortId));

        // Ben's own member's remove button, aimed at a member of Ann's cohort
        Cohorts.enrol(alice.token(), cohortId, Cohorts.newAddress("annes"));
        Cohorts.enrol(bob.token(), ownCohort, Cohorts.newAddress("bens"));
        long annesMember = PlatformTestResource.count("select id from cohort_member where cohort_id = " + cohortId);
        long bensMember = PlatformTestResource.count("select id from cohort_member where cohort_id = " + ownCohort);
        String bensButton = "/instructor/cohorts/" + ownCohort + "/members/" + bensMember + "/removal";
        assertEquals(404, session.submitTo("/instructor/cohorts/" + ownCohort, bensButton,
                "/instructor/cohorts/" + cohortId + "/members/" + annesMember + "/removal", Map.of()).statusCode());
        assertEquals(404, session.submitTo("/instructor/cohorts/" + ownCohort, bensButton,
                "/instructor/cohorts/" + ownCohort + "/members/" + annesMember + "/removal", Map.of()).statusCode());
        assertEquals(1, PlatformTestResource.count("select count(*) from cohort_member where cohort_id = " + cohortId));
    }
}
