package org.mhfa.progress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.Lesson;
import org.mhfa.catalogue.ModuleItem;
import org.mhfa.catalogue.Quiz;
import org.mhfa.catalogue.Scenario;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.PlatformTestResource;
import org.mhfa.testing.TestUsers;

@QuarkusTest
class ConcurrentCompletionTest {

    @Inject
    ContentRepository content;

    @Test
    void twentyConcurrentRequestsForTheLastStepRecordItOnceAndIssueExactlyOneCertificate() throws Exception {
        Course course = content.course(Journeys.SAMPLE_COURSE).orElseThrow();
        String token = TestUsers.create("Con", "Current").token();
        Journeys.enrol(token, course);
        List<Lesson> lessons = course.items().filter(Lesson.class::isInstance).map(Lesson.class::cast).toList();
        Lesson last = lessons.get(lessons.size() - 1);
        for (ModuleItem item : course.items().toList()) {
            if (item instanceof Lesson lesson && !lesson.equals(last)) {
                given().auth().oauth2(token).put("/api/me/enrolments/" + course.id() + "/lessons/" + lesson.id()).then().statusCode(200);
            } else if (item instanceof Quiz quiz) {
                Journeys.answer(token, course, quiz, true);
            } else if (item instanceof Scenario scenario) {
                Journeys.play(token, course, scenario, Journeys.passingPath(scenario));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(() -> given().auth().oauth2(token).put("/api/me/enrolments/" + course.id() + "/lessons/" + last.id())
                    .then().extract().statusCode());
        }
        for (Future<Integer> status : pool.invokeAll(calls)) {
            assertEquals(200, status.get());
        }
        pool.shutdown();
        given().auth().oauth2(token).get("/api/me/certificates").then().statusCode(200).body("$", hasSize(1));
        assertEquals(1, PlatformTestResource.count("select count(*) from lesson_progress lp join enrolment e on e.id = lp.enrolment_id "
                + "join learner l on l.id = e.learner_id where l.display_name = 'Con Current' and lp.lesson_id = '" + last.id() + "'"));
    }
}
