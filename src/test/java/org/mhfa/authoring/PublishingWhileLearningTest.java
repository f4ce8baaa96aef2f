package org.mhfa.authoring;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

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
import org.mhfa.catalogue.Scenario;
import org.mhfa.platform.Roles;
import org.mhfa.testing.AuthoringFixture;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.TestUsers;

/** A publish while trainees are learning: a run started before it finishes on the scenario it started; a new run gets the new one. */
@QuarkusTest
class PublishingWhileLearningTest {

    @Inject
    ContentRepository content;

    @Test
    void aRunStartedBeforeAPublishFinishesOnItsOwnVersion() {
        String admin = TestUsers.create("Ada", "Publish-admin", Roles.ADMIN).token();
        String trainee = TestUsers.create("Tom", "Midway").token();
        String course = AuthoringFixture.publishedCopyOfSample(admin);
        await().atMost(Duration.ofSeconds(5)).until(() -> content.course(course).isPresent());
        Course before = content.course(course).orElseThrow();
        Scenario scenario = Journeys.firstScenario(before);
        List<Integer> path = Journeys.passingPath(scenario);
        String runs = "/api/courses/" + course + "/scenarios/" + scenario.id() + "/runs";

        Journeys.enrol(trainee, before);
        long run = given().auth().oauth2(trainee).contentType(ContentType.JSON).post(runs).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(trainee).contentType(ContentType.JSON).body(Map.of("choice", path.get(0)))
                .post(runs + "/" + run + "/choices").then().statusCode(200);

        String file = AuthoringFixture.sampleFiles().files().keySet().stream().filter(p -> p.endsWith(".scenario.md")).sorted()
                .findFirst().orElseThrow();
        String text = given().auth().oauth2(admin).get("/api/authoring/courses/" + course + "/draft/files/" + file).then()
                .extract().path("text");
        int revision = given().auth().oauth2(admin).get("/api/authoring/courses/" + course + "/draft/files/" + file).then()
                .extract().path("revision");
        String changed = text.replaceAll("(\\{#[a-z0-9-]+\\}\\n\\n)([^\\n]+)", "$1$2 Rewritten after the run began.");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("text", changed, "baseRevision", revision))
                .put("/api/authoring/courses/" + course + "/draft/files/" + file).then().statusCode(200)
                .body("findings.size()", equalTo(0));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("message", "Rewrite the scenario"))
                .post("/api/authoring/courses/" + course + "/versions").then().statusCode(201);
        await().atMost(Duration.ofSeconds(5)).until(() -> !Journeys.firstScenario(content.course(course).orElseThrow()).version()
                .equals(scenario.version()));

        given().auth().oauth2(trainee).get(runs + "/" + run).then().statusCode(200)
                .body("contentVersion", equalTo(scenario.version()))
                .body("node.html", not(containsString("Rewritten after the run began.")));
        for (int choice : path.subList(1, path.size())) {
            given().auth().oauth2(trainee).contentType(ContentType.JSON).body(Map.of("choice", choice))
                    .post(runs + "/" + run + "/choices").then().statusCode(200);
        }
        given().auth().oauth2(trainee).get(runs + "/" + run).then().body("status", equalTo("COMPLETED"));

        long fresh = given().auth().oauth2(trainee).contentType(ContentType.JSON).post(runs).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(trainee).get(runs + "/" + fresh).then().statusCode(200)
                .body("contentVersion", not(equalTo(scenario.version())))
                .body("node.html", containsString("Rewritten after the run began."));
    }

    @Test
    void anAttemptOpenAcrossAPublishIsShownAndGradedOnItsOwnVersion() {
        String admin = TestUsers.create("Ada", "Quiz-publish-admin", Roles.ADMIN).token();
        String trainee = TestUsers.create("Quinn", "Midway").token();
        String course = AuthoringFixture.publishedCopyOfSample(admin);
        await().atMost(Duration.ofSeconds(5)).until(() -> content.course(course).isPresent());
        Course before = content.course(course).orElseThrow();
        Quiz quiz = Journeys.firstQuiz(before);
        Journeys.enrol(trainee, before);
        Journeys.Attempt attempt = Journeys.start(trainee, before, quiz);
        String removed = attempt.questionIds().get(0);

        String file = AuthoringFixture.SAMPLE_QUIZ;
        var draft = given().auth().oauth2(admin).get("/api/authoring/courses/" + course + "/draft/files/" + file).then().extract();
        String text = draft.path("text");
        String without = text.replaceAll("(?s)## [^\\n]*\\{#" + removed + "[ }].*?(?=\\n## |\\z)", "");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("text", without, "baseRevision", (int) draft.path("revision")))
                .put("/api/authoring/courses/" + course + "/draft/files/" + file).then().statusCode(200)
                .body("findings.size()", equalTo(0));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("message", "Drop a question"))
                .post("/api/authoring/courses/" + course + "/versions").then().statusCode(201);
        await().atMost(Duration.ofSeconds(5)).until(() -> Journeys.firstQuiz(content.course(course).orElseThrow()).question(removed).isEmpty());

        String attemptPath = "/api/courses/" + course + "/quizzes/" + quiz.id() + "/attempts/" + attempt.id();
        given().auth().oauth2(trainee).get(attemptPath).then().statusCode(200)
                .body("contentVersion", equalTo(quiz.version())).body("questions.id", equalTo(attempt.questionIds()));
        given().auth().oauth2(trainee).contentType(ContentType.JSON).body(Map.of("answers", Journeys.rightAnswers(quiz, attempt)))
                .post(attemptPath + "/answers").then().statusCode(200)
                .body("scorePercent", equalTo(100)).body("questionCount", equalTo(attempt.questionIds().size()));
    }
}
