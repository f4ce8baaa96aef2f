package org.mhfa.quiz;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.Question;
import org.mhfa.catalogue.QuestionType;
import org.mhfa.catalogue.Quiz;
import org.mhfa.catalogue.QuizOption;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.PageSession;
import org.mhfa.testing.QuizForms;
import org.mhfa.testing.PlatformTestResource;
import org.mhfa.testing.TestUsers;
import org.mhfa.testing.TestUsers.TestUser;

/**
 * The real knowledge-check page, rendered for 50 seeds of one attempt of the sample action-plan check (one question of
 * each type): no attribute, name, value or place predicts the answer; the form grades through its tokens, keeps the
 * trainee's choices when sent back with errors, and refuses authored ids, as the JSON API does.
 */
@QuarkusTest
class QuizFormSecrecyTest {

    private static final int SEEDS = 50;

    @Inject
    ContentRepository content;

    private Course course() {
        return content.course(Journeys.SAMPLE_COURSE).orElseThrow();
    }

    private Quiz quiz() {
        return course().quiz("action-plan-check").orElseThrow();
    }

    @Test
    void theRenderedFormGivesNothingAwayAndGradesThroughItsTokens() {
        Course course = course();
        Quiz quiz = quiz();
        TestUser trainee = TestUsers.create("Tova", "Tokens");
        Journeys.enrol(trainee.token(), course);
        PageSession session = PageSession.signIn(trainee);
        String quizPage = "/courses/" + course.id() + "/quizzes/" + quiz.id();
        String attemptPage = session.submit(quizPage, quizPage + "/attempts", Map.of()).uri().getPath();
        long attempt = Long.parseLong(attemptPage.substring(attemptPage.lastIndexOf('/') + 1));

        Map<String, Set<Integer>> places = new TreeMap<>();
        Set<Set<String>> tokenSets = new HashSet<>();
        for (int i = 1; i <= SEEDS; i++) {
            PlatformTestResource.execute("update quiz_attempt set seed = " + (i * 0x9E3779B97F4A7C15L) + " where id = " + attempt);
            HttpResponse<String> page = session.get(attemptPage);
            assertEquals(200, page.statusCode());
            Document form = Jsoup.parse(page.body());
            Set<String> tokens = new HashSet<>();
            for (Question question : quiz.questions()) {
                tokens.addAll(assertNothingNamesTheKey(question, form));
                recordPlaces(question, form, places);
            }
            tokenSets.add(tokens);
        }
        assertEquals(SEEDS, tokenSets.size(), "every seed shows its own tokens");
        for (Question question : quiz.questions()) {
            Set<Integer> all = IntStream.range(0, question.options().size()).boxed().collect(Collectors.toCollection(TreeSet::new));
            places.forEach((what, seen) -> {
                if (what.startsWith(question.id() + "/")) {
                    assertEquals(all, seen, what + " is shown in every place over the seeds");
                }
            });
        }
        assertTrue(places.keySet().containsAll(List.of("how-to-ask/c", "promise-secrecy/b", "panic-help/a", "algee-order/a",
                "algee-phrases/a->")), places.keySet().toString());

        Document page = Jsoup.parse(session.get(attemptPage).body());
        List<Map.Entry<String, String>> right = QuizForms.rightAnswers(quiz, page);
        assertFormKeepsChoicesBesideErrors(session, attemptPage, page, right);
        assertAuthoredIdsAreRefused(session, attemptPage, attempt, quiz, right);

        HttpResponse<String> result = session.submitPairs(attemptPage, attemptPage, right);
        assertEquals(200, result.statusCode(), result.body());
        assertTrue(result.body().contains("Passed") && result.body().contains("100%"), result.body());
        assertEquals(1, PlatformTestResource.count("select count(*) from quiz_attempt where id = " + attempt
                + " and score_percent = 100 and answers like '%\"how-to-ask\":[\"c\"]%'"), "answers are stored in authored ids");
    }

