package org.mhfa.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.ContentLoader;
import org.mhfa.catalogue.Question;
import org.mhfa.catalogue.QuestionType;
import org.mhfa.catalogue.Quiz;
import org.mhfa.catalogue.QuizOption;
import org.mhfa.testing.Journeys;

/**
 * What a knowledge-check form shows must not give its answers away: on the sample course's action-plan check (one
 * question of each type), over 50 attempts, no token, name or place predicts the key, and answers come back only
 * through the attempt's own tokens.
 */
class OptionTokensTest {

    private static final int ATTEMPTS = 50;
    private static final Pattern TOKEN = Pattern.compile("[a-z2-7]{12}");
    private static final Quiz QUIZ = new ContentLoader().load(Path.of("content")).courses().stream()
            .filter(course -> course.id().equals(Journeys.SAMPLE_COURSE)).findFirst().orElseThrow()
            .quiz("action-plan-check").orElseThrow();

    private static Question ofType(QuestionType type) {
        return QUIZ.questions().stream().filter(question -> question.type() == type).findFirst().orElseThrow();
    }

    @Test
    void theSampleCheckHasEveryQuestionType() {
        assertEquals(Set.of(QuestionType.values()), QUIZ.questions().stream().map(Question::type).collect(Collectors.toSet()));
    }

    @Test
    void tokensAreOpaqueNeverAnAuthoredIdAndDifferBetweenAttempts() {
        Set<Set<String>> tokenSets = new HashSet<>();
        for (long seed = 1; seed <= ATTEMPTS; seed++) {
            OptionTokens tokens = new OptionTokens(seed);
            Set<String> attemptTokens = new HashSet<>();
            for (Question question : QUIZ.questions()) {
                ShownQuestion shown = ShownQuestion.of(question, tokens);
                List<String> ids = new ArrayList<>(shown.options().stream().map(ShownQuestion.ShownOption::id).toList());
                ids.addAll(shown.matches().stream().map(ShownQuestion.ShownOption::id).toList());
                for (String id : ids) {
                    assertTrue(TOKEN.matcher(id).matches(), id);
                    assertTrue(QUIZ.questions().stream().allMatch(any -> any.option(id).isEmpty()), "no token is an authored id: " + id);
                }
                assertEquals(ids.size(), new HashSet<>(ids).size(), "options and right sides have tokens of their own");
                attemptTokens.addAll(ids);
            }
            tokenSets.add(attemptTokens);
        }
        assertEquals(ATTEMPTS, tokenSets.size(), "every attempt has its own tokens");
    }

    @Test
    void theCorrectChoicesTurnUpInEveryPlace() {
        for (QuestionType type : List.of(QuestionType.SINGLE, QuestionType.TRUE_FALSE, QuestionType.MULTIPLE)) {
            Question question = ofType(type);
            for (QuizOption correct : question.correctOptions()) {
                Set<Integer> places = places(seed -> ShownQuestion.of(question, new OptionTokens(seed)).options(),
                        question.id(), correct.html());
                assertEquals(allPlaces(question), places, type + ": the right option is shown in every place over the attempts");
            }
        }
    }

    @Test
    void orderingItemsAreShuffledUniformlyIncludingTheCorrectOrder() {
        Question question = ofType(QuestionType.ORDERING);
        for (QuizOption item : question.options()) {
            assertEquals(allPlaces(question), places(seed -> ShownQuestion.of(question, new OptionTokens(seed)).options(),
                    question.id(), item.html()), "item " + item.id() + " is shown in every place");
        }
        Question three = new Question("three", QuestionType.ORDERING, "Order", "", List.of(
                new QuizOption("a", "First", true, "", null), new QuizOption("b", "Second", true, "", null),
                new QuizOption("c", "Third", true, "", null)), "");
        Map<String, Integer> orders = new HashMap<>();
        for (long seed = 1; seed <= 6000; seed++) {
            String order = new OptionTokens(seed).shown(three, OptionTokens.OPTION).stream().map(QuizOption::id).collect(Collectors.joining());
            orders.merge(order, 1, Integer::sum);
        }
        assertEquals(6, orders.size(), "every order is shown, the correct one too: " + orders);
        orders.values().forEach(count -> assertTrue(count > 850 && count < 1150, "each order about one time in six: " + orders));
    }

