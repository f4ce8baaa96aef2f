package org.mhfa.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mhfa.course.Course;
import org.mhfa.course.Lesson;
import org.mhfa.quiz.Question;
import org.mhfa.quiz.Quiz;
import org.mhfa.quiz.QuizOption;

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

    /** The right answer to each question, in the API's JSON shape for its type. */
    public static Map<String, Object> rightAnswers(Quiz quiz, List<String> questionIds) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (String id : questionIds) {
            Question question = quiz.question(id).orElseThrow();
            List<String> ids = question.options().stream().filter(QuizOption::correct).map(QuizOption::id).toList();
            answers.put(id, switch (question.type()) {
                case SINGLE, TRUE_FALSE -> ids.get(0);
                case MULTIPLE, ORDERING -> ids;
                case MATCHING -> question.options().stream().collect(Collectors.toMap(QuizOption::id, QuizOption::id));
            });
        }
        return answers;
    }

    /** A wrong answer to each question, scoring nothing. */
    public static Map<String, Object> wrongAnswers(Quiz quiz, List<String> questionIds) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (String id : questionIds) {
            Question question = quiz.question(id).orElseThrow();
            List<String> all = question.options().stream().map(QuizOption::id).toList();
            List<String> reversed = new java.util.ArrayList<>(all);
            java.util.Collections.reverse(reversed);
            List<String> rotated = new java.util.ArrayList<>(all);
            java.util.Collections.rotate(rotated, 1);
            answers.put(id, switch (question.type()) {
                case SINGLE, TRUE_FALSE -> question.options().stream().filter(option -> !option.correct()).findFirst().orElseThrow().id();
                case MULTIPLE -> question.options().stream().filter(option -> !option.correct()).map(QuizOption::id).toList();
                case ORDERING -> rotated;
                case MATCHING -> question.options().stream().collect(Collectors.toMap(QuizOption::id,
                        option -> rotated.get(all.indexOf(option.id()))));
            });
        }
        return answers;
    }

    /** Starts an attempt and returns its id and the ids of the questions it drew. */
    public static Map.Entry<Long, List<String>> start(String token, Course course, Quiz quiz) {
        var body = given().auth().oauth2(token).contentType(ContentType.JSON)
                .post("/api/courses/" + course.id() + "/quizzes/" + quiz.id() + "/attempts")
                .then().statusCode(201).extract().jsonPath();
        return Map.entry(body.getLong("id"), body.getList("questions.id", String.class));
    }

    /** Starts an attempt, answers right (or wrong), and returns the attempt id. */
    public static long answer(String token, Course course, Quiz quiz, boolean right) {
        Map.Entry<Long, List<String>> attempt = start(token, course, quiz);
        Map<String, Object> answers = right ? rightAnswers(quiz, attempt.getValue()) : wrongAnswers(quiz, attempt.getValue());
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("answers", answers))
                .post("/api/courses/" + course.id() + "/quizzes/" + quiz.id() + "/attempts/" + attempt.getKey() + "/answers")
                .then().statusCode(200);
        return attempt.getKey();
    }

    /** Completes the whole course and returns the certificate code. */
    public static String complete(String token, Course course) {
        enrol(token, course);
        readAllLessons(token, course);
        course.items().filter(Quiz.class::isInstance).map(Quiz.class::cast)
                .forEach(quiz -> answer(token, course, quiz, true));
        return given().auth().oauth2(token).get("/api/me/enrolments/" + course.id())
                .then().statusCode(200).extract().jsonPath().getString("certificateCode");
    }
}
