package org.mhfa.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.mhfa.authoring.CourseArchive;
import org.mhfa.catalogue.CourseFiles;

/** Courses for authoring tests: a copy of the sample course, published once, with a named author; never the sample itself. */
public final class AuthoringFixture {

    public static final String SAMPLE_LESSON = "01-awareness-and-stigma/01-what-is-a-mental-health-crisis.md";
    public static final String SAMPLE_SCENARIO = "03-mental-health-first-responders/04-panic-on-the-bus.scenario.md";
    public static final String SAMPLE_QUIZ = "01-awareness-and-stigma/03-awareness-check.quiz.md";

    private AuthoringFixture() {
    }

    /** The sample course's files as they are in the test content folder. */
    public static CourseFiles sampleFiles() {
        return CourseFiles.read(PlatformTestResource.contentDir().resolve("courses").resolve(Journeys.SAMPLE_COURSE));
    }

    /** Starts a course as a copy of the sample course (through the API, as an admin), publishes it and returns its id. */
    public static String publishedCopyOfSample(String adminToken) {
        String id = "authoring-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(adminToken).contentType(ContentType.JSON).body(Map.of("id", id, "title", "Copy " + id))
                .post("/api/authoring/courses").then().statusCode(201);
        given().auth().oauth2(adminToken).contentType("application/zip").body(CourseArchive.write(id, sampleFiles()))
                .post("/api/authoring/courses/" + id + "/draft/archive").then().statusCode(200);
        given().auth().oauth2(adminToken).contentType(ContentType.JSON).body(Map.of("message", "First version"))
                .post("/api/authoring/courses/" + id + "/versions").then().statusCode(201);
        return id;
    }

    /** Names {@code user} an author of the course (first making them known to the platform) and returns their learner id. */
    public static long nameAuthor(String adminToken, String course, TestUsers.TestUser user) {
        given().auth().oauth2(user.token()).get("/api/me/enrolments").then().statusCode(200);
        return given().auth().oauth2(adminToken).contentType(ContentType.JSON).body(Map.of("email", user.username() + "@example.org"))
                .post("/api/authoring/courses/" + course + "/authors").then().statusCode(201).extract().jsonPath().getLong("learnerId");
    }

    /** Adds a new lesson file to the course's draft and returns its path. */
    public static String newDraftFile(String adminToken, String course) {
        String path = "01-awareness-and-stigma/9" + (100 + (int) (Math.random() * 899)) + "-extra-" + UUID.randomUUID().toString().substring(0, 6) + ".md";
        given().auth().oauth2(adminToken).contentType(ContentType.JSON)
                .body(Map.of("path", path, "text", "---\ntitle: Extra\n---\nAn extra lesson.\n"))
                .post("/api/authoring/courses/" + course + "/draft/files").then().statusCode(201);
        return path;
    }
}