    @Test
    void matchingRightSidesAreShuffledAndNamedApartFromTheirLeftSides() {
        Question question = ofType(QuestionType.MATCHING);
        for (QuizOption pair : question.options()) {
            assertEquals(allPlaces(question), places(seed -> ShownQuestion.of(question, new OptionTokens(seed)).matches(),
                    question.id(), pair.matchHtml()), "the right side of " + pair.id() + " is shown in every place");
        }
        int besideTheirPartners = 0;
        for (long seed = 1; seed <= ATTEMPTS; seed++) {
            ShownQuestion shown = ShownQuestion.of(question, new OptionTokens(seed));
            Set<String> lefts = shown.options().stream().map(ShownQuestion.ShownOption::id).collect(Collectors.toSet());
            shown.matches().forEach(match -> assertFalse(lefts.contains(match.id()), "a right side's value is never a left side's id"));
            List<String> leftOrder = shown.options().stream().map(left -> authoredBy(question, left.html(), QuizOption::html).id()).toList();
            List<String> rightOrder = shown.matches().stream()
                    .map(right -> authoredBy(question, right.html(), QuizOption::matchHtml).id()).toList();
            besideTheirPartners += leftOrder.equals(rightOrder) ? 1 : 0;
        }
        assertTrue(besideTheirPartners < ATTEMPTS / 10, "the right sides are shuffled apart from the left sides: " + besideTheirPartners);
    }

    @Test
    void aTokenNamesItsOwnOptionOnItsOwnSideOnly() {
        OptionTokens tokens = new OptionTokens(42);
        OptionTokens other = new OptionTokens(43);
        Question matching = ofType(QuestionType.MATCHING);
        for (QuizOption option : matching.options()) {
            String left = tokens.token(matching.id(), OptionTokens.OPTION, option.id());
            String right = tokens.token(matching.id(), OptionTokens.MATCH, option.id());
            assertEquals(option, tokens.option(matching, OptionTokens.OPTION, left).orElseThrow());
            assertEquals(option, tokens.option(matching, OptionTokens.MATCH, right).orElseThrow());
            assertTrue(tokens.option(matching, OptionTokens.MATCH, left).isEmpty(), "a left token is no right side");
            assertTrue(tokens.option(matching, OptionTokens.OPTION, option.id()).isEmpty(), "an authored id is no token");
            assertTrue(other.option(matching, OptionTokens.OPTION, left).isEmpty(), "another attempt's token names nothing");
            assertEquals(left, new OptionTokens(42).token(matching.id(), OptionTokens.OPTION, option.id()), "fixed by the seed");
        }
    }

    @Test
    void answersSentThroughTheTokensShownGradeAsTheyShould() {
        for (long seed = 1; seed <= ATTEMPTS; seed++) {
            OptionTokens tokens = new OptionTokens(seed);
            List<ShownQuestion> shown = QUIZ.questions().stream().map(question -> ShownQuestion.of(question, tokens)).toList();
            Map<String, List<String>> fromForm = SubmittedAnswers.fromForm(QUIZ.questions(), tokens, rightForm(shown));
            assertEquals(100, QuizGrader.grade(QUIZ.questions(), QUIZ.passMark(), fromForm).percent());
            Map<String, List<String>> fromJson = SubmittedAnswers.fromJson(QUIZ.questions(), tokens, rightJson(shown));
            assertEquals(100, QuizGrader.grade(QUIZ.questions(), QUIZ.passMark(), fromJson).percent());
            for (Question question : QUIZ.questions()) {
                List<String> key = question.isChoice()
                        ? question.correctOptions().stream().map(QuizOption::id).toList()
                        : question.options().stream().map(QuizOption::id).toList();
                for (Map<String, List<String>> answers : List.of(fromForm, fromJson)) {
                    List<String> sent = question.type() == QuestionType.MULTIPLE
                            ? answers.get(question.id()).stream().sorted().toList() : answers.get(question.id());
                    assertEquals(key, sent, "stored and graded in authored ids");
                }
            }
            Map<String, Object> oneWrong = rightJson(shown);
            Question single = ofType(QuestionType.SINGLE);
            oneWrong.put(single.id(), shown.get(QUIZ.questions().indexOf(single)).options().stream()
                    .filter(option -> !authoredBy(single, option.html(), QuizOption::html).correct()).findFirst().orElseThrow().id());
            QuizGrader.Grade grade = QuizGrader.grade(QUIZ.questions(), QUIZ.passMark(), SubmittedAnswers.fromJson(QUIZ.questions(), tokens, oneWrong));
            assertEquals(QUIZ.questions().size() - 1, grade.fullyCorrect(), "a wrong token scores as a wrong option");
        }
    }

