package org.mhfa.cohort;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;
import org.mhfa.testing.PlatformTestResource;
import org.mhfa.testing.TestUsers;

@QuarkusTest
class CohortApiTest {

    @Inject
    MockMailbox mailbox;

    @Inject
    Keycloak keycloak;

    @Inject
    AttendanceEvents events;

    @Test
    void anInstructorCreatesACohortAndFindsItInTheirList() {
        String token = TestUsers.create("Ines", "Creator", "instructor").token();
        Map<String, Object> body = Cohorts.cohort("Leeds ambulance staff", 12);

        String location = given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/instructor/cohorts")
                .then().statusCode(201)
                .body("name", equalTo("Leeds ambulance staff"))
                .body("courseTitle", containsString("Crisis"))
                .body("capacity", equalTo(12)).body("memberCount", equalTo(0)).body("placesLeft", equalTo(12))
                .body("ownerName", equalTo("Ines Creator"))
                .extract().header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        given().auth().oauth2(token).get("/api/instructor/cohorts").then().statusCode(200).body("id", hasItem((int) id));
        given().auth().oauth2(token).get("/api/instructor/cohorts/" + id).then().statusCode(200)
                .body("cohort.startsOn", equalTo(body.get("startsOn"))).body("cohort.videoLink", equalTo(body.get("videoLink")))
                .body("members.size()", equalTo(0)).body("sessions.size()", equalTo(0));
    }

    @Test
    void theListComesAPageAtATimeNewestStartFirst() {
        String token = TestUsers.create("Pam", "Pager", "instructor").token();
        for (int i = 1; i <= 3; i++) {
            Map<String, Object> body = Cohorts.cohort("Paged " + i, 5);
            body.put("startsOn", LocalDate.now().plusDays(i).toString());
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/instructor/cohorts").then().statusCode(201);
        }
        given().auth().oauth2(token).get("/api/instructor/cohorts?size=2").then().statusCode(200)
                .body("name", equalTo(List.of("Paged 3", "Paged 2")));
        given().auth().oauth2(token).get("/api/instructor/cohorts?size=2&page=1").then().statusCode(200)
                .body("name", equalTo(List.of("Paged 1")));
        given().auth().oauth2(token).get("/api/instructor/cohorts?size=0").then().statusCode(400)
                .contentType("application/problem+json").body("errors", hasKey("size"));
    }