    @Test
    void theApiRefusesAuthoredIdsAndGradesThroughTheTokensItShows() {
        Course course = course();
        Quiz quiz = quiz();
        String token = TestUsers.create("Aiden", "Api").token();
        Journeys.enrol(token, course);
        Journeys.Attempt attempt = Journeys.start(token, course, quiz);
        String answers = "/api/courses/" + course.id() + "/quizzes/" + quiz.id() + "/attempts/" + attempt.id() + "/answers";
        Map<String, Object> authored = new LinkedHashMap<>();
        for (Question question : quiz.questions()) {
            List<String> key = question.correctOptions().stream().map(QuizOption::id).toList();
            authored.put(question.id(), switch (question.type()) {
                case SINGLE, TRUE_FALSE -> key.get(0);
                case MULTIPLE, ORDERING -> key;
                case MATCHING -> question.options().stream().collect(Collectors.toMap(QuizOption::id, QuizOption::id));
            });
        }
        var refused = given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("answers", authored)).post(answers)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.how-to-ask", equalTo("'c' is not one of this question's options.")).extract().jsonPath();
        assertEquals(quiz.questions().stream().map(Question::id).collect(Collectors.toSet()), refused.getMap("errors").keySet(),
                "every question answered in authored ids is refused");
        assertEquals(0, PlatformTestResource.count("select count(*) from quiz_attempt where id = " + attempt.id()
                + " and (status <> 'STARTED' or answers is not null)"), "nothing scored, the attempt stays open");

        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("answers", Journeys.rightAnswers(quiz, attempt)))
                .post(answers).then().statusCode(200).body("scorePercent", equalTo(100)).body("passed", equalTo(true))
                .body("review.find { it.id == 'how-to-ask' }.chosen", equalTo(List.of("c")));
    }

    /** Checks every control of the question and returns the tokens it names options by. */
    private static Set<String> assertNothingNamesTheKey(Question question, Document form) {
        Element fieldset = form.getElementById("question-" + question.id());
        assertTrue(fieldset != null, question.id());
        Set<String> tokens = new HashSet<>();
        for (Element element : fieldset.select("input, select, option, label")) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey();
                assertFalse(name.startsWith("data-") || name.equals("checked") || name.equals("selected") || name.contains("correct"),
                        element.outerHtml());
                String value = attribute.getValue();
                String rest = value.startsWith(question.id() + "-") || value.startsWith(question.id() + ".")
                        ? value.substring(question.id().length() + 1) : value;
                assertTrue(question.option(rest).isEmpty(), "an authored id in " + element.outerHtml());
                if (rest.matches("[a-z2-7]{12}")) {
                    tokens.add(rest);
                }
            }
        }
        assertTrue(tokens.size() >= question.options().size(), question.id() + " names its options by tokens: " + tokens);
        if (question.type() == QuestionType.MATCHING) {
            List<List<String>> lists = fieldset.select("select").stream()
                    .map(select -> select.select("option").stream().map(option -> option.attr("value")).toList()).toList();
            assertEquals(1, new HashSet<>(lists).size(), "every left side offers the same right sides in the same order");
            Set<String> lefts = fieldset.select("select").stream().map(select -> select.id().substring(question.id().length() + 1))
                    .collect(Collectors.toSet());
            assertTrue(lists.get(0).stream().noneMatch(lefts::contains), "a right side's value is never a left side's id");
        }
        return tokens;
    }

    /** Notes where the right options (choice), the items (ordering) and the right sides (matching) stand on the page. */
    private static void recordPlaces(Question question, Document form, Map<String, Set<Integer>> places) {
        Element fieldset = form.getElementById("question-" + question.id());
        List<QuizOption> shown = fieldset.select(".option label").stream()
                .map(label -> QuizForms.shownAs(question, label.text(), QuizOption::html)).toList();
        for (QuizOption option : question.options()) {
            if (question.type() != QuestionType.MATCHING && (option.correct() || question.type() == QuestionType.ORDERING)) {
                places.computeIfAbsent(question.id() + "/" + option.id(), key -> new TreeSet<>()).add(shown.indexOf(option));
            }
        }
        if (question.type() == QuestionType.MATCHING) {
            List<QuizOption> rights = fieldset.select("select").get(0).select("option[value~=.]").stream()
                    .map(option -> QuizForms.shownAs(question, option.text(), QuizOption::matchHtml)).toList();
            question.options().forEach(option -> places.computeIfAbsent(question.id() + "/" + option.id() + "->", key -> new TreeSet<>())
                    .add(rights.indexOf(option)));
        }
    }

    /** Sends everything right but the ordering (every item in place 1): the page comes back with the choices kept. */
    private static void assertFormKeepsChoicesBesideErrors(PageSession session, String attemptPage, Document page,
            List<Map.Entry<String, String>> right) {
        List<Map.Entry<String, String>> fields = right.stream()
                .map(field -> field.getKey().startsWith("algee-order.") ? Map.entry(field.getKey(), "1") : field).toList();
        HttpResponse<String> again = session.submitPairs(attemptPage, attemptPage, fields);
        assertEquals(400, again.statusCode());
        Document shown = Jsoup.parse(again.body());
        assertEquals("Give each item a different position, from 1 to 5.", shown.getElementById("error-algee-order").text());
        for (Map.Entry<String, String> field : fields) {
            Element select = shown.selectFirst("select[name=\"" + field.getKey() + "\"]");
            boolean kept = select != null
                    ? field.getValue().equals(select.select("option[selected]").attr("value"))
                    : shown.selectFirst("input[name=\"" + field.getKey() + "\"][value=\"" + field.getValue() + "\"][checked]") != null;
            assertTrue(kept, "the choice " + field + " is kept");
        }
        assertEquals(controls(page), controls(shown), "the page comes back with the same tokens in the same order");
    }

    private static List<String> controls(Document page) {
        return page.select("form input:not([type=hidden]), form select, form option").stream()
                .map(element -> element.attr("name") + "=" + element.attr("value")).toList();
    }

    /** The form sent with authored ids, as the old pages named them: refused, nothing stored, the attempt still open. */
    private static void assertAuthoredIdsAreRefused(PageSession session, String attemptPage, long attempt, Quiz quiz,
            List<Map.Entry<String, String>> right) {
        List<Map.Entry<String, String>> authored = new ArrayList<>();
        for (Question question : quiz.questions()) {
            for (QuizOption option : question.options()) {
                switch (question.type()) {
                    case SINGLE, TRUE_FALSE, MULTIPLE -> {
                        if (option.correct()) {
                            authored.add(Map.entry(question.id(), option.id()));
                        }
                    }
                    case ORDERING -> authored.add(Map.entry(question.id() + "." + option.id(),
                            String.valueOf(question.options().indexOf(option) + 1)));
                    case MATCHING -> authored.add(Map.entry(question.id() + "." + option.id(), option.id()));
                }
            }
        }
        HttpResponse<String> refused = session.submitPairs(attemptPage, attemptPage, authored);
        assertEquals(400, refused.statusCode());
        Document page = Jsoup.parse(refused.body());
        for (Question question : quiz.questions()) {
            if (question.type() != QuestionType.MATCHING) {
                assertTrue(page.getElementById("error-" + question.id()) != null, question.id() + " is refused: " + page.select(".field-error"));
            }
        }
        assertEquals("'c' is not one of this question's options.", page.getElementById("error-how-to-ask").text());
        List<Map.Entry<String, String>> matchingByAuthoredIds = new ArrayList<>(right.stream()
                .filter(field -> !field.getKey().startsWith("algee-phrases.")).toList());
        matchingByAuthoredIds.addAll(authored.stream().filter(field -> field.getKey().startsWith("algee-phrases.")).toList());
        HttpResponse<String> unanswered = session.submitPairs(attemptPage, attemptPage, matchingByAuthoredIds);
        assertEquals(400, unanswered.statusCode());
        assertEquals("Answer this question.", Jsoup.parse(unanswered.body()).getElementById("error-algee-phrases").text(),
                "matching fields named by authored ids answer nothing");
        assertEquals(0, PlatformTestResource.count("select count(*) from quiz_attempt where id = " + attempt
                + " and (status <> 'STARTED' or answers is not null)"), "nothing scored, the attempt stays open");
    }

    /** The authored option whose text reads as the text shown; fails when none does. */
}
