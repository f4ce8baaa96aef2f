package org.mhfa.progress;

import org.mhfa.testing.PlatformTestResource;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.Lesson;
import org.mhfa.catalogue.Quiz;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.TestUsers;
import org.mhfa.testing.TestUsers.TestUser;

@QuarkusTest
class TraineeJourneyApiTest {

    @Inject
    ContentRepository content;

    @Test
    void aTraineeEnrolsReadsPassesTheCheckAndGetsAVerifiableCertificate() {
        Course course = content.course(Journeys.SAMPLE_COURSE).orElseThrow();
        Quiz quiz = Journeys.firstQuiz(course);
        TestUser trainee = TestUsers.create("Zoë", "Ångström");
        String token = trainee.token();

        given().get("/api/courses").then().statusCode(200).body("id", hasItem(course.id()));
        given().auth().oauth2(token).get("/api/me/enrolments/" + course.id()).then().statusCode(409)
                .contentType("application/problem+json").body("title", equalTo("Not enrolled"));

        given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/me/enrolments/" + course.id()).then().statusCode(200)
                .body("percent", equalTo(0)).body("completedAt", nullValue());
        given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/me/enrolments/" + course.id()).then().statusCode(200);
        given().auth().oauth2(token).get("/api/me/enrolments").then().statusCode(200).body("$", hasSize(1));

        List<Lesson> lessons = course.items().filter(Lesson.class::isInstance).map(Lesson.class::cast).toList();
        given().auth().oauth2(token).put("/api/me/enrolments/" + course.id() + "/lessons/" + lessons.get(0).id())
                .then().statusCode(200)
                .body("percent", equalTo(100 / course.requiredItems().size()))
                .body("completedItems", hasItem(lessons.get(0).id()))
                .body("nextItem", equalTo(course.items().toList().get(1).id()));
        Journeys.readAllLessons(token, course);
        given().auth().oauth2(token).get("/api/me/enrolments/" + course.id()).then()
                .body("nextItem", equalTo(course.items().filter(item -> !(item instanceof Lesson)).findFirst().orElseThrow().id()))
                .body("certificateCode", nullValue());

        given().auth().oauth2(token).get("/api/courses/" + course.id() + "/quizzes/" + quiz.id())
                .then().statusCode(200).body("passMark", equalTo(quiz.passMark())).body("passed", equalTo(false));
        io.restassured.path.json.JsonPath started = given().auth().oauth2(token).contentType(ContentType.JSON)
                .post("/api/courses/" + course.id() + "/quizzes/" + quiz.id() + "/attempts")
                .then().statusCode(201).body("questions", hasSize(quiz.questionsPerAttempt())).body("status", equalTo("STARTED"))
                .body("review", nullValue()).body("scorePercent", nullValue())
                .extract().jsonPath();
        for (Map<String, Object> question : started.<Map<String, Object>>getList("questions")) {
            assertEquals(java.util.Set.of("id", "type", "prompt", "detailHtml", "options", "matches"), question.keySet());
            for (Object option : (List<?>) question.get("options")) {
                assertEquals(java.util.Set.of("id", "html"), ((Map<?, ?>) option).keySet(), "options say nothing about being right");
            }
        }

        long failed = Journeys.answer(token, course, quiz, false);
        given().auth().oauth2(token).get("/api/courses/" + course.id() + "/quizzes/" + quiz.id() + "/attempts/" + failed)
                .then().statusCode(200).body("passed", equalTo(false)).body("scorePercent", equalTo(0))
                .body("contentVersion", equalTo(quiz.version()));
        given().auth().oauth2(token).get("/api/me/certificates").then().statusCode(200).body("$", hasSize(0));

        String code = Journeys.complete(token, course);
        given().auth().oauth2(token).get("/api/me/enrolments/" + course.id()).then().statusCode(200)
                .body("percent", equalTo(100)).body("completedAt", notNullValue()).body("certificateCode", equalTo(code));

        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        given().auth().oauth2(token).get("/api/me/certificates").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].code", equalTo(code))
                .body("[0].holderName", equalTo("Zoë Ångström"))
                .body("[0].courseTitle", equalTo(course.title()))
                .body("[0].status", equalTo("Valid"))
                .body("[0].issuedOn", equalTo(today.toString()))
                .body("[0].expiresOn", equalTo(today.plusMonths(36).toString()))
                .body("[0].verificationUrl", equalTo(PlatformTestResource.baseUrl() + "/verify/" + code));

        String typed = org.mhfa.certificate.CertificateCode.display(code).toLowerCase();
        given().get("/api/verifications/" + typed).then().statusCode(200)
                .body("status", equalTo("VALID"))
                .body("holderName", equalTo("Zoë Å."))
                .body("courseTitle", equalTo(course.title()))
                .body("courseVersion", equalTo(course.version()));
        given().get("/verify/" + code).then().statusCode(200)
                .body(containsString("This certificate is valid")).body(containsString("Zoë Å.")).body(not(containsString("Ångström")))
                .body(not(containsString(trainee.username())));
    }

    @Test
    void completingTwiceKeepsOneCertificate() {
        Course course = content.course(Journeys.SAMPLE_COURSE).orElseThrow();
        Quiz quiz = Journeys.firstQuiz(course);
        String token = TestUsers.create("Sam", "Again").token();
        String code = Journeys.complete(token, course);
        Journeys.answer(token, course, quiz, true);
        Journeys.readAllLessons(token, course);
        given().auth().oauth2(token).get("/api/me/certificates").then().body("$", hasSize(1)).body("[0].code", equalTo(code));
    }
}