    @Test
    void authoredIdsOrAnotherAttemptsTokensDoNotScore() {
        OptionTokens tokens = new OptionTokens(7);
        List<ShownQuestion> shown = QUIZ.questions().stream().map(question -> ShownQuestion.of(question, tokens)).toList();
        MultivaluedMap<String, String> authored = new MultivaluedHashMap<>();
        Map<String, Object> authoredJson = new LinkedHashMap<>();
        for (Question question : QUIZ.questions()) {
            List<String> key = question.correctOptions().stream().map(QuizOption::id).toList();
            switch (question.type()) {
                case SINGLE, TRUE_FALSE, MULTIPLE -> {
                    authored.put(question.id(), key);
                    authoredJson.put(question.id(), question.type() == QuestionType.MULTIPLE ? key : key.get(0));
                }
                case ORDERING -> {
                    question.options().forEach(option -> authored.add(question.id() + "." + option.id(),
                            String.valueOf(question.options().indexOf(option) + 1)));
                    authoredJson.put(question.id(), key);
                }
                case MATCHING -> {
                    question.options().forEach(option -> authored.add(question.id() + "." + option.id(), option.id()));
                    authoredJson.put(question.id(), question.options().stream().collect(Collectors.toMap(QuizOption::id, QuizOption::id)));
                }
            }
        }
        InvalidSubmissionException form = assertThrows(InvalidSubmissionException.class, () -> QuizGrader.grade(QUIZ.questions(),
                QUIZ.passMark(), SubmittedAnswers.fromForm(QUIZ.questions(), tokens, authored)));
        assertEquals(QUIZ.questions().stream().filter(question -> question.type() != QuestionType.MATCHING).map(Question::id)
                .collect(Collectors.toCollection(TreeSet::new)), form.fieldErrors().keySet(), form.fieldErrors().toString());
        assertEquals("'c' is not one of this question's options.", form.fieldErrors().get("how-to-ask"));
        Question matching = ofType(QuestionType.MATCHING);
        MultivaluedMap<String, String> matchingOnly = new MultivaluedHashMap<>();
        authored.forEach((field, values) -> {
            if (field.startsWith(matching.id() + ".")) {
                matchingOnly.put(field, values);
            }
        });
        assertEquals(Map.of(), SubmittedAnswers.fromForm(List.of(matching), tokens, matchingOnly), "fields named by authored ids answer nothing");
        InvalidSubmissionException json = assertThrows(InvalidSubmissionException.class,
                () -> SubmittedAnswers.fromJson(QUIZ.questions(), tokens, authoredJson));
        assertEquals(QUIZ.questions().stream().map(Question::id).collect(Collectors.toCollection(TreeSet::new)),
                json.fieldErrors().keySet(), "every question refused: " + json.fieldErrors());

        OptionTokens another = new OptionTokens(8);
        assertThrows(InvalidSubmissionException.class, () -> SubmittedAnswers.fromForm(QUIZ.questions(), another, rightForm(shown)));
        assertThrows(InvalidSubmissionException.class, () -> SubmittedAnswers.fromJson(QUIZ.questions(), another, rightJson(shown)));
    }

