package org.mhfa.xapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.identity.Learner;
import org.mhfa.platform.Roles;
import org.mhfa.testing.CohortInvitations;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.PlatformTestResource;
import org.mhfa.testing.TestUsers;

@QuarkusTest
class StatementsApiTest {

    @Inject
    ContentRepository content;

    @Inject
    Event<SessionAttended> attendance;

    @Test
    void pagesFollowTheMoreLinkInSequenceOrderWithoutGapsOrRepeats() {
        TestUsers.TestUser trainee = TestUsers.create("Paige", "Turner");
        Course course = content.course(Journeys.SAMPLE_COURSE).orElseThrow();
        Journeys.enrol(trainee.token(), course);
        Journeys.readAllLessons(trainee.token(), course);
        Learner learner = LearningRecordsTest.learner(trainee);
        long total = PlatformTestResource.count("select count(*) from xapi_statement where learner_id = " + learner.id);
        assertEquals(course.lessonCount(), total);
        String admin = TestUsers.create("Ada", "Min", Roles.ADMIN).token();

        List<String> ids = new ArrayList<>();
        String next = "/api/xapi/statements?learner=" + learner.pseudonym + "&limit=3";
        int pages = 0;
        while (!next.isEmpty()) {
            JsonPath page = given().auth().oauth2(admin).get(next).then().statusCode(200)
                    .header("X-Experience-API-Version", "1.0.3")
                    .header("X-Experience-API-Consistent-Through", notNullValue())
                    .extract().jsonPath();
            List<String> pageIds = page.getList("statements.id", String.class);
            assertTrue(pageIds.size() <= 3);
            ids.addAll(pageIds);
            next = page.getString("more");
            assertTrue(next.isEmpty() || next.startsWith("/api/xapi/statements?"), next);
            pages++;
        }
        assertEquals(total, ids.size());
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no statement twice");
        assertEquals((total + 2) / 3, pages);
        List<String> inOrder = QuarkusTransaction.requiringNew().call(() -> StoredStatement.<StoredStatement>list(
                "learnerId = ?1 order by id", learner.id).stream().map(statement -> statement.statementId.toString()).toList());
        assertEquals(inOrder, ids);
    }

    @Test
    void filtersBySinceCourseAndLearner() throws Exception {
        TestUsers.TestUser one = TestUsers.create("Fil", "Ter");
        TestUsers.TestUser two = TestUsers.create("Sie", "Ve");
        Course course = content.course(Journeys.SAMPLE_COURSE).orElseThrow();
        Journeys.enrol(one.token(), course);
        Journeys.enrol(two.token(), course);
        Learner first = LearningRecordsTest.learner(one);
        Learner second = LearningRecordsTest.learner(two);
        QuarkusTransaction.requiringNew().run(() -> attendance.fire(
                new SessionAttended(first, course.id(), null, "before", "Before", false, Instant.now())));
        QuarkusTransaction.requiringNew().run(() -> attendance.fire(
                new SessionAttended(second, "another-course", null, "elsewhere", "Elsewhere", false, Instant.now())));
        Thread.sleep(20);
        Instant since = Instant.now();
        Thread.sleep(20);
        QuarkusTransaction.requiringNew().run(() -> attendance.fire(
                new SessionAttended(first, course.id(), null, "after", "After", false, Instant.now())));
        String instructor = TestUsers.create("Ad", "Ministrator", Roles.ADMIN).token();

        given().auth().oauth2(instructor).queryParam("learner", first.pseudonym.toString()).get("/api/xapi/statements")
                .then().statusCode(200).body("statements.size()", equalTo(2))
                .body("statements.actor.account.name", equalTo(List.of(first.pseudonym.toString(), first.pseudonym.toString())));
        given().auth().oauth2(instructor).queryParam("learner", first.pseudonym.toString()).queryParam("since", since.toString())
                .get("/api/xapi/statements").then().statusCode(200).body("statements.size()", equalTo(1))
                .body("statements[0].object.id", equalTo(PlatformTestResource.baseUrl() + "/courses/" + course.id() + "/sessions/after"));
        given().auth().oauth2(instructor).queryParam("since", since.atOffset(java.time.ZoneOffset.ofHours(2)).toString())
                .queryParam("learner", first.pseudonym.toString())
                .get("/api/xapi/statements").then().statusCode(200).body("statements.size()", equalTo(1));
        given().auth().oauth2(instructor).queryParam("course", "another-course").queryParam("learner", second.pseudonym.toString())
                .get("/api/xapi/statements").then().statusCode(200).body("statements.size()", equalTo(1))
                .body("statements[0].actor.account.name", equalTo(second.pseudonym.toString()));
        given().auth().oauth2(instructor).queryParam("course", course.id()).queryParam("learner", second.pseudonym.toString())
                .get("/api/xapi/statements").then().statusCode(200).body("statements.size()", equalTo(0)).body("more", equalTo(""));
        given().auth().oauth2(instructor).queryParam("learner", java.util.UUID.randomUUID().toString())
                .get("/api/xapi/statements").then().statusCode(200).body("statements.size()", equalTo(0));
        List<String> courses = given().auth().oauth2(instructor).queryParam("course", "another-course").queryParam("limit", 500)
                .get("/api/xapi/statements").then().statusCode(200).extract().jsonPath()
                .getList("statements.context.contextActivities.parent[0].id", String.class);
        assertFalse(courses.isEmpty());
        courses.forEach(id -> assertTrue(id.endsWith("/courses/another-course"), id));
    }

