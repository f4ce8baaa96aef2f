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

    /** A started attempt: its id, the ids of the questions it drew, and those questions as the API shows them. */
    public record Attempt(long id, List<String> questionIds, List<Map<String, Object>> shown) {

        /** The question as this attempt shows it: its options (and matches) under the attempt's tokens. */
        public Map<String, Object> shown(String questionId) {
            return shown.stream().filter(question -> questionId.equals(question.get("id"))).findFirst().orElseThrow();
        }
    }

    /** The right answer to each question the attempt drew, in the API's JSON shape, naming options by the attempt's tokens. */
    public static Map<String, Object> rightAnswers(Quiz quiz, Attempt attempt) {
        return rightAnswers(quiz, attempt, attempt.questionIds());
    }

    /** The right answer to each of the given questions, naming options by the attempt's tokens. */
    public static Map<String, Object> rightAnswers(Quiz quiz, Attempt attempt, List<String> questionIds) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (String id : questionIds) {
            Question question = quiz.question(id).orElseThrow();
            List<String> ids = question.options().stream().filter(QuizOption::correct).map(QuizOption::id).toList();
            answers.put(id, inTokens(question, attempt.shown(id), switch (question.type()) {
                case SINGLE, TRUE_FALSE -> ids.get(0);
                case MULTIPLE, ORDERING -> ids;
                case MATCHING -> question.options().stream().collect(Collectors.toMap(QuizOption::id, QuizOption::id));
            }));
        }
        return answers;
    }

    /** A wrong answer to each question the attempt drew, scoring nothing. */
    public static Map<String, Object> wrongAnswers(Quiz quiz, Attempt attempt) {
        return wrongAnswers(quiz, attempt, attempt.questionIds());
    }

    /** A wrong answer to each of the given questions, scoring nothing, naming options by the attempt's tokens. */
    public static Map<String, Object> wrongAnswers(Quiz quiz, Attempt attempt, List<String> questionIds) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (String id : questionIds) {
            Question question = quiz.question(id).orElseThrow();
            List<String> all = question.options().stream().map(QuizOption::id).toList();
            List<String> rotated = new java.util.ArrayList<>(all);
            java.util.Collections.rotate(rotated, 1);
            answers.put(id, inTokens(question, attempt.shown(id), switch (question.type()) {
                case SINGLE, TRUE_FALSE -> question.options().stream().filter(option -> !option.correct()).findFirst().orElseThrow().id();
                case MULTIPLE -> question.options().stream().filter(option -> !option.correct()).map(QuizOption::id).toList();
                case ORDERING -> rotated;
                case MATCHING -> question.options().stream().collect(Collectors.toMap(QuizOption::id,
                        option -> rotated.get(all.indexOf(option.id()))));
            }));
        }
        return answers;
    }

    /**
     * The tokens under which a shown question names its options ({@code "options"}) or right sides ({@code "matches"}),
     * by authored option id: each shown text is found among the catalogue's options, as a trainee would read it.
     */
    public static Map<String, String> tokens(Question question, Map<String, Object> shown, String list) {
        Map<String, String> tokens = new LinkedHashMap<>();
        for (Object item : (List<?>) shown.get(list)) {
            Map<?, ?> option = (Map<?, ?>) item;
            List<QuizOption> same = question.options().stream()
                    .filter(authored -> option.get("html").equals(list.equals("matches") ? authored.matchHtml() : authored.html()))
                    .toList();
            if (same.size() != 1) {
                throw new IllegalStateException("the shown text " + option.get("html") + " of " + question.id() + " names " + same.size() + " options");
            }
            tokens.put(same.get(0).id(), (String) option.get("id"));
        }
        return tokens;
    }

    /** An answer written in authored ids (the grader's shape: a string, a list, or left id to right id) in the attempt's tokens. */
    private static Object inTokens(Question question, Map<String, Object> shown, Object answer) {
        Map<String, String> options = tokens(question, shown, "options");
        if (answer instanceof String id) {
            return options.get(id);
        }
        if (answer instanceof List<?> ids) {
            return ids.stream().map(options::get).toList();
        }
        Map<String, String> matches = tokens(question, shown, "matches");
        Map<String, String> pairs = new LinkedHashMap<>();
        ((Map<?, ?>) answer).forEach((left, right) -> pairs.put(options.get(left), matches.get(right)));
        return pairs;
    }

    /** Starts an attempt (or gets the open one) and returns it as the API shows it. */
    public static Attempt start(String token, Course course, Quiz quiz) {
        var body = given().auth().oauth2(token).contentType(ContentType.JSON)
                .post("/api/courses/" + course.id() + "/quizzes/" + quiz.id() + "/attempts")
                .then().statusCode(201).extract().jsonPath();
        return new Attempt(body.getLong("id"), body.getList("questions.id", String.class), body.getList("questions"));
    }

    /** Starts an attempt, answers right (or wrong) through the tokens it shows, and returns the attempt id. */
    public static long answer(String token, Course course, Quiz quiz, boolean right) {
        Attempt attempt = start(token, course, quiz);
        Map<String, Object> answers = right ? rightAnswers(quiz, attempt) : wrongAnswers(quiz, attempt);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("answers", answers))
                .post("/api/courses/" + course.id() + "/quizzes/" + quiz.id() + "/attempts/" + attempt.id() + "/answers")
                .then().statusCode(200);
        return attempt.id();
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
