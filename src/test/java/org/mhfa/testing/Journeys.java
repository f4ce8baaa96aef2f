package org.mhfa.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.Lesson;
import org.mhfa.catalogue.Question;
import org.mhfa.catalogue.Quiz;
import org.mhfa.catalogue.QuizOption;
import org.mhfa.catalogue.Choice;
import org.mhfa.catalogue.Scenario;
import org.mhfa.catalogue.ScenarioNode;
import org.mhfa.catalogue.Scoring;

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

    public static Quiz firstQuiz(Course course) {
        return course.items().filter(Quiz.class::isInstance).map(Quiz.class::cast).findFirst().orElseThrow();
    }

    public static Scenario firstScenario(Course course) {
        return course.items().filter(Scenario.class::isInstance).map(Scenario.class::cast).findFirst().orElseThrow();
    }

    /** The indices of choices along a path that passes the scenario (the best-scoring one under dynamic scoring). */
    public static List<Integer> passingPath(Scenario scenario) {
        List<Integer> best = new ArrayList<>();
        int[] bestScore = {Integer.MIN_VALUE};
        walk(scenario, scenario.start(), new ArrayList<>(), new HashSet<>(), 0, best, bestScore);
        if (bestScore[0] < scenario.passScore()) {
            throw new IllegalStateException("no passing path in " + scenario.id());
        }
        return best;
    }

    /** The indices of choices along a path to a harmful ending. */
    public static List<Integer> harmfulPath(Scenario scenario) {
        return pathTo(scenario, scenario.start(), new ArrayList<>(), new HashSet<>(),
                node -> node.outcome() == org.mhfa.catalogue.Outcome.HARMFUL).orElseThrow();
    }

    private static java.util.Optional<List<Integer>> pathTo(Scenario scenario, ScenarioNode node, List<Integer> path, Set<String> seen,
            java.util.function.Predicate<ScenarioNode> goal) {
        if (node.isEnd()) {
            return goal.test(node) ? java.util.Optional.of(List.copyOf(path)) : java.util.Optional.empty();
        }
        if (!seen.add(node.id())) {
            return java.util.Optional.empty();
        }
        for (Choice choice : node.choices()) {
            path.add(choice.index());
            var found = pathTo(scenario, scenario.node(choice.target()).orElseThrow(), path, seen, goal);
            path.remove(path.size() - 1);
            if (found.isPresent()) {
                return found;
            }
        }
        seen.remove(node.id());
        return java.util.Optional.empty();
    }

    private static void walk(Scenario scenario, ScenarioNode node, List<Integer> path, Set<String> seen, int score,
            List<Integer> best, int[] bestScore) {
        if (node.isEnd()) {
            int total = scenario.scoring() == Scoring.STATIC ? node.endScore() : score;
            if (total > bestScore[0]) {
                bestScore[0] = total;
                best.clear();
                best.addAll(path);
            }
            return;
        }
        if (!seen.add(node.id())) {
            return;
        }
        for (Choice choice : node.choices()) {
            path.add(choice.index());
            walk(scenario, scenario.node(choice.target()).orElseThrow(), path, seen, score + choice.score(), best, bestScore);
            path.remove(path.size() - 1);
        }
        seen.remove(node.id());
    }

    /** Plays the given choices from a new run; returns the run id. */
    public static long play(String token, Course course, Scenario scenario, List<Integer> choices) {
        String base = "/api/courses/" + course.id() + "/scenarios/" + scenario.id() + "/runs";
        long run = given().auth().oauth2(token).contentType(ContentType.JSON).post(base)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        for (int choice : choices) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("choice", choice))
                    .post(base + "/" + run + "/choices").then().statusCode(200);
        }
        return run;
    }

    /** Completes the whole course and returns the certificate code. */
    public static String complete(String token, Course course) {
        enrol(token, course);
        readAllLessons(token, course);
        course.items().filter(Quiz.class::isInstance).map(Quiz.class::cast)
                .forEach(quiz -> answer(token, course, quiz, true));
        course.items().filter(Scenario.class::isInstance).map(Scenario.class::cast)
                .forEach(scenario -> play(token, course, scenario, passingPath(scenario)));
        return given().auth().oauth2(token).get("/api/me/enrolments/" + course.id())
                .then().statusCode(200).extract().jsonPath().getString("certificateCode");
    }
}
