package org.mhfa.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void healthReportsTheDatabaseAndTheIdentityProvider() {
        given().get("/api/courses").then().statusCode(200);
        given().get("/q/health").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "OIDC Provider Health Check"));
    }

    @Test
    void theApiIsDocumented() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/api/courses/{courseId}"))
                .body(containsString("/api/me/enrolments"))
                .body(containsString("/api/courses/{courseId}/quizzes/{quizId}/attempts"))
                .body(containsString("/api/me/certificates"))
                .body(containsString("/api/verifications/{code}"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void theBenchmarkBaselineAnswersAConstantToAnyone() {
        given().get("/hello").then().statusCode(200).body(equalTo("hello")).header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void pagesCarrySecurityHeaders() {
        given().get("/").then().header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY");
    }
}
