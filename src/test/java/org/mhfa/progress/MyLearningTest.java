package org.mhfa.progress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.PageSession;
import org.mhfa.testing.PlatformTestResource;
import org.mhfa.testing.TestUsers;
import org.mhfa.testing.TestUsers.TestUser;

/** "My learning": progress per course and module, where to resume, attempts and scores, time spent; only ever one's own. */
@QuarkusTest
class MyLearningTest {

    @Inject
    ContentRepository content;

    @Test
    void myLearningShowsProgressNextStepScoresAndTimeSpentOfMyOwnCoursesOnly() {
        Course course = content.course("completion-required").orElseThrow();
        TestUser trainee = TestUsers.create("Mia", "Learner");
        String token = trainee.token();
        Journeys.enrol(token, course);
        PageSession session = PageSession.signIn(trainee);
        assertEquals(200, session.get("/courses/" + course.id() + "/lessons/read-me").statusCode());
        assertEquals(200, session.get("/courses/" + course.id() + "/lessons/must-read").statusCode());
        String enrolment = "(select e.id from enrolment e join learner l on l.id = e.learner_id where l.display_name = '"
                + trainee.fullName() + "')";
        PlatformTestResource.execute("update lesson_view set first_viewed_at = now() - interval '10 minutes' where lesson_id = 'read-me'"
                + " and enrolment_id = " + enrolment);
        PlatformTestResource.execute("update lesson_view set first_viewed_at = now() - interval '2 hours' where lesson_id = 'must-read'"
                + " and enrolment_id = " + enrolment);
        given().auth().oauth2(token).put("/api/me/enrolments/" + course.id() + "/lessons/read-me").then().statusCode(200);
        given().auth().oauth2(token).put("/api/me/enrolments/" + course.id() + "/lessons/must-read").then().statusCode(200);
        long attempt = Journeys.answer(token, course, course.quiz("core-check").orElseThrow(), false);
        PlatformTestResource.execute("update quiz_attempt set started_at = submitted_at - interval '5 minutes' where id = " + attempt);

        TestUser other = TestUsers.create("Oli", "Elsewhere");
        Journeys.enrol(other.token(), content.course("completion-attendance").orElseThrow());

        JsonPath mine = given().auth().oauth2(token).get("/api/me/enrolments").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(course.id()), mine.getList("courseId"));
        assertEquals(66, mine.getInt("[0].percent"));
        assertEquals("core-check", mine.getString("[0].next.id"));
        assertEquals("/courses/" + course.id() + "/quizzes/core-check", mine.getString("[0].next.url"));
        assertEquals(List.of("core", "extra"), mine.getList("[0].modules.id"));
        assertEquals(List.of(1, 1), mine.getList("[0].modules.done"));
        assertEquals(List.of(2, 1), mine.getList("[0].modules.required"), "the extra module requires only its listed lesson");
        assertEquals(List.of(50, 100), mine.getList("[0].modules.percent"));
        assertEquals("core-check", mine.getString("[0].checks[0].id"));
        assertEquals(1, mine.getInt("[0].checks[0].attempts"));
        assertEquals(0, mine.getInt("[0].checks[0].best"));
        assertEquals(50, mine.getInt("[0].checks[0].passMark"));
        assertEquals(false, mine.getBoolean("[0].checks[0].counted"));
        long seconds = mine.getLong("[0].timeSpentSeconds");
        assertTrue(seconds >= 600 + 1800 + 300 && seconds < 600 + 1800 + 300 + 30,
                "10 min reading, a lesson capped at 30 min, a 5-minute attempt: " + seconds);

        HttpResponse<String> page = session.get("/me");
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("<progress id=\"progress-" + course.id() + "\" max=\"100\" value=\"66\">"), html);
        assertTrue(html.contains("Course progress: 66% complete"));
        assertTrue(html.contains("<progress id=\"progress-" + course.id() + "-core\" max=\"100\" value=\"50\">"));
        assertTrue(html.contains("1 of 2 required items done"));
        assertTrue(html.contains("href=\"/courses/" + course.id() + "/quizzes/core-check\">Continue: Core check"), html);
        assertTrue(html.contains("Time spent: <strong>45 min</strong>"), html);
        assertTrue(html.contains("Core check</a>"));

        String othersPage = PageSession.signIn(other).get("/me").body();
        assertFalse(othersPage.contains(course.title()), "another trainee never sees my course");
        assertFalse(othersPage.contains("Core check"));
        given().auth().oauth2(other.token()).get("/api/me/enrolments").then().statusCode(200)
                .body("courseId", equalTo(List.of("completion-attendance"))).body("[0].timeSpentSeconds", equalTo(0));
        given().auth().oauth2(other.token()).get("/api/me/enrolments/" + course.id()).then().statusCode(409);
    }

    @Test
    void aTraineeWhoFinishedTheELearningIsToldToAttendASession() {
        Course course = content.course("completion-attendance").orElseThrow();
        TestUser trainee = TestUsers.create("Sol", "Session");
        Journeys.enrol(trainee.token(), course);
        given().auth().oauth2(trainee.token()).put("/api/me/enrolments/" + course.id() + "/lessons/only-lesson").then().statusCode(200);

        String html = PageSession.signIn(trainee).get("/me").body();

        assertTrue(html.contains("Next: attend an instructor-led session."), html);
        assertTrue(html.contains("within 7 days of finishing it"));
    }
}
