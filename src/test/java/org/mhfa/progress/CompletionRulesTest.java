package org.mhfa.progress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mhfa.cohort.AttendanceRecorded;
import org.mhfa.cohort.AttendanceStatus;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.Lesson;
import org.mhfa.catalogue.Quiz;
import org.mhfa.catalogue.Scenario;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.PlatformTestResource;
import org.mhfa.testing.TestUsers;
import org.mhfa.testing.TestUsers.TestUser;

/** Completion rules of course.md, each alone and together, on the fixture courses completion-* (src/test/resources/fixtures). */
@QuarkusTest
class CompletionRulesTest {

    @Inject
    ContentRepository content;

    @Inject
    Event<AttendanceRecorded> attendanceRecorded;

    private Course course(String id) {
        return content.course(id).orElseThrow(() -> new AssertionError("fixture course " + id + " did not load"));
    }

    private static JsonPath enrolment(String token, Course course) {
        return given().auth().oauth2(token).get("/api/me/enrolments/" + course.id()).then().statusCode(200).extract().jsonPath();
    }

    private static void read(String token, Course course, String lessonId) {
        given().auth().oauth2(token).put("/api/me/enrolments/" + course.id() + "/lessons/" + lessonId).then().statusCode(200);
    }

    /** Answers the two-question fixture check: both right (100%) or only the first (50%, the check's own pass mark). */
    private static void answer(String token, Course course, Quiz quiz, boolean allRight) {
        Journeys.Attempt attempt = Journeys.start(token, course, quiz);
        Map<String, Object> answers = new LinkedHashMap<>();
        List<String> ids = attempt.questionIds();
        answers.putAll(Journeys.rightAnswers(quiz, attempt, ids.subList(0, 1)));
        answers.putAll(allRight ? Journeys.rightAnswers(quiz, attempt, ids.subList(1, 2)) : Journeys.wrongAnswers(quiz, attempt, ids.subList(1, 2)));
        given().auth().oauth2(token).contentType("application/json").body(Map.of("answers", answers))
                .post("/api/courses/" + course.id() + "/quizzes/" + quiz.id() + "/attempts/" + attempt.id() + "/answers")
                .then().statusCode(200).body("scorePercent", equalTo(allRight ? 100 : 50)).body("passed", equalTo(true));
    }

