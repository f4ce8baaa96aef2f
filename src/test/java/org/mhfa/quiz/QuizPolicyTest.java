package org.mhfa.quiz;

import org.mhfa.catalogue.Quiz;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.PlatformTestResource;
import org.mhfa.testing.TestUsers;

/** The attempt rules of knowledge checks, on the fixture course "policy-lab" (src/test/resources/fixtures). */
@QuarkusTest
class QuizPolicyTest {

    @Inject
    ContentRepository content;

    private Course lab() {
        return content.course("policy-lab").orElseThrow();
    }

    private String api(Course course, Quiz quiz) {
        return "/api/courses/" + course.id() + "/quizzes/" + quiz.id();
    }

    private void submit(String token, Course course, Quiz quiz, long attempt, Map<String, Object> answers, int status) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("answers", answers))
                .post(api(course, quiz) + "/attempts/" + attempt + "/answers").then().statusCode(status);
    }

    @Test
    void aPoolDrawIsRecordedAndTheReviewShowsTheSameQuestions() {
        Course course = lab();
        Quiz pool = course.quiz("pool").orElseThrow();
        String token = TestUsers.create("Pia", "Pool").token();
        Journeys.enrol(token, course);
        Journeys.Attempt attempt = Journeys.start(token, course, pool);
        assertEquals(2, attempt.questionIds().size());
        given().auth().oauth2(token).get(api(course, pool) + "/attempts/" + attempt.id()).then()
                .body("questions.id", equalTo(attempt.questionIds()));
        given().auth().oauth2(token).contentType(ContentType.JSON).post(api(course, pool) + "/attempts").then()
                .statusCode(201).body("id", equalTo((int) attempt.id()));
        submit(token, course, pool, attempt.id(), Journeys.rightAnswers(pool, attempt), 200);
        given().auth().oauth2(token).get(api(course, pool) + "/attempts/" + attempt.id()).then()
                .body("review.id", equalTo(attempt.questionIds())).body("scorePercent", equalTo(100));
        assertEquals(1, PlatformTestResource.count("select count(*) from quiz_attempt where id = " + attempt.id()
                + " and seed <> 0 and question_ids = '" + String.join(",", attempt.questionIds()) + "'"));
    }

    @Test
    void theAttemptLimitAndTheRetryDelayAreEnforced() {
        Course course = lab();
        Quiz limited = course.quiz("limited").orElseThrow();
        String token = TestUsers.create("Lee", "Limit").token();
        Journeys.enrol(token, course);
        long first = Journeys.answer(token, course, limited, false);

        given().auth().oauth2(token).contentType(ContentType.JSON).post(api(course, limited) + "/attempts").then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("You can try again from")).header("Retry-After", notNullValue());
        PlatformTestResource.execute("update quiz_attempt set submitted_at = submitted_at - interval '11 minutes' where id = " + first);

        long second = Journeys.answer(token, course, limited, false);
        PlatformTestResource.execute("update quiz_attempt set submitted_at = submitted_at - interval '11 minutes' where id = " + second);
        given().auth().oauth2(token).contentType(ContentType.JSON).post(api(course, limited) + "/attempts").then()
                .statusCode(409).body("detail", equalTo("You have used all 2 attempts at this knowledge check."))
                .header("Retry-After", nullValue());
        given().auth().oauth2(token).get(api(course, limited)).then().body("attemptsLeft", equalTo(0));
    }

    @Test
    void answersAfterTheTimeLimitAreRefusedAndTheAttemptCounts() {
        Course course = lab();
        Quiz timed = course.quiz("timed").orElseThrow();
        String token = TestUsers.create("Tim", "Timer").token();
        Journeys.enrol(token, course);
        Journeys.Attempt attempt = Journeys.start(token, course, timed);
        given().auth().oauth2(token).get(api(course, timed) + "/attempts/" + attempt.id()).then()
                .body("deadline", notNullValue());
        PlatformTestResource.execute("update quiz_attempt set started_at = started_at - interval '91 seconds' where id = " + attempt.id());
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("answers", Journeys.rightAnswers(timed, attempt)))
                .post(api(course, timed) + "/attempts/" + attempt.id() + "/answers").then()
                .statusCode(409).body("title", equalTo("Time is up"));
        given().auth().oauth2(token).get(api(course, timed) + "/attempts/" + attempt.id()).then()
                .body("status", equalTo("EXPIRED")).body("passed", equalTo(false));

        Journeys.Attempt intime = Journeys.start(token, course, timed);
        submit(token, course, timed, intime.id(), Journeys.rightAnswers(timed, intime), 200);
    }

    @Test
    void theFeedbackPolicyShowsRightOrWrongAndFeedbackButNotTheAnswers() {
        Course course = lab();
        Quiz limited = course.quiz("limited").orElseThrow();
        String token = TestUsers.create("Fay", "Feedback").token();
        Journeys.enrol(token, course);
        long attempt = Journeys.answer(token, course, limited, false);
        given().auth().oauth2(token).get(api(course, limited) + "/attempts/" + attempt).then()
                .body("review", hasSize(2))
                .body("review.correct", everyItem(equalTo(false)))
                .body("review.correctAnswer", everyItem(nullValue()))
                .body("review.find { it.id == 'truth' }.feedbackHtml[0]", containsString("It does not."))
                .body("review.find { it.id == 'truth' }.explanationHtml", containsString("Asking shows you care."));
    }

    @Test
    void theAfterPassPolicyShowsOnlyTheScoreUntilPassed() {
        Course course = lab();
        Quiz afterPass = course.quiz("after-pass").orElseThrow();
        String token = TestUsers.create("Abe", "Afterpass").token();
        Journeys.enrol(token, course);
        long failed = Journeys.answer(token, course, afterPass, false);
        given().auth().oauth2(token).get(api(course, afterPass) + "/attempts/" + failed).then()
                .body("scorePercent", equalTo(0)).body("review", nullValue());
        Journeys.answer(token, course, afterPass, true);
        given().auth().oauth2(token).get(api(course, afterPass) + "/attempts/" + failed).then()
                .body("review", hasSize(2)).body("review.find { it.id == 'signs' }.correctAnswer", equalTo(List.of("a", "b")));
    }
}