    @Test
    void anInstructorSeesTheStatementsOfTheTraineesWhoJoinedTheirCohortsOnly() {
        Course course = content.course(Journeys.SAMPLE_COURSE).orElseThrow();
        TestUsers.TestUser alicesTrainee = TestUsers.create("Amy", "Member");
        TestUsers.TestUser bobsTrainee = TestUsers.create("Ben", "Member");
        TestUsers.TestUser onlyInvited = TestUsers.create("Ivy", "Invited");
        String alice = TestUsers.create("Alice", "Leads", Roles.INSTRUCTOR).token();
        String bob = TestUsers.create("Bob", "Leads", Roles.INSTRUCTOR).token();
        String admin = TestUsers.create("Ada", "Sees", Roles.ADMIN).token();
        long alicesCohort = CohortInvitations.cohort(alice, course.id(), "Alice's group");
        CohortInvitations.join(alice, alicesCohort, alicesTrainee);
        CohortInvitations.invite(alice, alicesCohort, List.of(onlyInvited.username() + "@example.org"));
        CohortInvitations.join(bob, CohortInvitations.cohort(bob, course.id(), "Bob's group"), bobsTrainee);
        for (TestUsers.TestUser trainee : List.of(alicesTrainee, bobsTrainee, onlyInvited)) {
            Journeys.enrol(trainee.token(), course);
            Journeys.readAllLessons(trainee.token(), course);
        }
        String amy = LearningRecordsTest.learner(alicesTrainee).pseudonym.toString();
        String ben = LearningRecordsTest.learner(bobsTrainee).pseudonym.toString();
        String ivy = LearningRecordsTest.learner(onlyInvited).pseudonym.toString();
        int amysStatements = given().auth().oauth2(admin).queryParam("learner", amy).queryParam("limit", 500)
                .get("/api/xapi/statements").then().statusCode(200).extract().jsonPath().getList("statements").size();
        assertTrue(amysStatements >= course.lessonCount(), "the administrator sees them all: " + amysStatements);
        given().auth().oauth2(admin).queryParam("learner", ben).get("/api/xapi/statements").then().statusCode(200)
                .body("statements.size()", org.hamcrest.Matchers.greaterThan(0));

        assertEquals(java.util.Set.of(amy), actors(alice), "Alice sees her member's statements and no one else's");
        given().auth().oauth2(alice).queryParam("learner", amy).queryParam("limit", 500).get("/api/xapi/statements").then()
                .statusCode(200).body("statements.size()", equalTo(amysStatements));
        for (String outsider : List.of(ben, ivy)) {
            given().auth().oauth2(alice).queryParam("learner", outsider).get("/api/xapi/statements").then().statusCode(200)
                    .body("statements.size()", equalTo(0)).body("more", equalTo(""));
        }
        assertEquals(java.util.Set.of(ben), actors(bob));
        given().auth().oauth2(bob).queryParam("learner", amy).get("/api/xapi/statements").then().statusCode(200)
                .body("statements.size()", equalTo(0));
        given().auth().oauth2(TestUsers.create("Nia", "Nocohort", Roles.INSTRUCTOR).token()).get("/api/xapi/statements")
                .then().statusCode(200).body("statements.size()", equalTo(0));
    }

    /** Every learner pseudonym in the statements the token's owner can read, following the 'more' links to the end. */
    private static java.util.Set<String> actors(String token) {
        java.util.Set<String> actors = new HashSet<>();
        String next = "/api/xapi/statements?limit=500";
        while (!next.isEmpty()) {
            JsonPath page = given().auth().oauth2(token).get(next).then().statusCode(200).extract().jsonPath();
            actors.addAll(page.getList("statements.actor.account.name", String.class));
            next = page.getString("more");
        }
        return actors;
    }

    @ParameterizedTest
    @CsvSource({
            "since, yesterday",
            "since, 2026-01-31T09:00:00",
            "limit, 0",
            "limit, 501",
            "limit, ten",
            "learner, alex@example.org",
            "after, -5",
            "course, '../../etc'"})
    void badFiltersGetA400ProblemNamingTheFilter(String name, String value) {
        given().auth().oauth2(TestUsers.create("Bad", "Filter", Roles.INSTRUCTOR).token()).queryParam(name, value)
                .get("/api/xapi/statements").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors", hasKey(name));
    }

    @Test
    void traineesAndPartnersAreRefusedAndAnonymousCallersMustSignIn() {
        given().auth().oauth2(TestUsers.create("Tray", "Knee").token()).get("/api/xapi/statements")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestUsers.create("Part", "Ner", Roles.PARTNER).token()).get("/api/xapi/statements")
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/api/xapi/statements").then().statusCode(401);
        given().auth().oauth2(TestUsers.create("Ad", "Min", Roles.ADMIN).token()).get("/api/xapi/statements?limit=1")
                .then().statusCode(200).header("X-Experience-API-Version", "1.0.3");
    }
}