    private static long learnerIdBySubject(String token) {
        String payload = token.split("\\.")[1];
        String subject;
        try {
            subject = new com.fasterxml.jackson.databind.ObjectMapper().readTree(java.util.Base64.getUrlDecoder().decode(payload)).get("sub").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return PlatformTestResource.count("select id from learner where subject = '" + subject + "'");
    }

    private static long learnerId(TestUser user) {
        return PlatformTestResource.count("select id from learner where display_name = '" + user.fullName() + "'");
    }

    private static long certificates(TestUser user) {
        return PlatformTestResource.count("select count(*) from certificate where learner_id = " + learnerId(user));
    }

    /** Marks the learner present at a new session of a new cohort of the course, starting at {@code startsAtSql}. */
    private void markPresent(TestUser user, Course course, String startsAtSql) {
        long learner = learnerId(user);
        PlatformTestResource.execute("insert into cohort (course_id, name, starts_on, ends_on, capacity, owner_id, created_at) values ('"
                + course.id() + "', 'Rules cohort', current_date, current_date, 10, " + learner + ", now())");
        long cohort = PlatformTestResource.count("select max(id) from cohort where owner_id = " + learner);
        PlatformTestResource.execute("insert into training_session (cohort_id, starts_at, duration_minutes, created_at) values ("
                + cohort + ", " + startsAtSql + ", 120, now())");
        long session = PlatformTestResource.count("select max(id) from training_session where cohort_id = " + cohort);
        PlatformTestResource.execute("insert into attendance (session_id, learner_id, status, recorded_at) values ("
                + session + ", " + learner + ", 'PRESENT', now())");
        QuarkusTransaction.requiringNew().run(() -> attendanceRecorded.fire(
                new AttendanceRecorded(learner, session, course.id(), AttendanceStatus.PRESENT, Instant.now())));
    }

    @Test
    void onlyTheListedModulesAndItemsAreRequired() {
        Course course = course("completion-required");
        TestUser trainee = TestUsers.create("Rita", "Required");
        String token = trainee.token();
        Journeys.enrol(token, course);

        read(token, course, "read-me");
        answer(token, course, course.quiz("core-check").orElseThrow(), false);
        assertEquals(66, enrolment(token, course).getInt("percent"));
        assertEquals(null, enrolment(token, course).getString("completedAt"), "the listed optional lesson is still missing");

        read(token, course, "must-read");

        JsonPath done = enrolment(token, course);
        assertEquals(100, done.getInt("percent"));
        assertEquals(false, done.getList("completedItems").contains("extra-reading"), "the unlisted module was never needed");
        given().auth().oauth2(token).get("/api/me/enrolments/" + course.id()).then()
                .body("completedAt", notNullValue()).body("certificateCode", notNullValue());
        assertEquals(1, certificates(trainee));
    }

    @Test
    void checksAndScenariosCountOnlyAtTheCoursePassMarks() {
        Course course = course("completion-pass-marks");
        Quiz check = course.quiz("mark-check").orElseThrow();
        Scenario scenario = course.scenario("mark-scenario").orElseThrow();
        TestUser trainee = TestUsers.create("Mark", "Passmark");
        String token = trainee.token();
        Journeys.enrol(token, course);

        answer(token, course, check, false);
        Journeys.play(token, course, scenario, List.of(1));
        JsonPath below = enrolment(token, course);
        assertEquals(0, below.getInt("percent"), "50% and a score of 1 pass the items' own marks but not the course's");
        assertEquals(null, below.getString("certificateCode"));

        answer(token, course, check, true);
        assertEquals(50, enrolment(token, course).getInt("percent"));
        Journeys.play(token, course, scenario, List.of(0));

        given().auth().oauth2(token).get("/api/me/enrolments/" + course.id()).then()
                .body("percent", equalTo(100)).body("completedAt", notNullValue()).body("certificateCode", notNullValue());
        assertEquals(1, certificates(trainee));
    }

    @Test
    void attendanceIsTheLastStepAndMarkingItCompletesTheCourseOnce() {
        Course course = course("completion-attendance");
        TestUser trainee = TestUsers.create("Ada", "Attends");
        String token = trainee.token();
        Journeys.enrol(token, course);
        read(token, course, "only-lesson");

        given().auth().oauth2(token).get("/api/me/enrolments/" + course.id()).then()
                .body("percent", equalTo(50)).body("awaitingAttendance", equalTo(true)).body("completedAt", nullValue())
                .body("elearningCompletedAt", notNullValue());

        markPresent(trainee, course, "(select elearning_completed_at from enrolment where learner_id = " + learnerId(trainee)
                + ") + interval '7 days'");

        given().auth().oauth2(token).get("/api/me/enrolments/" + course.id()).then()
                .body("percent", equalTo(100)).body("awaitingAttendance", equalTo(false))
                .body("completedAt", notNullValue()).body("certificateCode", notNullValue());
        markPresent(trainee, course, "now()");
        assertEquals(1, certificates(trainee), "a second attendance issues no second certificate");
    }

    @Test
    void anInstructorMarkingAttendanceThroughTheCohortApiCompletesTheCourse() {
        Course course = course("completion-attendance");
        TestUser trainee = TestUsers.create("Ivo", "Instructed");
        String token = trainee.token();
        Journeys.enrol(token, course);
        read(token, course, "only-lesson");
        String instructor = TestUsers.create("Iris", "Teaches", "instructor").token();
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        long cohort = given().auth().oauth2(instructor).contentType("application/json")
                .body(Map.of("courseId", course.id(), "name", "Attendance cohort", "startsOn", today, "endsOn", today, "place", "Room 1",
                        "capacity", 5))
                .post("/api/instructor/cohorts").then().statusCode(201).extract().jsonPath().getLong("id");
        org.mhfa.testing.CohortInvitations.join(instructor, cohort, trainee);
        long session = given().auth().oauth2(instructor).contentType("application/json")
                .body(Map.of("startsAt", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).toString(), "durationMinutes", 120))
                .post("/api/instructor/cohorts/" + cohort + "/sessions").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(token).get("/api/me/enrolments/" + course.id()).then().body("completedAt", nullValue());
        long member = given().auth().oauth2(instructor).get("/api/instructor/cohorts/" + cohort + "/sessions/" + session)
                .then().statusCode(200).extract().jsonPath().getLong("attendance.find { it.name == '" + trainee.fullName() + "' }.learnerId");
        assertEquals(learnerIdBySubject(token), member, "the cohort's member is the trainee who took the e-learning");

        given().auth().oauth2(instructor).contentType("application/json")
                .body(Map.of("marks", List.of(Map.of("learnerId", member, "status", "PRESENT"))))
                .put("/api/instructor/cohorts/" + cohort + "/sessions/" + session + "/attendance").then().statusCode(200);

        given().auth().oauth2(token).get("/api/me/enrolments/" + course.id()).then()
                .body("completedAt", notNullValue()).body("certificateCode", notNullValue());
        assertEquals(1, certificates(trainee));
    }

