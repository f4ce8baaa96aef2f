package org.mhfa.cohort;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.Quiz;
import org.mhfa.catalogue.Scenario;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.PageSession;
import org.mhfa.testing.PlatformTestResource;
import org.mhfa.testing.TestUsers;
import org.mhfa.testing.TestUsers.TestUser;

/**
 * The cohort dashboard on a three-person cohort of the fixture course completion-pass-marks: numbers, charts with text
 * alternatives, CSV escaping, inactivity flags, and who may see it.
 */
@QuarkusTest
class CohortDashboardTest {

    private static final String JO = "Smith, \"Jo\"";
    private static final String FORMULA = "=HYPERLINK(\"http://x\")";
    private static final String NEWLINE = "Line\nBreak";

    @Inject
    ContentRepository content;

    private Course course;
    private TestUser instructor;
    private long cohortId;

    private static long learnerId(TestUser user) {
        return PlatformTestResource.count("select id from learner where display_name = '" + user.fullName() + "'");
    }

    private static void rename(long learnerId, String name) {
        PlatformTestResource.execute("update learner set display_name = '" + name.replace("'", "''") + "' where id = " + learnerId);
    }

    private void answer(String token, Quiz quiz, boolean allRight) {
        Journeys.Attempt attempt = Journeys.start(token, course, quiz);
        List<String> ids = attempt.questionIds();
        Map<String, Object> answers = new LinkedHashMap<>(Journeys.rightAnswers(quiz, attempt, ids.subList(0, 1)));
        answers.putAll(allRight ? Journeys.rightAnswers(quiz, attempt, ids.subList(1, 2)) : Journeys.wrongAnswers(quiz, attempt, ids.subList(1, 2)));
        given().auth().oauth2(token).contentType("application/json").body(Map.of("answers", answers))
                .post("/api/courses/" + course.id() + "/quizzes/" + quiz.id() + "/attempts/" + attempt.id() + "/answers")
                .then().statusCode(200);
    }

    /** A cohort of three: Jo completes with attendance, the formula-named trainee half-tries and goes quiet, the third only enrols. */
    @BeforeEach
    void cohortOfThree() {
        course = content.course("completion-pass-marks").orElseThrow();
        Quiz check = course.quiz("mark-check").orElseThrow();
        Scenario scenario = course.scenario("mark-scenario").orElseThrow();
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
        instructor = TestUsers.create("Ines", "Owner" + suffix, "instructor");
        given().auth().oauth2(instructor.token()).get("/api/instructor/cohorts").then().statusCode(200);
        long owner = learnerId(instructor);
        PlatformTestResource.execute("insert into cohort (course_id, name, starts_on, ends_on, capacity, owner_id, created_at) values ('"
                + course.id() + "', 'Dashboard cohort " + owner + "', current_date, current_date + 30, 30, " + owner + ", now())");
        cohortId = PlatformTestResource.count("select max(id) from cohort where owner_id = " + owner);
        PlatformTestResource.execute("insert into training_session (cohort_id, starts_at, duration_minutes, created_at) values ("
                + cohortId + ", now(), 180, now())");
        long session = PlatformTestResource.count("select max(id) from training_session where cohort_id = " + cohortId);

        TestUser jo = TestUsers.create("Jo", "Complete" + suffix);
        TestUser formula = TestUsers.create("Fay", "Quiet" + suffix);
        TestUser newline = TestUsers.create("Nat", "Enrolled" + suffix);
        for (TestUser trainee : List.of(jo, formula, newline)) {
            Journeys.enrol(trainee.token(), course);
            PlatformTestResource.execute("insert into cohort_member (cohort_id, learner_id, status, enrolled_at) values (" + cohortId + ", "
                    + learnerId(trainee) + ", 'ACTIVE', now())");
        }
        answer(jo.token(), check, true);
        Journeys.play(jo.token(), course, scenario, List.of(0));
        PlatformTestResource.execute("insert into attendance (session_id, learner_id, status, recorded_at) values (" + session + ", "
                + learnerId(jo) + ", 'PRESENT', now())");
        answer(formula.token(), check, false);
        Journeys.play(formula.token(), course, scenario, List.of(1));
        long quiet = learnerId(formula);
        String quietEnrolment = "(select id from enrolment where learner_id = " + quiet + ")";
        PlatformTestResource.execute("update enrolment set enrolled_at = enrolled_at - interval '20 days' where learner_id = " + quiet);
        PlatformTestResource.execute("update quiz_attempt set started_at = started_at - interval '20 days', submitted_at = submitted_at"
                + " - interval '20 days' where enrolment_id = " + quietEnrolment);
        PlatformTestResource.execute("update scenario_run set started_at = started_at - interval '20 days', updated_at = updated_at"
                + " - interval '20 days', finished_at = finished_at - interval '20 days' where enrolment_id = " + quietEnrolment);
        PlatformTestResource.execute("insert into attendance (session_id, learner_id, status, recorded_at) values (" + session + ", "
                + quiet + ", 'ABSENT', now())");
        rename(learnerId(jo), JO);
        rename(quiet, FORMULA);
        rename(learnerId(newline), NEWLINE);
    }

