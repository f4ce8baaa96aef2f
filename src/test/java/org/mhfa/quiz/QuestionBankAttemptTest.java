package org.mhfa.quiz;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.Quiz;
import org.mhfa.platform.Roles;
import org.mhfa.testing.AuthoringFixture;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.PageSession;
import org.mhfa.testing.TestUsers;

/**
 * A knowledge check that draws from a question bank, added in the browser's API to a copy of the sample course: a
 * trainee is graded on the bank's questions, the review shows them, and still shows them as they were after the bank is
 * edited and published again.
 */
@QuarkusTest
class QuestionBankAttemptTest {

    private static final String CHECK_PATH = "01-awareness-and-stigma/09-bank-check.quiz.md";
    private static final String BANK_PATH = "banks/warning-signs.bank.md";
    private static final String CHECK = """
            ---
            title: Bank check
            required: false
            banks: [warning-signs]
            ---
            ## Is listening without judgement part of the action plan? {#listening .true-false}

            - [x] True
            - [ ] False
            """;
    private static final String BANK = """
            ---
            title: Warning signs
            ---
            ## Which of these can be a warning sign of a crisis? {#withdrawal}

            - [x] Withdrawing from friends and family
            - [ ] Going to work as usual

            > Withdrawal is a common sign.
            """;

    @Inject
    ContentRepository content;

    @Test
    void aTraineeIsGradedOnABanksQuestionsAndTheReviewKeepsShowingThemAfterTheBankChanges() {
        String admin = TestUsers.create("Ada", "Bank-admin", Roles.ADMIN).token();
        TestUsers.TestUser traineeUser = TestUsers.create("Tia", "Banks");
        String trainee = traineeUser.token();
        String course = AuthoringFixture.publishedCopyOfSample(admin);
        String draft = "/api/authoring/courses/" + course + "/draft/files";
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("path", BANK_PATH, "text", BANK))
                .post(draft).then().statusCode(201);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("path", CHECK_PATH, "text", CHECK))
                .post(draft).then().statusCode(201);
        publish(admin, course, "Add a question bank");
        await().atMost(Duration.ofSeconds(10)).until(() -> content.course(course).flatMap(c -> c.quiz("bank-check")).isPresent());
        Course published = content.course(course).orElseThrow();
        Quiz quiz = published.quiz("bank-check").orElseThrow();
        assertEquals(List.of("listening", "warning-signs/withdrawal"), quiz.questions().stream().map(q -> q.id()).toList());

        Journeys.enrol(trainee, published);
        Journeys.Attempt attempt = Journeys.start(trainee, published, quiz);
        assertEquals(List.of("listening", "warning-signs/withdrawal"), attempt.questionIds());
        String attemptUrl = "/api/courses/" + course + "/quizzes/bank-check/attempts/" + attempt.id();
        given().auth().oauth2(trainee).contentType(ContentType.JSON)
                .body(Map.of("answers", Journeys.rightAnswers(quiz, attempt))).post(attemptUrl + "/answers").then().statusCode(200);
        given().auth().oauth2(trainee).get(attemptUrl).then().statusCode(200)
                .body("passed", equalTo(true)).body("scorePercent", equalTo(100))
                .body("contentVersion", equalTo(quiz.version()))
                .body("review.id", hasItem("warning-signs/withdrawal"));
        PageSession session = PageSession.signIn(traineeUser);
        String reviewPage = "/courses/" + course + "/quizzes/bank-check/attempts/" + attempt.id();
        assertTrue(session.get(reviewPage).body().contains("Which of these can be a warning sign of a crisis?"));

        String file = draft + "/" + BANK_PATH;
        int revision = given().auth().oauth2(admin).get(file).then().statusCode(200).extract().path("revision");
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("text", BANK.replace("can be a warning sign", "may be an early sign"), "baseRevision", revision))
                .put(file).then().statusCode(200).body("findings.size()", equalTo(0));
        publish(admin, course, "Reword the bank");
        await().atMost(Duration.ofSeconds(10)).until(() -> !content.course(course).orElseThrow().quiz("bank-check").orElseThrow()
                .version().equals(quiz.version()));

        given().auth().oauth2(trainee).get(attemptUrl).then().statusCode(200)
                .body("contentVersion", equalTo(quiz.version())).body("review.id", hasItem("warning-signs/withdrawal"));
        String review = session.get(reviewPage).body();
        assertTrue(review.contains("Which of these can be a warning sign of a crisis?"), "the attempt is reviewed with the bank it drew from");
        assertFalse(review.contains("may be an early sign"));
    }

    private static void publish(String admin, String course, String message) {
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("message", message))
                .post("/api/authoring/courses/" + course + "/versions").then().statusCode(201);
    }
}