    @Test
    void aSessionOneDayOutsideTheWindowDoesNotCount() {
        Course course = course("completion-attendance");
        TestUser trainee = TestUsers.create("Otto", "Outside");
        String token = trainee.token();
        Journeys.enrol(token, course);
        read(token, course, "only-lesson");
        String finished = "(select elearning_completed_at from enrolment where learner_id = " + learnerId(trainee) + ")";

        markPresent(trainee, course, finished + " + interval '8 days'");
        markPresent(trainee, course, finished + " - interval '8 days'");

        given().auth().oauth2(token).get("/api/me/enrolments/" + course.id()).then()
                .body("awaitingAttendance", equalTo(true)).body("completedAt", nullValue());
        assertEquals(0, certificates(trainee));

        markPresent(trainee, course, finished + " - interval '7 days'");

        given().auth().oauth2(token).get("/api/me/enrolments/" + course.id()).then().body("certificateCode", notNullValue());
    }

    @Test
    void attendanceBeforeTheELearningCountsWhenTheELearningIsFinished() {
        Course course = course("completion-combined");
        Quiz check = course.quiz("combo-check").orElseThrow();
        TestUser trainee = TestUsers.create("Cora", "Combined");
        String token = trainee.token();
        Journeys.enrol(token, course);

        markPresent(trainee, course, "now() - interval '40 days'");
        given().auth().oauth2(token).get("/api/me/enrolments/" + course.id()).then()
                .body("percent", equalTo(0)).body("completedAt", nullValue());
        read(token, course, "combo-lesson");
        answer(token, course, check, false);
        given().auth().oauth2(token).get("/api/me/enrolments/" + course.id()).then()
                .body("percent", equalTo(33)).body("completedAt", nullValue());

        answer(token, course, check, true);

        given().auth().oauth2(token).get("/api/me/enrolments/" + course.id()).then()
                .body("percent", equalTo(100)).body("completedAt", notNullValue()).body("certificateCode", notNullValue());
        assertEquals(1, certificates(trainee));
    }

    @Test
    void withoutAttendanceRequiredAbsenceChangesNothing() {
        Course course = course("completion-required");
        TestUser trainee = TestUsers.create("Nia", "Nosession");
        String token = trainee.token();
        Journeys.enrol(token, course);
        course.requiredItems().stream().filter(Lesson.class::isInstance).forEach(lesson -> read(token, course, lesson.id()));
        answer(token, course, course.quiz("core-check").orElseThrow(), false);

        given().auth().oauth2(token).get("/api/me/enrolments/" + course.id()).then()
                .body("awaitingAttendance", equalTo(false)).body("certificateCode", notNullValue());
    }
}
