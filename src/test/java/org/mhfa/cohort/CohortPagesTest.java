package org.mhfa.cohort;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mhfa.testing.PageSession;
import org.mhfa.testing.PlatformTestResource;
import org.mhfa.testing.TestUsers;

/** The instructor pages, driven as a person would: forms with CSRF tokens, messages beside the fields. */
@QuarkusTest
class CohortPagesTest {

    @Inject
    MockMailbox mailbox;

    @Test
    void anInstructorCreatesACohortThroughTheFormAndSeesMistakesBesideTheFields() {
        PageSession session = PageSession.signIn(TestUsers.create("Fay", "Former", "instructor"));
        HttpResponse<String> list = session.get("/instructor/cohorts");
        assertEquals(200, list.statusCode());
        assertNotNull(Jsoup.parse(list.body()).selectFirst("nav a[href=/instructor/cohorts]"), "instructors have a Cohorts link");

        Map<String, String> form = new HashMap<>(Map.of("courseId", Cohorts.COURSE, "name", "Night shift, ward 4",
                "startsOn", LocalDate.now().plusDays(3).toString(), "endsOn", LocalDate.now().plusDays(1).toString(),
                "place", "", "videoLink", "meet.example.org/x", "capacity", "many"));
        HttpResponse<String> refused = session.submit("/instructor/cohorts", "/instructor/cohorts", form);
        assertEquals(400, refused.statusCode());
        Document page = Jsoup.parse(refused.body());
        assertEquals("Give a web address starting with https:// (or http://).", page.getElementById("videoLink-error").text());
        assertEquals("Give a whole number.", page.getElementById("capacity-error").text());
        assertEquals("true", page.getElementById("videoLink").attr("aria-invalid"));
        assertTrue(page.getElementById("videoLink").attr("aria-describedby").contains("videoLink-error"));
        assertEquals("Night shift, ward 4", page.getElementById("name").val(), "what was typed is kept");
        assertNotNull(page.getElementById("error-summary"));

        form.put("videoLink", "https://meet.example.org/ward4");
        form.put("capacity", "8");
        refused = session.submit("/instructor/cohorts", "/instructor/cohorts", form);
        assertEquals(400, refused.statusCode());
        assertEquals("The end date must be on or after the start date.", Jsoup.parse(refused.body()).getElementById("endsOn-error").text());

        form.put("endsOn", LocalDate.now().plusDays(30).toString());
        HttpResponse<String> created = session.submit("/instructor/cohorts", "/instructor/cohorts", form);
        assertEquals(200, created.statusCode());
        assertTrue(created.uri().getPath().matches("/instructor/cohorts/\\d+"), created.uri().toString());
        Document cohort = Jsoup.parse(created.body());
        assertEquals("Night shift, ward 4", cohort.selectFirst("h1").text());
        assertTrue(cohort.text().contains("0 of 8 taken, 8 left"), cohort.text());
        assertNotNull(cohort.selectFirst("a[href=https://meet.example.org/ward4]"));
    }

    @Test
    void invitingThroughTheTextareaKeepsTheAddressesThatCouldNotBeUsed() {
        TestUsers.TestUser instructor = TestUsers.create("Tex", "Tarea", "instructor");
        long cohortId = Cohorts.create(instructor.token(), "Textarea group", 2);
        PageSession session = PageSession.signIn(instructor);
        String page = "/instructor/cohorts/" + cohortId;
        String good = Cohorts.newAddress("good");

        HttpResponse<String> answered = session.submit(page, page + "/members", Map.of("emails", good + ",\nbad-address; <" + good + ">"));
        assertEquals(200, answered.statusCode());
        Document document = Jsoup.parse(answered.body());
        assertEquals("bad-address", document.getElementById("emails").text(), "the unusable address stays in the box");
        assertTrue(document.getElementById("emails-error").text().contains("One address could not be used"));
        assertTrue(document.getElementById("enrolment-report").text().contains("1 invited"), document.getElementById("enrolment-report").text());
        assertTrue(document.getElementById("enrolment-report").text().contains(good + ": " + EnrolmentReport.INVITATION_SENT));
        assertTrue(document.getElementById("enrolment-report").text().contains("bad-address: This is not an e-mail address"));
        assertTrue(document.getElementById("members").text().contains(good));
        assertTrue(document.getElementById("members").text().contains("Invited"));
        assertTrue(document.getElementById("members").text().contains("Not joined yet"));

        String more = Cohorts.newAddress("more") + " " + Cohorts.newAddress("most");
        HttpResponse<String> full = session.submit(page, page + "/members", Map.of("emails", more));
        assertEquals(409, full.statusCode());
        Document fullPage = Jsoup.parse(full.body());
        assertTrue(fullPage.getElementById("emails-error").text().contains("Nobody was enrolled"), fullPage.text());
        assertEquals(more, fullPage.getElementById("emails").text(), "nothing typed is lost");

        HttpResponse<String> empty = session.submit(page, page + "/members", Map.of("emails", "  "));
        assertEquals(400, empty.statusCode());
        assertEquals("Give at least one e-mail address.", Jsoup.parse(empty.body()).getElementById("emails-error").text());
    }