    @Test
    void badCohortsAreProblemsNamingEachField() {
        String token = TestUsers.create("Ian", "Invalid", "instructor").token();
        Map<String, Object> body = Cohorts.cohort("", 0);
        body.put("videoLink", "javascript:alert(1)");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/instructor/cohorts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.name", equalTo("Give the cohort a name."))
                .body("errors.capacity", equalTo("A cohort needs at least one place."))
                .body("errors.videoLink", containsString("https://"));

        Map<String, Object> crossField = Cohorts.cohort("Backwards", 5);
        crossField.put("courseId", "no-such-course");
        crossField.put("endsOn", LocalDate.now().toString());
        crossField.put("place", " ");
        crossField.put("videoLink", null);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(crossField).post("/api/instructor/cohorts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.courseId", containsString("no-such-course"))
                .body("errors.endsOn", containsString("on or after the start date"))
                .body("errors.place", containsString("place, a video link, or both"));

        Map<String, Object> ftp = Cohorts.cohort("Old link", 5);
        ftp.put("videoLink", "ftp://files.example.org/meeting");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(ftp).post("/api/instructor/cohorts")
                .then().statusCode(400).body("errors", hasKey("videoLink"));

        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"courseId\": \"community-crisis-support\", \"startsOn\": \"next week\"}")
                .post("/api/instructor/cohorts").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/instructor/cohorts")
                .then().statusCode(400).contentType("application/problem+json");
        assertEquals(0, PlatformTestResource.count("select count(*) from cohort where name in ('Backwards', 'Old link', '')"));
    }

    @Test
    void invitingByEmailCreatesMissingAccountsAndSendsInvitationsThatExistingAccountsAccept() {
        TestUsers.TestUser instructor = TestUsers.create("Iris", "Inviter", "instructor");
        String token = instructor.token();
        long cohortId = Cohorts.create(token, "Harbour volunteers", 10);
        TestUsers.TestUser existing = TestUsers.create("Eve", "Existing");
        String existingToken = existing.token();
        given().auth().oauth2(existingToken).get("/api/me/enrolments").then().statusCode(200);
        String existingAddress = existing.username() + "@example.org";
        String newcomer = Cohorts.newAddress("newcomer");
        mailbox.clear();

        JsonPath report = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("emails", List.of(newcomer, " " + existingAddress.toUpperCase() + " ", "not-an-address", "sam@localhost",
                        newcomer.toUpperCase())))
                .post("/api/instructor/cohorts/" + cohortId + "/members")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(newcomer, existingAddress), report.getList("invited.email"));
        assertEquals(List.of(EnrolmentReport.INVITATION_SENT, EnrolmentReport.INVITATION_SENT), report.getList("invited.outcome"));
        assertEquals(java.util.Set.of("email", "outcome"), report.getMap("invited[1]").keySet(), "nothing tells who had an account");
        assertEquals(Map.of("not-an-address", "This is not an e-mail address: it needs a name, an @ and a domain, like sam@example.org.",
                "sam@localhost", "The part after the @ is not a domain name like example.org."), report.getMap("invalid"));
        assertEquals(8, report.getInt("placesLeft"));

        List<UserRepresentation> accounts = keycloak.realm("mhfa").users().searchByEmail(newcomer, true);
        assertEquals(1, accounts.size(), "the newcomer has an account in Keycloak");
        UserRepresentation account = accounts.get(0);
        assertTrue(account.isEnabled());
        assertEquals(newcomer, account.getUsername());
        assertTrue(keycloak.realm("mhfa").users().get(account.getId()).toRepresentation().getRequiredActions().contains("UPDATE_PASSWORD"));

        List<Mail> invitations = mailbox.getMailsSentTo(newcomer);
        assertEquals(1, invitations.size());
        Mail invitation = invitations.get(0);
        assertTrue(invitation.getSubject().contains("Harbour volunteers"), invitation.getSubject());
        String text = invitation.getText();
        assertTrue(text.contains("Iris Inviter has enrolled you"), text);
        assertTrue(text.contains(PlatformTestResource.baseUrl() + "/signin?course=" + Cohorts.COURSE), text);
        assertTrue(text.contains("user name: " + newcomer), text);
        assertTrue(text.matches("(?s).*temporary password: [A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}\n.*"), text);
        assertTrue(text.contains("Community hall, 1 High Street"), text);

        Mail existingMail = mailbox.getMailsSentTo(existingAddress).get(0);
        assertTrue(existingMail.getSubject().startsWith("You are invited to"), existingMail.getSubject());
        assertTrue(existingMail.getText().contains("Iris Inviter has invited you"), existingMail.getText());
        assertTrue(existingMail.getText().contains(PlatformTestResource.baseUrl() + "/me/invitations"), existingMail.getText());
        assertFalse(existingMail.getText().contains("temporary password"), existingMail.getText());

        given().auth().oauth2(existingToken).get("/api/me/enrolments").then().statusCode(200)
                .body("courseId", not(hasItem(Cohorts.COURSE)));
        given().auth().oauth2(token).get("/api/instructor/cohorts/" + cohortId).then().statusCode(200)
                .body("members.email", equalTo(List.of(newcomer, existingAddress)))
                .body("members.status", equalTo(List.of("INVITED", "INVITED")))
                .body("members.name", equalTo(java.util.Arrays.asList(null, null)))
                .body("members.learnerId", equalTo(java.util.Arrays.asList(null, null)));

        JsonPath pending = given().auth().oauth2(existingToken).get("/api/me/invitations").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Harbour volunteers"), pending.getList("cohortName"));
        assertEquals("Iris Inviter", pending.getString("[0].instructorName"));
        long invitationId = pending.getLong("[0].id");
        given().auth().oauth2(existingToken).contentType(ContentType.JSON).post("/api/me/invitations/" + invitationId + "/accept").then().statusCode(200)
                .body("courseId", equalTo(Cohorts.COURSE)).body("cohortId", equalTo((int) cohortId));
        given().auth().oauth2(existingToken).get("/api/me/enrolments").then().statusCode(200)
                .body("courseId", hasItem(Cohorts.COURSE));
        given().auth().oauth2(existingToken).get("/api/me/invitations").then().statusCode(200).body("size()", equalTo(0));
        given().auth().oauth2(existingToken).contentType(ContentType.JSON).post("/api/me/invitations/" + invitationId + "/accept").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(token).get("/api/instructor/cohorts/" + cohortId).then().statusCode(200)
                .body("members.status", equalTo(List.of("INVITED", "ACTIVE")))
                .body("members[1].name", equalTo("Eve Existing"));

        mailbox.clear();
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("emails", List.of(newcomer, existingAddress)))
                .post("/api/instructor/cohorts/" + cohortId + "/members")
                .then().statusCode(200).body("invited.size()", equalTo(0))
                .body("alreadyMembers", equalTo(List.of(newcomer, existingAddress)));
        assertEquals(0, mailbox.getTotalMessagesSent(), "people already in the cohort get no second invitation");
        assertEquals(1, keycloak.realm("mhfa").users().searchByEmail(newcomer, true).size());

        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("emails", List.of("nope", "still nope")))
                .post("/api/instructor/cohorts/" + cohortId + "/members")
                .then().statusCode(400).contentType("application/problem+json").body("errors", hasKey("nope"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("emails", List.of()))
                .post("/api/instructor/cohorts/" + cohortId + "/members")
                .then().statusCode(400).contentType("application/problem+json").body("errors", hasKey("emails"));
    }

    @Test
    void anInstructorRemovesAMemberWhoseCourseProgressAndAttendanceStay() {
        String token = TestUsers.create("Rhea", "Remover", "instructor").token();
        long cohortId = Cohorts.create(token, "Removals", 3);
        TestUsers.TestUser leaving = TestUsers.create("Lee", "Leaving");
        Cohorts.join(token, cohortId, leaving);
        String invitedOnly = Cohorts.newAddress("withdrawn");
        Cohorts.enrol(token, cohortId, invitedOnly);
        long sessionId = Cohorts.addSession(token, cohortId, "2026-12-01T18:00:00Z");
        JsonPath detail = given().auth().oauth2(token).get("/api/instructor/cohorts/" + cohortId).then().statusCode(200)
                .body("cohort.placesLeft", equalTo(1)).extract().jsonPath();
        long memberId = detail.getLong("members.find { it.name == 'Lee Leaving' }.id");
        long learnerId = detail.getLong("members.find { it.name == 'Lee Leaving' }.learnerId");
        long invitationId = detail.getLong("members.find { it.email == '" + invitedOnly + "' }.id");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("marks", List.of(Map.of("learnerId", learnerId, "status", "PRESENT"))))
                .put("/api/instructor/cohorts/" + cohortId + "/sessions/" + sessionId + "/attendance").then().statusCode(200);

        given().auth().oauth2(token).delete("/api/instructor/cohorts/" + cohortId + "/members/" + memberId).then().statusCode(204);
        given().auth().oauth2(token).delete("/api/instructor/cohorts/" + cohortId + "/members/" + invitationId).then().statusCode(204);
        given().auth().oauth2(token).delete("/api/instructor/cohorts/" + cohortId + "/members/" + memberId).then().statusCode(404)
                .contentType("application/problem+json");

        given().auth().oauth2(token).get("/api/instructor/cohorts/" + cohortId).then().statusCode(200)
                .body("members.size()", equalTo(0)).body("cohort.placesLeft", equalTo(3))
                .body("sessions[0].present", equalTo(0));
        given().auth().oauth2(token).get("/api/instructor/cohorts/" + cohortId + "/sessions/" + sessionId).then()
                .body("attendance.size()", equalTo(0));
        given().auth().oauth2(leaving.token()).get("/api/me/enrolments").then().statusCode(200)
                .body("courseId", hasItem(Cohorts.COURSE));
        assertEquals(List.of(Instant.parse("2026-12-01T18:00:00Z")), attendedAt(learnerId), "the attendance mark is kept");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("marks", List.of(Map.of("learnerId", learnerId, "status", "ABSENT"))))
                .put("/api/instructor/cohorts/" + cohortId + "/sessions/" + sessionId + "/attendance").then().statusCode(400);
    }

    @Test
    void aFullCohortRefusesNewTraineesWithAConflictAndEnrolsNobody() {
        String token = TestUsers.create("Cara", "Capacity", "instructor").token();
        long cohortId = Cohorts.create(token, "Two places", 2);
        String first = Cohorts.newAddress("first");
        String second = Cohorts.newAddress("second");
        String third = Cohorts.newAddress("third");

        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("emails", List.of(first, second, third)))
                .post("/api/instructor/cohorts/" + cohortId + "/members")
                .then().statusCode(409).contentType("application/problem+json")
                .body("title", equalTo("Cohort full"))
                .body("detail", containsString("2 places and 2 are left, but 3 new trainees were given. Nobody was enrolled"));
        assertTrue(keycloak.realm("mhfa").users().searchByEmail(first, true).isEmpty(), "no account is made when nobody fits");

        Cohorts.enrol(token, cohortId, first, second);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("emails", List.of(first, third)))
                .post("/api/instructor/cohorts/" + cohortId + "/members")
                .then().statusCode(409).body("detail", containsString("0 are left, but 1 new trainee was given"));
        given().auth().oauth2(token).get("/api/instructor/cohorts/" + cohortId).then()
                .body("members.size()", equalTo(2)).body("cohort.placesLeft", equalTo(0));
    }

    @Test
    void attendanceIsMarkedChangedAndReadBackForCompletionRules() {
        String token = TestUsers.create("Ada", "Attendance", "instructor").token();
        long cohortId = Cohorts.create(token, "Evening group", 5);
        TestUsers.TestUser present = TestUsers.create("Pat", "Present");
        TestUsers.TestUser partly = TestUsers.create("Paula", "Partial");
        TestUsers.TestUser outsider = TestUsers.create("Olly", "Outsider");
        Cohorts.join(token, cohortId, present, partly);
        long sessionId = Cohorts.addSession(token, cohortId, "2026-12-01T18:00:00Z");
        JsonPath detail = given().auth().oauth2(token).get("/api/instructor/cohorts/" + cohortId + "/sessions/" + sessionId)
                .then().statusCode(200).body("attendance.status", equalTo(java.util.Arrays.asList(null, null))).extract().jsonPath();
        long presentId = detail.getLong("attendance[0].learnerId");
        long partlyId = detail.getLong("attendance[1].learnerId");
        String attendance = "/api/instructor/cohorts/" + cohortId + "/sessions/" + sessionId + "/attendance";

        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("marks", List.of(Map.of("learnerId", presentId, "status", "PRESENT"),
                        Map.of("learnerId", partlyId, "status", "PARTIAL", "note", "Left at the break"))))
                .put(attendance).then().statusCode(200)
                .body("session.present", equalTo(1)).body("session.partial", equalTo(1))
                .body("attendance.status", equalTo(List.of("PRESENT", "PARTIAL")))
                .body("attendance[1].note", equalTo("Left at the break"));

        assertEquals(List.of(Instant.parse("2026-12-01T18:00:00Z")), attendedAt(presentId));
        assertEquals(List.of(), attendedAt(partlyId), "partly present is not attended");
        assertEquals(2, events.forSession(sessionId).size());
        AttendanceRecorded event = events.forSession(sessionId).get(0);
        assertEquals(Cohorts.COURSE, event.courseId());
        assertEquals(AttendanceStatus.PRESENT, event.status());
        assertEquals(presentId, event.learnerId());

        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("marks", List.of(Map.of("learnerId", presentId, "status", "ABSENT"))))
                .put(attendance).then().statusCode(200).body("attendance.status", equalTo(List.of("ABSENT", "PARTIAL")));
        assertEquals(List.of(), attendedAt(presentId));
        assertEquals(3, events.forSession(sessionId).size());

        given().auth().oauth2(outsider.token()).get("/api/me/enrolments").then().statusCode(200);
        long outsiderId = PlatformTestResource.count("select id from learner where email = '" + outsider.username() + "@example.org'");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("marks", List.of(Map.of("learnerId", partlyId, "status", "PRESENT"), Map.of("learnerId", outsiderId, "status", "PRESENT"))))
                .put(attendance).then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasKey("marks[1].learnerId"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"marks\": [{\"learnerId\": " + partlyId + ", \"status\": \"LATE\"}]}")
                .put(attendance).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("marks", List.of(Map.of("learnerId", partlyId))))
                .put(attendance).then().statusCode(400).body("errors", hasKey("status"));
        assertEquals(List.of(), attendedAt(partlyId), "a refused request writes nothing");
    }

    @Test
    void badSessionsAreProblems() {
        String token = TestUsers.create("Sol", "Session", "instructor").token();
        long cohortId = Cohorts.create(token, "Session checks", 5);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("durationMinutes", 5, "videoLink", "meet.example.org/no-scheme"))
                .post("/api/instructor/cohorts/" + cohortId + "/sessions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasKey("startsAt")).body("errors.durationMinutes", containsString("at least 15"))
                .body("errors", hasKey("videoLink"));
        given().auth().oauth2(token).get("/api/instructor/cohorts/" + cohortId).then().body("sessions.size()", equalTo(0));
        given().auth().oauth2(token).get("/api/instructor/cohorts/" + cohortId + "/sessions/999999").then().statusCode(404)
                .contentType("application/problem+json").body("detail", not(containsString("Exception")));
    }

    private static List<Instant> attendedAt(long learnerId) {
        return QuarkusTransaction.requiringNew().call(() -> Attendance.attendedAt(learnerId, Cohorts.COURSE));
    }
}