    @Test
    void theFormTemplateNamesItsControlsOnlyByTokensAndPositions() throws IOException {
        String template = Files.readString(Path.of("src/main/resources/templates/QuizResource/form.html"));
        String page = template.substring(template.indexOf("<form"), template.indexOf("</form>"));
        assertTrue(page.contains("{#include tags/quizquestions "), "the form's questions are the shared tag's");
        String form = page + Files.readString(Path.of("src/main/resources/templates/tags/quizquestions.html"));
        Matcher controls = Pattern.compile("<(input|select|option|label)\\b[^>]*>").matcher(form);
        Set<String> expressions = new TreeSet<>();
        while (controls.find()) {
            Matcher attribute = Pattern.compile("\\s(\\w[\\w-]*)=\"([^\"]*)\"").matcher(controls.group());
            while (attribute.find()) {
                Matcher expression = Pattern.compile("\\{([^}]*)}").matcher(attribute.group(2));
                while (expression.find()) {
                    expressions.add(expression.group(1));
                }
            }
        }
        assertEquals(new TreeSet<>(Set.of("question.id", "option.id", "match.id", "question.field(option.id)", "position")), expressions,
                "controls are named and valued only by question ids, the attempt's tokens and positions");
        assertFalse(form.matches("(?s).*\\{[^}]*(correct|feedback|matchHtml|seed)[^}]*}.*"), "the form never reads the key");
    }

    /** Where the shown item with this text stands in each of the 50 attempts. */
    private static Set<Integer> places(Function<Long, List<ShownQuestion.ShownOption>> shown, String id, String html) {
        Set<Integer> places = new TreeSet<>();
        for (long seed = 1; seed <= ATTEMPTS; seed++) {
            List<String> texts = shown.apply(seed).stream().map(ShownQuestion.ShownOption::html).toList();
            assertTrue(texts.contains(html), id + " shows " + html);
            places.add(texts.indexOf(html));
        }
        return places;
    }

    private static Set<Integer> allPlaces(Question question) {
        return IntStream.range(0, question.options().size()).boxed().collect(Collectors.toCollection(TreeSet::new));
    }

    private static QuizOption authoredBy(Question question, String html, Function<QuizOption, String> text) {
        return question.options().stream().filter(option -> html.equals(text.apply(option))).findFirst().orElseThrow();
    }

    /** The form a trainee who knows the answers sends, reading only the shown question (tokens and texts). */
    private static MultivaluedMap<String, String> rightForm(List<ShownQuestion> shown) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        for (ShownQuestion view : shown) {
            Question question = QUIZ.question(view.id()).orElseThrow();
            for (ShownQuestion.ShownOption option : view.options()) {
                QuizOption authored = authoredBy(question, option.html(), QuizOption::html);
                switch (question.type()) {
                    case SINGLE, TRUE_FALSE, MULTIPLE -> {
                        if (authored.correct()) {
                            form.add(view.id(), option.id());
                        }
                    }
                    case ORDERING -> form.add(view.field(option.id()), String.valueOf(question.options().indexOf(authored) + 1));
                    case MATCHING -> form.add(view.field(option.id()), view.matches().stream()
                            .filter(match -> match.html().equals(authored.matchHtml())).findFirst().orElseThrow().id());
                }
            }
        }
        return form;
    }

    /** The JSON answers of a trainee who knows the answers, reading only the shown question (tokens and texts). */
    private static Map<String, Object> rightJson(List<ShownQuestion> shown) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (ShownQuestion view : shown) {
            Question question = QUIZ.question(view.id()).orElseThrow();
            Map<String, String> tokenOf = view.options().stream().collect(Collectors.toMap(
                    option -> authoredBy(question, option.html(), QuizOption::html).id(), ShownQuestion.ShownOption::id));
            List<String> key = question.correctOptions().stream().map(QuizOption::id).map(tokenOf::get).toList();
            answers.put(view.id(), switch (question.type()) {
                case SINGLE, TRUE_FALSE -> key.get(0);
                case MULTIPLE, ORDERING -> key;
                case MATCHING -> view.matches().stream().collect(Collectors.toMap(
                        match -> tokenOf.get(authoredBy(question, match.html(), QuizOption::matchHtml).id()), ShownQuestion.ShownOption::id));
            });
        }
        return answers;
    }
}
