package org.mhfa.scenario;

import org.mhfa.catalogue.Scenario;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.PlatformTestResource;
import org.mhfa.testing.TestUsers;

@QuarkusTest
class ScenarioPlayApiTest {

    @Inject
    ContentRepository content;

    private Course course() {
        return content.course(Journeys.SAMPLE_COURSE).orElseThrow();
    }

    private String api(Course course, Scenario scenario) {
        return "/api/courses/" + course.id() + "/scenarios/" + scenario.id();
    }

    private JsonPath choose(String token, String runUrl, int choice) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("choice", choice))
                .post(runUrl + "/choices").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aGoodPathPassesWithAGoodOutcomeAndIsRecordedWithTheContentVersion() {
        Course course = course();
        Scenario scenario = course.scenario("a-colleague-in-crisis").orElseThrow();
        String token = TestUsers.create("Gina", "Good").token();
        Journeys.enrol(token, course);
        List<Integer> path = Journeys.passingPath(scenario);
        long run = Journeys.play(token, course, scenario, path);
        given().auth().oauth2(token).get(api(course, scenario) + "/runs/" + run).then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("passed", equalTo(true)).body("outcome", equalTo("good"))
                .body("path", hasSize(path.size())).body("node.end", equalTo(true))
                .body("score", notNullValue()).body("passScore", equalTo(scenario.passScore()));
        assertEquals(1, PlatformTestResource.count("select count(*) from scenario_run where id = " + run
                + " and content_version = '" + scenario.version() + "' and passed = true"));
        given().auth().oauth2(token).get("/api/me/enrolments/" + course.id()).then()
                .body("completedItems", org.hamcrest.Matchers.hasItem(scenario.id()));
    }

    @Test
    void aHarmfulPathEndsHarmfullyAndDoesNotPass() {
        Course course = course();
        Scenario scenario = course.scenario("a-colleague-in-crisis").orElseThrow();
        String token = TestUsers.create("Hal", "Harm").token();
        Journeys.enrol(token, course);
        long run = Journeys.play(token, course, scenario, Journeys.harmfulPath(scenario));
        given().auth().oauth2(token).get(api(course, scenario) + "/runs/" + run).then()
                .body("status", equalTo("COMPLETED")).body("passed", equalTo(false)).body("outcome", equalTo("harmful"));
        given().auth().oauth2(token).get("/api/me/enrolments/" + course.id()).then()
                .body("completedItems", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(scenario.id())));
    }

    @Test
    void anAbandonedRunIsResumedWhereTheTraineeLeftOffAndRevealsNoScoresOnTheWay() {
        Course course = course();
        Scenario scenario = course.scenario("distress-at-the-community-centre").orElseThrow();
        org.mhfa.testing.TestUsers.TestUser rey = TestUsers.create("Rey", "Resume");
        String token = rey.token();
        Journeys.enrol(token, course);
        List<Integer> path = Journeys.passingPath(scenario);
        JsonPath started = given().auth().oauth2(token).contentType(ContentType.JSON).post(api(course, scenario) + "/runs")
                .then().statusCode(201).body("node.id", equalTo(scenario.startNodeId())).body("score", nullValue())
                .extract().jsonPath();
        for (Map<String, Object> choice : started.<Map<String, Object>>getList("node.choices")) {
            assertEquals(Set.of("index", "html"), choice.keySet(), "choices say nothing of their score or target");
        }
        String runUrl = api(course, scenario) + "/runs/" + started.getLong("id");
        choose(token, runUrl, path.get(0));
        String reached = choose(token, runUrl, path.get(1)).getString("node.id");

        given().auth().oauth2(token).get(api(course, scenario)).then().statusCode(200)
                .body("run.status", equalTo("ACTIVE")).body("run.node.id", equalTo(reached))
                .body("run.lastChoice.feedbackHtml", notNullValue());
        String page = org.mhfa.testing.PageSession.signIn(rey).get("/courses/" + course.id() + "/scenarios/" + scenario.id()).body();
        org.junit.jupiter.api.Assertions.assertTrue(page.contains(scenario.node(reached).orElseThrow().title()), "the page resumes at " + reached);
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("Leave this scenario") && page.contains("Pause and come back later"));
        JsonPath last = null;
        for (int choice : path.subList(2, path.size())) {
            last = choose(token, runUrl, choice);
        }
        assertEquals("COMPLETED", last.getString("status"));
        assertEquals(Boolean.TRUE, last.getBoolean("passed"));
    }

    @Test
    void goingBackUndoesTheLastChoiceOnlyWhereAllowed() {
        Course course = course();
        Scenario withBack = course.scenario("a-neighbour-in-need").orElseThrow();
        Scenario withoutBack = course.scenario("a-colleague-in-crisis").orElseThrow();
        String token = TestUsers.create("Bea", "Back").token();
        Journeys.enrol(token, course);

        long run = Journeys.play(token, course, withBack, List.of(0));
        String runUrl = api(course, withBack) + "/runs/" + run;
        given().auth().oauth2(token).contentType(ContentType.JSON).post(runUrl + "/back").then().statusCode(200)
                .body("node.id", equalTo(withBack.startNodeId())).body("canGoBack", equalTo(false));
        given().auth().oauth2(token).contentType(ContentType.JSON).post(runUrl + "/back").then().statusCode(409)
                .contentType("application/problem+json");

        long strict = Journeys.play(token, course, withoutBack, List.of(0));
        given().auth().oauth2(token).contentType(ContentType.JSON).post(api(course, withoutBack) + "/runs/" + strict + "/back")
                .then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("does not allow going back"));
    }

    @Test
    void theWayOutEndsTheRunAndBadMovesAreRefused() {
        Course course = course();
        Scenario scenario = course.scenario("panic-on-the-bus").orElseThrow();
        String token = TestUsers.create("Lou", "Leave").token();
        String other = TestUsers.create("Oli", "Other").token();
        Journeys.enrol(token, course);
        long run = Journeys.play(token, course, scenario, List.of());
        String runUrl = api(course, scenario) + "/runs/" + run;
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("choice", 99)).post(runUrl + "/choices")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of()).post(runUrl + "/choices")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(other).get(runUrl).then().statusCode(404);
        given().auth().oauth2(other).contentType(ContentType.JSON).post(runUrl + "/leave").then().statusCode(404);
        given().auth().oauth2(token).contentType(ContentType.JSON).post(runUrl + "/leave").then().statusCode(200)
                .body("status", equalTo("LEFT"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("choice", 0)).post(runUrl + "/choices")
                .then().statusCode(409);
    }
}