    @Test
    void theApiAddsUpTheCohort() {
        JsonPath dashboard = given().auth().oauth2(instructor.token()).get("/api/instructor/cohorts/" + cohortId + "/dashboard")
                .then().statusCode(200).extract().jsonPath();

        assertEquals(List.of("Enrolled", "Started", "E-learning done", "Attended", "Certified"), dashboard.getList("funnel.label"));
        assertEquals(List.of(3, 2, 1, 1, 1), dashboard.getList("funnel.count"));
        assertEquals(List.of(0, 0, 0, 0, 0, 1, 0, 0, 0, 1), dashboard.getList("scoreDistribution.count"));
        assertEquals(14, dashboard.getInt("inactiveAfterDays"));

        assertEquals(List.of(FORMULA, NEWLINE, JO), dashboard.getList("members.name"));
        Map<String, Object> quiet = dashboard.getMap("members[0]");
        assertEquals(true, quiet.get("inactive"));
        assertEquals(0, quiet.get("checksPassed"));
        assertEquals(50, dashboard.getInt("members[0].checks[0].best"));
        assertEquals(false, dashboard.getBoolean("members[0].checks[0].counted"), "50% is below the course's pass mark of 100");
        assertEquals(1, dashboard.getInt("members[0].scenarios[0].best"));
        assertEquals(0, dashboard.getInt("members[0].sessionsPresent"));
        assertEquals(1, dashboard.getInt("members[0].sessionsMarked"));
        assertEquals(false, dashboard.getBoolean("members[1].started"));
        assertEquals(false, dashboard.getBoolean("members[1].inactive"));
        Map<String, Object> jo = dashboard.getMap("members[2]");
        assertEquals(1, jo.get("modulesDone"));
        assertEquals(1, jo.get("checksPassed"));
        assertEquals(true, jo.get("completed"));
        assertEquals("Valid", jo.get("certificateStatus"));
        assertEquals(100, dashboard.getInt("members[2].checks[0].best"));
        assertEquals(2, dashboard.getInt("members[2].scenarios[0].best"));
        assertEquals(1, dashboard.getInt("members[2].sessionsPresent"));

        Map<String, Map<String, Object>> mastery = new LinkedHashMap<>();
        dashboard.<Map<String, Object>>getList("mastery").forEach(step -> mastery.put((String) step.get("step"), step));
        assertEquals(1, mastery.get("listen").get("choices"));
        assertEquals(100, mastery.get("listen").get("percent"));
        assertEquals(1, mastery.get("approach").get("choices"));
        assertEquals(0, mastery.get("approach").get("percent"));
        assertEquals(null, mastery.get("professional").get("percent"));
    }