    @Test
    void sessionsAreAddedAndAttendanceMarkedThroughTheForms() {
        TestUsers.TestUser instructor = TestUsers.create("Mark", "Marker", "instructor");
        long cohortId = Cohorts.create(instructor.token(), "Marking group", 5);
        TestUsers.TestUser trainee = TestUsers.create("Tara", "Trainee");
        Cohorts.join(instructor.token(), cohortId, trainee);
        PageSession session = PageSession.signIn(instructor);
        String page = "/instructor/cohorts/" + cohortId;

        HttpResponse<String> refused = session.submit(page, page + "/sessions", Map.of("startsAt", "tomorrow", "durationMinutes", "5"));
        assertEquals(400, refused.statusCode());
        Document refusedPage = Jsoup.parse(refused.body());
        assertEquals("Give the date and time like 2026-12-01T18:00.", refusedPage.getElementById("startsAt-error").text());
        assertEquals("A session lasts at least 15 minutes.", refusedPage.getElementById("durationMinutes-error").text());

        HttpResponse<String> added = session.submit(page, page + "/sessions",
                Map.of("startsAt", "2026-12-01T18:00", "durationMinutes", "150", "place", "Room 2"));
        assertEquals(200, added.statusCode());
        String sessionPage = added.uri().getPath();
        assertTrue(sessionPage.matches("/instructor/cohorts/" + cohortId + "/sessions/\\d+"), sessionPage);
        assertTrue(added.body().contains("Tuesday 1 December 2026, 18:00 UTC"), added.body());
        assertTrue(added.body().contains("Room 2"));

        Document attendance = Jsoup.parse(added.body());
        String statusField = attendance.selectFirst("input[type=radio][value=PRESENT]").attr("name");
        String learnerId = statusField.substring("status-".length());
        HttpResponse<String> saved = session.submit(sessionPage, sessionPage + "/attendance",
                Map.of(statusField, "PARTIAL", "note-" + learnerId, "Arrived after the break"));
        assertEquals(200, saved.statusCode());
        Document savedPage = Jsoup.parse(saved.body());
        assertNotNull(savedPage.getElementById("saved"));
        assertTrue(savedPage.selectFirst("input[name=" + statusField + "][value=PARTIAL]").hasAttr("checked"));
        assertEquals("Arrived after the break", savedPage.getElementById("note-" + learnerId).val());
        assertEquals(1, PlatformTestResource.count("select count(*) from attendance a join training_session s on s.id = a.session_id "
                + "where s.cohort_id = " + cohortId + " and a.status = 'PARTIAL' and a.note = 'Arrived after the break'"));

        HttpResponse<String> forged = session.submit(sessionPage, sessionPage + "/attendance", Map.of("status-999999999", "PRESENT"));
        assertEquals(400, forged.statusCode());
        assertTrue(Jsoup.parse(forged.body()).getElementById("error-summary").text().contains("outside this cohort"));
    }

    @Test
    void theRemoveButtonTakesAMemberOutOfTheCohort() {
        TestUsers.TestUser instructor = TestUsers.create("Remy", "Button", "instructor");
        long cohortId = Cohorts.create(instructor.token(), "Button group", 5);
        TestUsers.TestUser trainee = TestUsers.create("Rob", "Removed");
        Cohorts.join(instructor.token(), cohortId, trainee);
        String page = "/instructor/cohorts/" + cohortId;
        long memberId = PlatformTestResource.count("select id from cohort_member where cohort_id = " + cohortId);
        PageSession session = PageSession.signIn(instructor);
        Document before = Jsoup.parse(session.get(page).body());
        assertTrue(before.getElementById("member-" + memberId).text().contains("Remove from the cohort"), before.text());
        assertTrue(before.getElementById("members-hint").text().contains("progress stay theirs"));

        String button = page + "/members/" + memberId + "/removal";
        HttpResponse<String> withoutToken = session.postForm(button, Map.of());
        assertEquals(400, withoutToken.statusCode(), "the form needs its CSRF token");
        assertEquals(1, PlatformTestResource.count("select count(*) from cohort_member where cohort_id = " + cohortId));

        HttpResponse<String> removed = session.submit(page, button, Map.of());
        assertEquals(200, removed.statusCode());
        assertEquals(page, removed.uri().getPath());
        Document after = Jsoup.parse(removed.body());
        assertNotNull(after.getElementById("removed-notice"));
        assertFalse(after.text().contains("Rob Removed"), after.text());
        assertEquals(0, PlatformTestResource.count("select count(*) from cohort_member where cohort_id = " + cohortId));
        given().auth().oauth2(trainee.token()).get("/api/me/enrolments").then().body("[0].courseId", equalTo(Cohorts.COURSE));
    }

    @Test
    void anInvitedTraineeSignsInWithTheTemporaryPasswordAndBecomesActive() {
        TestUsers.TestUser instructor = TestUsers.create("Ivy", "Inviting", "instructor");
        long cohortId = Cohorts.create(instructor.token(), "First sign-in", 5);
        String address = Cohorts.newAddress("invitee");
        mailbox.clear();
        Cohorts.enrol(instructor.token(), cohortId, address);
        String text = mailbox.getMailsSentTo(address).get(0).getText();
        Matcher password = Pattern.compile("temporary password: (\\S+)").matcher(text);
        assertTrue(password.find(), text);
        Matcher link = Pattern.compile(Pattern.quote(PlatformTestResource.baseUrl()) + "(/signin\\S*)").matcher(text);
        assertTrue(link.find(), text);

        HttpResponse<String> landed = PageSession.firstSignIn(link.group(1), address, password.group(1), "my-own-Passw0rd!",
                "Nia", "Newcomer").getValue();
        assertEquals("/courses/" + Cohorts.COURSE, landed.uri().getPath());
        assertFalse(Jsoup.parse(landed.body()).select("form[action$=/enrolment]").hasText(), "already enrolled: no enrol button");

        given().auth().oauth2(TestUsers.token(address, "my-own-Passw0rd!")).get("/api/me/enrolments").then().statusCode(200)
                .body("[0].courseId", equalTo(Cohorts.COURSE));
        given().auth().oauth2(instructor.token()).get("/api/instructor/cohorts/" + cohortId).then()
                .body("members[0].status", equalTo("ACTIVE")).body("members[0].name", equalTo("Nia Newcomer"));
    }
}
