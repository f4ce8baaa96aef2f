package org.mhfa.cohort;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.PageSession;
import org.mhfa.testing.PlatformTestResource;
import org.mhfa.testing.TestUsers;

/**
 * Inviting by e-mail never tells the instructor whether an address has an account, and someone who has one joins only
 * by accepting on their own invitations page; until then the instructor sees "invited" and nothing of the person.
 */
@QuarkusTest
class InvitationTest {

    @Inject
    ContentRepository content;

    @Inject
    CohortConfig config;

    @Test
    void theAnswerIsTheSameForAnAddressWithAnAccountAndOneWithout() {
        TestUsers.TestUser instructor = TestUsers.create("Oona", "Oracle", "instructor");
        String token = instructor.token();
        long forNew = Cohorts.create(token, "Same answer A", 5);
        long forExisting = Cohorts.create(token, "Same answer B", 5);
        TestUsers.TestUser existing = TestUsers.create("Xena", "Existing");
        Course course = content.course(Cohorts.COURSE).orElseThrow();
        Journeys.enrol(existing.token(), course);
        Journeys.readAllLessons(existing.token(), course);
        String existingAddress = existing.username() + "@example.org";
        String newAddress = Cohorts.newAddress("fresh");

        Timed fresh = invite(token, forNew, newAddress);
        Timed known = invite(token, forExisting, existingAddress);
        assertEquals(fresh.response().statusCode(), known.response().statusCode());
        assertEquals(200, known.response().statusCode());
        assertEquals(withoutAddress(fresh.response().jsonPath().getMap(""), newAddress),
                withoutAddress(known.response().jsonPath().getMap(""), existingAddress), "field by field, but for the address");
        assertTrue(known.took().compareTo(config.invitationPace()) >= 0,
                "an existing account's answer waits as long as a new account's would: " + known.took());
        assertTrue(fresh.took().compareTo(config.invitationPace()) >= 0, fresh.took().toString());

        Map<String, Object> freshMember = member(token, forNew);
        Map<String, Object> knownMember = member(token, forExisting);
        assertEquals(newAddress, freshMember.get("email"));
        assertEquals(existingAddress, knownMember.get("email"));
        assertEquals(strip(freshMember, "id", "email", "enrolledAt"), strip(knownMember, "id", "email", "enrolledAt"));
        assertEquals("INVITED", knownMember.get("status"));
        assertNull(knownMember.get("name"));
        assertNull(knownMember.get("learnerId"));

        Map<String, Object> freshRow = dashboardRow(token, forNew);
        Map<String, Object> knownRow = dashboardRow(token, forExisting);
        assertEquals(strip(freshRow, "memberId", "email"), strip(knownRow, "memberId", "email"));
        assertNull(knownRow.get("name"));
        assertEquals(0, knownRow.get("modulesDone"), "the lessons read before joining do not show: " + knownRow);
        assertNull(knownRow.get("lastActivity"));

        PageSession page = PageSession.signIn(instructor);
        String freshCsv = page.get("/instructor/cohorts/" + forNew + "/dashboard.csv").body();
        String knownCsv = page.get("/instructor/cohorts/" + forExisting + "/dashboard.csv").body();
        assertEquals(freshCsv.replace(newAddress, "ADDRESS"), knownCsv.replace(existingAddress, "ADDRESS"));
        assertTrue(knownCsv.contains(existingAddress + ",invited,"), knownCsv);
        for (String view : List.of("", "/dashboard")) {
            String html = page.get("/instructor/cohorts/" + forExisting + view).body();
            assertTrue(html.contains(existingAddress), html);
            assertFalse(html.contains("Xena"), "no name before acceptance on " + view);
        }
        long sessionId = Cohorts.addSession(token, forExisting, "2026-12-01T18:00:00Z");
        given().auth().oauth2(token).get("/api/instructor/cohorts/" + forExisting + "/sessions/" + sessionId).then()
                .body("attendance.size()", equalTo(0)).body("invited", equalTo(1));
    }