    @Test
    void theCsvQuotesAndNeutralisesNames() {
        HttpResponse<String> response = PageSession.signIn(instructor).get("/instructor/cohorts/" + cohortId + "/dashboard.csv");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), response.headers().toString());
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        String csv = response.body();

        assertTrue(csv.startsWith("\uFEFFName,E-mail,Status,Modules done,Modules,Checks passed,Checks,Best score (%): Mark check,"
                + "Best score: Mark scenario,Sessions present,Sessions marked,E-learning done,Completed,Certificate status,"
                + "Certificate code,Last activity,Inactive\r\n"), csv);
        List<String> lines = List.of(csv.substring(1).split("\r\n"));
        assertEquals(4, lines.size(), "a header and three members; the line break inside a name stays inside its quotes");
        assertTrue(lines.get(1).startsWith("\"'=HYPERLINK(\"\"http://x\"\")\","), lines.get(1));
        assertTrue(lines.get(1).contains(",active,0,1,0,1,50,1,0,1,no,no,None,,"), lines.get(1));
        assertTrue(lines.get(1).endsWith(",yes"), lines.get(1));
        assertTrue(lines.get(2).startsWith("\"Line\nBreak\","), lines.get(2));
        assertTrue(lines.get(3).startsWith("\"Smith, \"\"Jo\"\"\","), lines.get(3));
        assertTrue(lines.get(3).contains(",active,1,1,1,1,100,2,1,1,yes,yes,Valid,"), lines.get(3));
    }

    @Test
    void thePageShowsTheTableChartsWithTextAlternativesAndTheInactiveFlag() {
        HttpResponse<String> page = PageSession.signIn(instructor).get("/instructor/cohorts/" + cohortId + "/dashboard");

        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("Smith, &quot;Jo&quot;") || html.contains("Smith, \"Jo\""), "names are shown, escaped");
        assertTrue(!html.contains("<script"), "no JavaScript");
        assertTrue(html.contains("<svg") && html.contains("<title id=\"funnel-" + cohortId + "-title\">Completion funnel of"));
        assertTrue(html.contains("<desc id=\"funnel-" + cohortId + "-desc\">Enrolled: 3 of 3 (100%); Started: 2 of 3 (67%); "
                + "E-learning done: 1 of 3 (33%); Attended: 1 of 3 (33%); Certified: 1 of 3 (33%).</desc>"), html);
        assertTrue(html.contains("<title id=\"scores-" + cohortId + "-title\">"));
        assertTrue(html.contains("id=\"funnel-table\"") && html.contains("id=\"scores-table\"") && html.contains("id=\"mastery-table\""));
        assertTrue(html.contains("1 member has done nothing in the course for more than 14 days"), html);
        assertTrue(html.contains("<strong class=\"flag\">Inactive</strong>"));
        assertTrue(html.contains("href=\"/instructor/cohorts/" + cohortId + "/dashboard.csv\""));
    }

    @Test
    void onlyTheOwnerAndAdministratorsSeeIt() {
        String other = TestUsers.create("Bea", "Other", "instructor").token();
        given().auth().oauth2(other).get("/api/instructor/cohorts/" + cohortId + "/dashboard").then().statusCode(404)
                .contentType("application/problem+json").body(not(containsString("Smith")));
        PageSession otherSession = PageSession.signIn(TestUsers.create("Cal", "Other", "instructor"));
        assertEquals(404, otherSession.get("/instructor/cohorts/" + cohortId + "/dashboard").statusCode());
        HttpResponse<String> otherCsv = otherSession.get("/instructor/cohorts/" + cohortId + "/dashboard.csv");
        assertEquals(404, otherCsv.statusCode());
        assertFalse(otherCsv.body().contains("Smith"));
        assertEquals(403, PageSession.signIn(TestUsers.create("Tom", "Trainee")).get("/instructor/cohorts/" + cohortId + "/dashboard")
                .statusCode());

        String trainee = TestUsers.create("Tia", "Trainee").token();
        given().auth().oauth2(trainee).get("/api/instructor/cohorts/" + cohortId + "/dashboard").then().statusCode(403);
        String partner = TestUsers.create("Pat", "Partner", "partner").token();
        given().auth().oauth2(partner).get("/api/instructor/cohorts/" + cohortId + "/dashboard").then().statusCode(403);
        given().get("/api/instructor/cohorts/" + cohortId + "/dashboard").then().statusCode(401);

        String admin = TestUsers.create("Ada", "Admin", "admin").token();
        given().auth().oauth2(admin).get("/api/instructor/cohorts/" + cohortId + "/dashboard").then().statusCode(200)
                .body("members.size()", equalTo(3));
    }
}
