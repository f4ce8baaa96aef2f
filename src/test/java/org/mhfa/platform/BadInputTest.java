package org.mhfa.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.Quiz;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.PlatformTestResource;
import org.mhfa.testing.TestUsers;

@QuarkusTest
class BadInputTest {

    @Inject
    ContentRepository content;

    @Test
    void anUnknownCourseIsANotFoundPageNotAStackTrace() {
        given().get("/courses/no-such-course").then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("There is no course &#39;no-such-course&#39;.")).body(not(containsString("Exception")));
        given().get("/no/such/page").then().statusCode(404).contentType(containsString("text/html"));
    }

    @Test
    void unknownThingsInTheApiAreProblemDetails() {
        String token = TestUsers.create("Nora", "Notfound").token();
        given().get("/api/courses/no-such-course").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("title", equalTo("Not found"))
                .body("instance", equalTo("/api/courses/no-such-course"));
        Journeys.enrol(token, content.course(Journeys.SAMPLE_COURSE).orElseThrow());
        given().auth().oauth2(token).put("/api/me/enrolments/community-crisis-support/lessons/no-such-lesson")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("no lesson 'no-such-lesson'"));
        given().auth().oauth2(token).get("/api/courses/community-crisis-support/quizzes/no-such-quiz")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void malformedSubmissionsAre400ProblemsAndWriteNothing() {
        Course course = content.course(Journeys.SAMPLE_COURSE).orElseThrow();
        Quiz quiz = Journeys.firstQuiz(course);
        String token = TestUsers.create("Mal", "Formed").token();
        Journeys.enrol(token, course);
        Journeys.Attempt attempt = Journeys.start(token, course, quiz);
        String answers = "/api/courses/" + course.id() + "/quizzes/" + quiz.id() + "/attempts/" + attempt.id() + "/answers";
        String firstQuestion = attempt.questionIds().get(0);

        Map<String, Object> unknownOption = new HashMap<>(Journeys.rightAnswers(quiz, attempt));
        unknownOption.put(firstQuestion, unknownOption.get(firstQuestion) instanceof String ? "zz" : java.util.List.of("zz"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("answers", unknownOption)).post(answers)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors." + firstQuestion, equalTo("'zz' is not one of this question's options."));

        Map<String, Object> missing = new HashMap<>(Journeys.rightAnswers(quiz, attempt));
        missing.remove(firstQuestion);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("answers", missing)).post(answers)
                .then().statusCode(400).body("errors." + firstQuestion, equalTo("Answer this question."));

        Map<String, Object> extra = new HashMap<>(Journeys.rightAnswers(quiz, attempt));
        extra.put("not-a-question", "a");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("answers", extra)).post(answers)
                .then().statusCode(400).body("errors", hasKey("not-a-question"));

        Map<String, Object> wrongShape = new HashMap<>(Journeys.rightAnswers(quiz, attempt));
        wrongShape.put(firstQuestion, 42);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("answers", wrongShape)).post(answers)
                .then().statusCode(400).body("errors", hasKey(firstQuestion));

        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"answers\": ").post(answers)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{}").post(answers)
                .then().statusCode(400).contentType("application/problem+json").body("errors", hasKey("answers"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"answers\": [1,2]}").post(answers)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.TEXT).body("a=b").post(answers)
                .then().statusCode(415).contentType("application/problem+json");

        assertEquals(0, PlatformTestResource.count("select count(*) from quiz_attempt where id = " + attempt.id()
                + " and (status <> 'STARTED' or answers is not null)"), "the attempt must stay open with nothing written");
    }

    @Test
    void progressBeforeEnrollingIsAConflict() {
        String token = TestUsers.create("Early", "Bird").token();
        given().auth().oauth2(token).put("/api/me/enrolments/community-crisis-support/lessons/what-is-a-mental-health-crisis")
                .then().statusCode(409).contentType("application/problem+json").body("title", equalTo("Not enrolled"));
    }

    @Test
    void unknownAndMalformedVerificationCodesGetTheSameNotFound() {
        String unknown = given().get("/verify/0000000000000000000000000" + "0").then().statusCode(404)
                .body(containsString("Certificate not found")).extract().asString();
        String malformed = given().get("/verify/%3Cscript%3E").then().statusCode(404)
                .body(containsString("Certificate not found")).body(not(containsString("<script>"))).extract().asString();
        assertEquals(unknown, malformed);
        given().get("/api/verifications/not-a-code").then().statusCode(404).contentType("application/problem+json")
                .body("title", equalTo("Certificate not found"));
    }
}
