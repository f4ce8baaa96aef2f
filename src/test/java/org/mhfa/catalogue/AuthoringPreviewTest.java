package org.mhfa.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.mhfa.platform.Roles;
import org.mhfa.testing.PageSession;
import org.mhfa.testing.TestUsers;

@QuarkusTest
class AuthoringPreviewTest {

    private static final String GRAPH_PAGE = "/instructor/courses/community-crisis-support/scenarios/panic-on-the-bus";
    private static final String GRAPH = GRAPH_PAGE + "/graph.svg";
    private static final String PREVIEW = "/instructor/courses/community-crisis-support/quizzes/awareness-check";

    @Test
    void instructorsSeeTheScenarioGraphAndTheQuizWithItsAnswers() {
        PageSession instructor = PageSession.signIn(TestUsers.create("Iris", "Instructor", Roles.INSTRUCTOR));
        HttpResponse<String> svg = instructor.get(GRAPH);
        assertEquals(200, svg.statusCode());
        assertTrue(svg.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
        assertTrue(svg.body().contains("<svg") && svg.body().contains("role=\"img\""), svg.body());
        HttpResponse<String> page = instructor.get(GRAPH_PAGE);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<svg"));
        HttpResponse<String> preview = instructor.get(PREVIEW);
        assertEquals(200, preview.statusCode());
        assertTrue(preview.body().contains("✓ Correct:"), "the preview marks the right answers");
        assertEquals(200, instructor.get("/instructor/content").statusCode());
        assertEquals(200, instructor.get("/instructor/courses/community-crisis-support").statusCode());
    }

    @Test
    void traineesCannotSeeAnswersOrGraphs() {
        PageSession trainee = PageSession.signIn(TestUsers.create("Tara", "Trainee"));
        assertEquals(403, trainee.get(GRAPH).statusCode());
        assertEquals(403, trainee.get(PREVIEW).statusCode());
        assertEquals(403, trainee.get("/instructor/content").statusCode());
        assertEquals(200, trainee.get("/me").statusCode());
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        given().redirects().follow(false).get(GRAPH).then().statusCode(302)
                .header("Location", containsString("/protocol/openid-connect/auth"));
        given().redirects().follow(false).get(PREVIEW).then().statusCode(302);
    }
}