    @Test
    void theInviteeAcceptsOnTheirOwnPageAndTheInstructorThenSeesThem() {
        TestUsers.TestUser instructor = TestUsers.create("Ines", "Inviting", "instructor");
        long cohortId = Cohorts.create(instructor.token(), "Accepting group", 5);
        TestUsers.TestUser invitee = TestUsers.create("Abe", "Accepting");
        Cohorts.enrol(instructor.token(), cohortId, invitee.username() + "@example.org");

        PageSession session = PageSession.signIn(invitee);
        assertNotNull(Jsoup.parse(session.get("/me").body()).selectFirst("#invitations-link a[href=/me/invitations]"));
        Document invitations = Jsoup.parse(session.get("/me/invitations").body());
        long memberId = PlatformTestResource.count("select id from cohort_member where cohort_id = " + cohortId);
        String card = invitations.getElementById("invitation-" + memberId).text();
        assertTrue(card.contains("Accepting group") && card.contains("Ines Inviting"), card);
        given().auth().oauth2(invitee.token()).get("/api/me/enrolments").then().body("courseId", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.hasItem(Cohorts.COURSE)));

        HttpResponse<String> accepted = session.submit("/me/invitations", "/me/invitations/" + memberId + "/accept", Map.of());
        assertEquals(200, accepted.statusCode());
        assertEquals("/courses/" + Cohorts.COURSE, accepted.uri().getPath());
        given().auth().oauth2(invitee.token()).get("/api/me/enrolments").then().body("courseId", org.hamcrest.Matchers.hasItem(Cohorts.COURSE));
        assertNotNull(Jsoup.parse(session.get("/me/invitations").body()).getElementById("no-invitations"));
        given().auth().oauth2(instructor.token()).get("/api/instructor/cohorts/" + cohortId).then()
                .body("members[0].status", equalTo("ACTIVE")).body("members[0].name", equalTo("Abe Accepting"));
        given().auth().oauth2(instructor.token()).get("/api/instructor/cohorts/" + cohortId + "/dashboard").then()
                .body("members[0].name", equalTo("Abe Accepting")).body("members[0].status", equalTo("ACTIVE"));
    }

    @Test
    void anotherTraineeCannotAnswerSomeoneElsesInvitation() {
        String instructor = TestUsers.create("Ivo", "Inviting", "instructor").token();
        long cohortId = Cohorts.create(instructor, "Not yours", 5);
        TestUsers.TestUser invitee = TestUsers.create("Vic", "Victim");
        TestUsers.TestUser other = TestUsers.create("Mal", "Other");
        Cohorts.enrol(instructor, cohortId, invitee.username() + "@example.org");
        long othersCohort = Cohorts.create(instructor, "Yours", 5);
        Cohorts.enrol(instructor, othersCohort, other.username() + "@example.org");
        long victims = PlatformTestResource.count("select id from cohort_member where cohort_id = " + cohortId);
        long own = PlatformTestResource.count("select id from cohort_member where cohort_id = " + othersCohort);

        String otherToken = other.token();
        given().auth().oauth2(otherToken).get("/api/me/invitations").then().body("id", equalTo(List.of((int) own)));
        given().auth().oauth2(otherToken).contentType(ContentType.JSON).post("/api/me/invitations/" + victims + "/accept").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(otherToken).contentType(ContentType.JSON).post("/api/me/invitations/" + victims + "/decline").then().statusCode(404);
        given().auth().oauth2(otherToken).contentType(ContentType.JSON).post("/api/me/invitations/999999999/accept").then().statusCode(404);

        // a valid CSRF token from the other trainee's own page, sent to the victim's invitation
        PageSession session = PageSession.signIn(other);
        assertEquals(404, session.submitTo("/me/invitations", "/me/invitations/" + own + "/accept",
                "/me/invitations/" + victims + "/accept", Map.of()).statusCode());
        assertEquals(404, session.submitTo("/me/invitations", "/me/invitations/" + own + "/decline",
                "/me/invitations/" + victims + "/decline", Map.of()).statusCode());
        assertEquals(400, session.postForm("/me/invitations/" + own + "/accept", Map.of()).statusCode(), "no CSRF token, no answer");

        given().auth().oauth2(instructor).get("/api/instructor/cohorts/" + cohortId).then()
                .body("members[0].status", equalTo("INVITED"));
        given().auth().oauth2(invitee.token()).get("/api/me/invitations").then().body("id", equalTo(List.of((int) victims)));
        given().auth().oauth2(instructor).contentType(ContentType.JSON).post("/api/me/invitations/" + victims + "/accept").then().statusCode(404);
    }

    @Test
    void decliningFreesThePlaceAndTheInstructorNoLongerSeesTheAddress() {
        String instructor = TestUsers.create("Dee", "Declined", "instructor").token();
        long cohortId = Cohorts.create(instructor, "Declined group", 1);
        TestUsers.TestUser invitee = TestUsers.create("Nora", "Nothanks");
        Cohorts.enrol(instructor, cohortId, invitee.username() + "@example.org");
        given().auth().oauth2(instructor).get("/api/instructor/cohorts/" + cohortId).then().body("cohort.placesLeft", equalTo(0));
        long id = PlatformTestResource.count("select id from cohort_member where cohort_id = " + cohortId);

        given().auth().oauth2(invitee.token()).contentType(ContentType.JSON).post("/api/me/invitations/" + id + "/decline").then().statusCode(204);
        given().auth().oauth2(instructor).get("/api/instructor/cohorts/" + cohortId).then()
                .body("members.size()", equalTo(0)).body("cohort.placesLeft", equalTo(1));
        given().auth().oauth2(invitee.token()).get("/api/me/invitations").then().body("size()", equalTo(0));
    }

    @Test
    void aRefresherChecksTheCertificateWhenTheInviteeAcceptsNotWhenTheyAreInvited() {
        String instructor = TestUsers.create("Rena", "Refresher", "instructor").token();
        Map<String, Object> body = Cohorts.cohort("Refresher group", 5);
        body.put("courseId", "community-crisis-support-refresher");
        long cohortId = given().auth().oauth2(instructor).contentType(ContentType.JSON).body(body).post("/api/instructor/cohorts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        TestUsers.TestUser uncertified = TestUsers.create("Una", "Uncertified");
        String newAddress = Cohorts.newAddress("refresh");

        JsonPath report = given().auth().oauth2(instructor).contentType(ContentType.JSON)
                .body(Map.of("emails", List.of(uncertified.username() + "@example.org", newAddress)))
                .post("/api/instructor/cohorts/" + cohortId + "/members").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(EnrolmentReport.INVITATION_SENT, EnrolmentReport.INVITATION_SENT), report.getList("invited.outcome"));
        assertEquals(Map.of(), report.getMap("invalid"));

        long id = given().auth().oauth2(uncertified.token()).get("/api/me/invitations").then().extract().jsonPath().getLong("[0].id");
        given().auth().oauth2(uncertified.token()).contentType(ContentType.JSON).post("/api/me/invitations/" + id + "/accept").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("full course"));
        given().auth().oauth2(instructor).get("/api/instructor/cohorts/" + cohortId).then()
                .body("members.status", equalTo(List.of("INVITED", "INVITED")));
    }

    private record Timed(Response response, Duration took) {
    }

    private static Timed invite(String token, long cohortId, String address) {
        long start = System.nanoTime();
        Response response = given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("emails", List.of(address)))
                .post("/api/instructor/cohorts/" + cohortId + "/members");
        return new Timed(response, Duration.ofNanos(System.nanoTime() - start));
    }

    private static Map<String, Object> withoutAddress(Map<String, Object> report, String address) {
        String json = new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(report).toString().replace(address, "ADDRESS");
        return JsonPath.from(json).getMap("");
    }

    private static Map<String, Object> member(String token, long cohortId) {
        return given().auth().oauth2(token).get("/api/instructor/cohorts/" + cohortId).then().statusCode(200)
                .body("members.size()", equalTo(1)).extract().jsonPath().getMap("members[0]");
    }

    private static Map<String, Object> dashboardRow(String token, long cohortId) {
        return given().auth().oauth2(token).get("/api/instructor/cohorts/" + cohortId + "/dashboard").then().statusCode(200)
                .body("members.size()", equalTo(1)).extract().jsonPath().getMap("members[0]");
    }

    private static Map<String, Object> strip(Map<String, Object> fields, String... keys) {
        Map<String, Object> left = new HashMap<>(fields);
        for (String key : keys) {
            left.remove(key);
        }
        return left;
    }
}
