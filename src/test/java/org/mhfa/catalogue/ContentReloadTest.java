package org.mhfa.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mhfa.platform.Roles;
import org.mhfa.testing.PlatformTestResource;
import org.mhfa.testing.TestUsers;

@QuarkusTest
class ContentReloadTest {

    @Test
    void aBrokenFileIsReportedWithFileAndLineWhileTheLastGoodVersionKeepsBeingServed() throws Exception {
        String instructor = TestUsers.create("Ivy", "Instructor", Roles.INSTRUCTOR).token();
        Path lesson = PlatformTestResource.contentDir()
                .resolve("courses/community-crisis-support/01-awareness-and-stigma/01-what-is-a-mental-health-crisis.md");
        String original = Files.readString(lesson);
        Path newCourse = PlatformTestResource.contentDir().resolve("courses/fresh-course");
        try {
            Files.writeString(lesson, original.replaceFirst("title:", "titel:"));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(instructor)
                    .get("/api/instructor/content").then().statusCode(200)
                    .body("errors.message", hasItem("unknown front-matter key 'titel'; did you mean 'title'?"
                            + "; allowed keys: minutes, required, title"))
                    .body("errors.line", hasItem(2))
                    .body("errors.file", hasItem(containsString("01-what-is-a-mental-health-crisis.md"))));
            given().get("/api/courses/community-crisis-support").then().statusCode(200)
                    .body("modules[0].items.id", hasItem("what-is-a-mental-health-crisis"));

            Files.createDirectories(newCourse.resolve("01-only"));
            Files.writeString(newCourse.resolve("course.md"), "---\ntitle: Fresh\nsummary: A new course.\n---\nHello.\n");
            Files.writeString(newCourse.resolve("01-only/module.md"), "---\ntitle: Only\n---\n");
            Files.writeString(newCourse.resolve("01-only/01-hello.md"), "---\ntitle: Hello\n---\nHello, world.\n");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    given().get("/api/courses").then().body("id", hasItem("fresh-course")));
        } finally {
            Files.writeString(lesson, original);
            Files.walk(newCourse).sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(instructor)
                .get("/api/instructor/content").then().body("errors", empty()).body("courses", not(hasItem("fresh-course"))));
    }
}
