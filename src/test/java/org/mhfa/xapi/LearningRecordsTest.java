package org.mhfa.xapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.Lesson;
import org.mhfa.identity.Learner;
import org.mhfa.enrolment.Enrolment;
import org.mhfa.catalogue.Quiz;
import org.mhfa.catalogue.Scenario;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.PageSession;
import org.mhfa.testing.PlatformTestResource;
import org.mhfa.testing.TestUsers;

@QuarkusTest
class LearningRecordsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADL = "http://adlnet.gov/expapi/verbs/";

    @Inject
    ContentRepository content;

    @Inject
    Event<SessionAttended> attendance;

    @Test
    void aWholeJourneyRecordsOneStatementPerLearningEventOfTheRightShape() throws Exception {
        Course course = content.course(Journeys.SAMPLE_COURSE).orElseThrow();
        TestUsers.TestUser user = TestUsers.create("Zephyrine", "Quillfeather");
        String token = user.token();
        Journeys.enrol(token, course);
        Lesson firstLesson = course.items().filter(Lesson.class::isInstance).map(Lesson.class::cast).findFirst().orElseThrow();
        PageSession.signIn(user).get("/courses/" + course.id() + "/lessons/" + firstLesson.id());
        Quiz firstQuiz = Journeys.firstQuiz(course);
        Journeys.answer(token, course, firstQuiz, false);
        Journeys.complete(token, course);
        Learner learner = learner(user);
        Enrolment enrolment = QuarkusTransaction.requiringNew().call(() -> Enrolment.find(learner, course.id()).orElseThrow());
        QuarkusTransaction.requiringNew().run(() -> attendance.fire(new SessionAttended(learner, course.id(), enrolment.id,
                "cohort-7-day-1", "Cohort 7, day 1", false, Instant.parse("2026-03-02T09:00:00Z"))));

        List<JsonNode> statements = statementsOf(learner.pseudonym);

        List<Quiz> quizzes = course.items().filter(Quiz.class::isInstance).map(Quiz.class::cast).toList();
        List<Scenario> scenarios = course.items().filter(Scenario.class::isInstance).map(Scenario.class::cast).toList();
        Map<String, Long> expected = new TreeMap<>();
        expected.put(ADL + "experienced", 1L);
        expected.put(ADL + "completed", (long) course.lessonCount() + scenarios.size() + 1);
        expected.put(ADL + "answered", (long) firstQuiz.questionsPerAttempt() + quizzes.stream().mapToInt(Quiz::questionsPerAttempt).sum());
        expected.put(ADL + "failed", 1L);
        expected.put(ADL + "passed", (long) quizzes.size());
        expected.put(ADL + "responded", (long) scenarios.stream().mapToInt(scenario -> Journeys.passingPath(scenario).size()).sum());
        expected.put(ADL + "attended", 1L);
        Map<String, Long> verbs = new TreeMap<>(statements.stream()
                .collect(Collectors.groupingBy(statement -> statement.at("/verb/id").asText(), Collectors.counting())));
        assertEquals(expected, verbs);
        assertEquals(statements.size(), PlatformTestResource.count("select count(*) from xapi_statement where learner_id = " + learner.id));

        String base = PlatformTestResource.baseUrl();
        String raw = JSON.writeValueAsString(statements);
        for (String personal : List.of("Zephyrine", "Quillfeather", user.username(), learner.subject)) {
            assertFalse(raw.contains(personal), "statements must not name the learner: " + personal);
        }
        for (JsonNode statement : statements) {
            assertRequiredMembers(statement, learner.pseudonym, base);
        }

        JsonNode viewed = only(statements, "experienced");
        assertEquals(base + "/courses/" + course.id() + "/lessons/" + firstLesson.id() + "?version=" + firstLesson.version(),
                viewed.at("/object/id").asText());
        assertEquals(StatementFactory.TYPE_LESSON, viewed.at("/object/definition/type").asText());
        assertEquals(firstLesson.title(), viewed.at("/object/definition/name/en-US").asText());
        assertEquals(base + "/courses/" + course.id() + "?version=" + course.version(),
                viewed.at("/context/contextActivities/parent/0/id").asText());
        assertEquals(StatementFactory.registrationOf(enrolment.id).toString(), viewed.at("/context/registration").asText());

        JsonNode failed = only(statements, "failed");
        assertEquals(base + "/courses/" + course.id() + "/quizzes/" + firstQuiz.id() + "?version=" + firstQuiz.version(),
                failed.at("/object/id").asText());
        assertFalse(failed.at("/result/success").asBoolean());
        assertTrue(failed.at("/result/score/scaled").asDouble() < 0.75);
        assertTrue(failed.at("/result/duration").asText().startsWith("PT"));
        JsonNode passed = verb(statements, "passed").get(0);
        assertTrue(passed.at("/result/success").asBoolean());
        assertEquals(1.0, passed.at("/result/score/scaled").asDouble());
        assertEquals(100, passed.at("/result/score/raw").asInt());
        assertEquals(100, passed.at("/result/score/max").asInt());

        for (JsonNode answered : verb(statements, "answered")) {
            assertEquals(StatementFactory.TYPE_INTERACTION, answered.at("/object/definition/type").asText());
            assertTrue(answered.at("/object/id").asText().contains("/quizzes/"), answered.toString());
            assertTrue(answered.at("/object/id").asText().contains("/questions/"), answered.toString());
            assertTrue(answered.at("/result/success").isBoolean());
            assertFalse(answered.at("/result/response").asText().isEmpty());
            assertTrue(answered.at("/context/contextActivities/parent/0/id").asText().contains("/quizzes/"));
        }
        assertTrue(verb(statements, "answered").stream().anyMatch(answered -> answered.at("/result/success").asBoolean()));
        assertTrue(verb(statements, "answered").stream().anyMatch(answered -> !answered.at("/result/success").asBoolean()));

        Scenario scenario = scenarios.get(0);
        for (JsonNode responded : verb(statements, "responded")) {
            assertTrue(responded.at("/object/id").asText().contains("/scenarios/"));
            assertTrue(responded.at("/object/id").asText().contains("/nodes/"));
            assertTrue(responded.at("/object/id").asText().contains("?version="));
            assertTrue(responded.at("/result/score/raw").isNumber());
            String step = responded.at("/result/extensions").get(base + "/xapi/extensions/algee-step").asText();
            assertTrue(List.of("approach", "listen", "support", "professional", "other-supports").contains(step), step);
        }
        JsonNode scenarioCompleted = verb(statements, "completed").stream()
                .filter(statement -> statement.at("/object/id").asText().startsWith(base + "/courses/" + course.id() + "/scenarios/" + scenario.id() + "?"))
                .findFirst().orElseThrow();
        assertEquals(StatementFactory.TYPE_SIMULATION, scenarioCompleted.at("/object/definition/type").asText());
        assertTrue(scenarioCompleted.at("/result/success").asBoolean());
        assertTrue(scenarioCompleted.at("/result/completion").asBoolean());

        JsonNode courseCompleted = verb(statements, "completed").stream()
                .filter(statement -> statement.at("/object/id").asText().equals(base + "/courses/" + course.id() + "?version=" + course.version()))
                .findFirst().orElseThrow();
        assertEquals(StatementFactory.TYPE_COURSE, courseCompleted.at("/object/definition/type").asText());
        assertTrue(courseCompleted.at("/result/completion").asBoolean());

        JsonNode attended = only(statements, "attended");
        assertEquals(base + "/courses/" + course.id() + "/sessions/cohort-7-day-1", attended.at("/object/id").asText());
        assertEquals(StatementFactory.TYPE_MEETING, attended.at("/object/definition/type").asText());
        assertEquals("2026-03-02T09:00:00Z", attended.at("/timestamp").asText());
    }

    @Test
    void aStatementIsStoredOnlyWhenTheTransactionOfItsEventCommits() {
        TestUsers.TestUser user = TestUsers.create("Roll", "Back");
        Journeys.enrol(user.token(), content.course(Journeys.SAMPLE_COURSE).orElseThrow());
        Learner learner = learner(user);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                attendance.fire(new SessionAttended(learner, Journeys.SAMPLE_COURSE, null, "s1", "Session 1", true, Instant.now()));
                throw new IllegalStateException("the attendance could not be saved");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back
        }
        assertEquals(0, PlatformTestResource.count("select count(*) from xapi_statement where learner_id = " + learner.id));
        QuarkusTransaction.requiringNew().run(() -> attendance.fire(
                new SessionAttended(learner, Journeys.SAMPLE_COURSE, null, "s1", "Session 1", true, Instant.now())));
        assertEquals(1, PlatformTestResource.count("select count(*) from xapi_statement where learner_id = " + learner.id));
        JsonNode partial = statementsOf(learner.pseudonym).get(0);
        assertFalse(partial.at("/result/completion").asBoolean());
        assertEquals("partial", partial.at("/result/extensions").get(PlatformTestResource.baseUrl() + "/xapi/extensions/attendance").asText());
    }

    @Test
    void aLearnerWhoIsNotEnrolledLeavesNoRecordByOpeningALesson() {
        TestUsers.TestUser user = TestUsers.create("Just", "Looking");
        Course course = content.course(Journeys.SAMPLE_COURSE).orElseThrow();
        Lesson lesson = course.items().filter(Lesson.class::isInstance).map(Lesson.class::cast).findFirst().orElseThrow();
        assertEquals(200, PageSession.signIn(user).get("/courses/" + course.id() + "/lessons/" + lesson.id()).statusCode());
        Learner learner = learner(user);
        assertEquals(0, PlatformTestResource.count("select count(*) from xapi_statement where learner_id = " + learner.id));
    }

    static void assertRequiredMembers(JsonNode statement, UUID pseudonym, String base) {
        UUID.fromString(statement.get("id").asText());
        assertEquals("Agent", statement.at("/actor/objectType").asText());
        assertEquals(base, statement.at("/actor/account/homePage").asText());
        assertEquals(pseudonym.toString(), statement.at("/actor/account/name").asText());
        assertEquals(List.of("account", "objectType"), fieldNames(statement.get("actor")), "the actor is only an account");
        assertTrue(statement.at("/verb/id").asText().startsWith(ADL), statement.toString());
        assertEquals(statement.at("/verb/id").asText().substring(ADL.length()), statement.at("/verb/display/en-US").asText());
        assertEquals("Activity", statement.at("/object/objectType").asText());
        assertTrue(statement.at("/object/id").asText().startsWith(base + "/courses/"), statement.toString());
        assertFalse(statement.at("/object/definition/name/en-US").asText().isBlank());
        assertTrue(statement.at("/object/definition/type").asText().startsWith("http://adlnet.gov/expapi/activities/"));
        if (!statement.at("/verb/id").asText().endsWith("attended")) {
            assertTrue(statement.at("/object/id").asText().contains("?version="), statement.toString());
        }
        UUID.fromString(statement.at("/context/registration").asText());
        assertEquals(StatementFactory.PLATFORM, statement.at("/context/platform").asText());
        assertNotNull(Instant.parse(statement.get("timestamp").asText()));
        assertNotNull(Instant.parse(statement.get("stored").asText()));
        assertEquals("1.0.3", statement.get("version").asText());
        assertEquals("Agent", statement.at("/authority/objectType").asText());
        assertEquals(base, statement.at("/authority/account/homePage").asText());
    }

    static Learner learner(TestUsers.TestUser user) {
        return QuarkusTransaction.requiringNew().call(() -> Learner.<Learner>find("email", user.username() + "@example.org").firstResult());
    }

    static List<JsonNode> statementsOf(UUID pseudonym) {
        String body = given().auth().oauth2(TestUsers.create("Ada", "Min", "admin").token())
                .queryParam("learner", pseudonym.toString()).queryParam("limit", 500)
                .get("/api/xapi/statements").then().statusCode(200).extract().asString();
        try {
            JsonNode result = JSON.readTree(body);
            assertEquals("", result.get("more").asText());
            List<JsonNode> statements = new ArrayList<>();
            result.get("statements").forEach(statements::add);
            return statements;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(body, e);
        }
    }

    private static List<JsonNode> verb(List<JsonNode> statements, String verb) {
        return statements.stream().filter(statement -> statement.at("/verb/id").asText().equals(ADL + verb)).toList();
    }

    private static JsonNode only(List<JsonNode> statements, String verb) {
        List<JsonNode> found = verb(statements, verb);
        assertEquals(1, found.size(), verb);
        return found.get(0);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        names.sort(String::compareTo);
        return names;
    }
}
