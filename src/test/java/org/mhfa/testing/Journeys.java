package org.mhfa.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.stream.Collectors;
import org.mhfa.course.Course;
import org.mhfa.course.Lesson;
import org.mhfa.quiz.Question;
import org.mhfa.quiz.Quiz;

/** Walks a trainee through a course over the API, deriving lesson ids and right answers from the content served. */
public final class Journeys {

    public static final String SAMPLE_COURSE = "community-crisis-support";

    private Journeys() {
    }

    public static void enrol(String token, Course course) {
        given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/me/enrolments/" + course.id()).then().statusCode(200);
    }

    public static void readAllLessons(String token, Course course) {
        course.items().filter(Lesson.class::isInstance).forEach(lesson -> given().auth().oauth2(token)
                .put("/api/me/enrolments/" + course.id() + "/lessons/" + lesson.id()).then().statusCode(200));
    }

    public static Map<String, String> rightAnswers(Quiz quiz) {
        return quiz.questions().stream().collect(Collectors.toMap(Question::id, question -> question.correctOption().id()));
    }

    public static Map<String, String> wrongAnswers(Quiz quiz) {
        return quiz.questions().stream().collect(Collectors.toMap(Question::id,
                question -> question.options().stream().filter(option -> !option.correct()).findFirst().orElseThrow().id()));
    }

    /** Submits answers and returns the attempt id. */
    public static long submit(String token, Course course, Quiz quiz, Map<String, String> answers) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("answers", answers))
                .post("/api/courses/" + course.id() + "/quizzes/" + quiz.id() + "/attempts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Completes the whole course and returns the certificate code. */
    public static String complete(String token, Course course) {
        enrol(token, course);
        readAllLessons(token, course);
        course.items().filter(Quiz.class::isInstance).map(Quiz.class::cast)
                .forEach(quiz -> submit(token, course, quiz, rightAnswers(quiz)));
        return given().auth().oauth2(token).get("/api/me/enrolments/" + course.id())
                .then().statusCode(200).extract().jsonPath().getString("certificateCode");
    }
}
