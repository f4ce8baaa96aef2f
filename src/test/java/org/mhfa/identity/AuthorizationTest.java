package org.mhfa.identity;

import org.mhfa.platform.Roles;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.Quiz;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.TestUsers;

@QuarkusTest
class AuthorizationTest {

    @Inject
    ContentRepository content;

    @ParameterizedTest
    @ValueSource(strings = {"/me", "/signin", "/courses/community-crisis-support/lessons/what-is-a-mental-health-crisis",
            "/courses/community-crisis-support/quizzes/awareness-check", "/certificates/ABC.pdf", "/instructor/content"})
    void anonymousVisitorsOfPersonalPagesAreSentToSignIn(String page) {
        given().redirects().follow(false).get(page).then().statusCode(302)
                .header("Location", containsString("/realms/mhfa/protocol/openid-connect/auth"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/me/enrolments", "/api/me/certificates", "/api/instructor/content",
            "/api/courses/community-crisis-support/quizzes/awareness-check"})
    void anonymousApiCallersGet401(String path) {
        given().get(path).then().statusCode(401);
    }

    @Test
    void anonymousApiWritesGet401AndWriteNothing() {
        given().contentType(ContentType.JSON).body(Map.of("answers", Map.of()))
                .post("/api/courses/community-crisis-support/quizzes/awareness-check/attempts").then().statusCode(401);
        given().contentType(ContentType.JSON).post("/api/me/enrolments/community-crisis-support").then().statusCode(401);
    }

    @Test
    void aForgedTokenIsRefused() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").get("/api/me/enrolments").then().statusCode(401);
    }

    @Test
    void publicPagesAndApiNeedNoSignIn() {
        given().get("/").then().statusCode(200).body(containsString("Community Crisis Support"));
        given().get("/courses/community-crisis-support").then().statusCode(200).body(containsString("Sign in to enrol"));
        given().get("/verify").then().statusCode(200);
        given().get("/api/courses").then().statusCode(200);
    }

    @Test
    void traineeBCannotReadTraineeAsAttemptsProgressOrCertificate() {
        Course course = content.course(Journeys.SAMPLE_COURSE).orElseThrow();
        Quiz quiz = Journeys.firstQuiz(course);
        String alice = TestUsers.create("Alice", "First").token();
        String bob = TestUsers.create("Bob", "Second").token();
        String code = Journeys.complete(alice, course);
        long attempt = Journeys.answer(alice, course, quiz, true);

        given().auth().oauth2(alice).get("/api/courses/" + course.id() + "/quizzes/" + quiz.id() + "/attempts/" + attempt)
                .then().statusCode(200);
        given().auth().oauth2(bob).get("/api/courses/" + course.id() + "/quizzes/" + quiz.id() + "/attempts/" + attempt)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(bob).contentType(ContentType.JSON).body(Map.of("answers", Map.of()))
                .post("/api/courses/" + course.id() + "/quizzes/" + quiz.id() + "/attempts/" + attempt + "/answers")
                .then().statusCode(404);
        given().auth().oauth2(bob).get("/api/me/certificates/" + code).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(bob).get("/api/me/certificates/" + code + "/pdf").then().statusCode(404);
        given().auth().oauth2(bob).get("/api/me/certificates").then().statusCode(200).body("$", hasSize(0));
        given().auth().oauth2(bob).get("/api/me/enrolments").then().statusCode(200).body("$", hasSize(0));
        given().auth().oauth2(alice).get("/api/me/certificates/" + code).then().statusCode(200).body("code", equalTo(code));
    }

    @Test
    void traineesCannotCallInstructorOrAdminEndpoints() {
        String trainee = TestUsers.create("Terry", "Trainee").token();
        given().auth().oauth2(trainee).get("/api/instructor/content").then().statusCode(403)
                .contentType("application/problem+json").body("status", equalTo(403));
        given().auth().oauth2(trainee).contentType(ContentType.JSON).post("/api/admin/content/reload").then().statusCode(403);
    }

    @Test
    void instructorsSeeContentStatusButOnlyAdminsReload() {
        String instructor = TestUsers.create("Ingrid", "Instructor", Roles.INSTRUCTOR).token();
        String admin = TestUsers.create("Ada", "Admin", Roles.ADMIN).token();
        given().auth().oauth2(instructor).get("/api/instructor/content").then().statusCode(200);
        given().auth().oauth2(instructor).contentType(ContentType.JSON).post("/api/admin/content/reload").then().statusCode(403);
        given().auth().oauth2(admin).contentType(ContentType.JSON).post("/api/admin/content/reload").then().statusCode(200);
        given().auth().oauth2(TestUsers.create("Pat", "Partner", Roles.PARTNER).token())
                .get("/api/instructor/content").then().statusCode(403);
    }
}
