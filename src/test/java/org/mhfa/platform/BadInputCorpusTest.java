package org.mhfa.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.Quiz;
import org.mhfa.platform.CorpusFixture.Answer;
import org.mhfa.platform.CorpusFixture.Body;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.PlatformTestResource;
import org.mhfa.testing.TestUsers;
import org.mhfa.verification.VerificationLog;

/**
 * The bad-input corpus: every operation with a request body in the OpenAPI description (each of its media types) gets,
 * from a caller allowed to call it, the bad inputs of {@link JsonCorpus}, {@link FormCorpus}, {@link TextCorpus} or
 * {@link UploadCorpus} (tables at the top of each), then one good request as a control. Each bad input must be answered
 * with a 4xx (never a 5xx; never 401, 403, 404 or 405, which would mean the fixture is wrong), as problem+json with
 * {@code status} and {@code title} under /api and as an HTML page elsewhere, and must leave the row count of every
 * table as it was. An operation without a fixture in {@link CorpusFixtures} fails, so a new endpoint gets covered.
 * The named cases of the former BadInputTest follow the corpus. To run the corpus of some operations only, name them
 * (any part of {@code METHOD path media-type}, several joined by {@code |}): {@code -Dcorpus.only='/verify|/api/me/erasure'}.
 */
@QuarkusTest
class BadInputCorpusTest {

    /** Answers that mean the case never reached the input check: the caller, address or method of the fixture is wrong. */
    static final Set<Integer> FIXTURE_PROBLEMS = Set.of(401, 403, 404, 405);

    /** Tables every request may write, good or bad, by design: the public verification's rate-limit counters. */
    static final Set<String> BOOKKEEPING_TABLES = Set.of("verification_rate_limit");

    /** Reads answers; problem bodies may echo a long input as a key (an unusable e-mail address), so names may be long. */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNameLength(1_000_000).build()).build());
    private static final Duration FIXTURE_LIFETIME = Duration.ofMinutes(4);

    @Inject
    ContentRepository content;

    /** Written in batches: flushed before each count, so that a case's entries are counted with it. */
    @Inject
    VerificationLog verificationLog;

    /** An operation with a request body, for one of its media types. */
    record Operation(String method, String path, String mediaType, JsonNode schema) {

        String key() {
            return method + " " + path + " " + mediaType;
        }
    }

    /** One operation's fixture, made when first needed and again when a case may have changed it or it has grown old. */
    static final class Target {

        private final Supplier<CorpusFixture> make;
        private CorpusFixture live;
        private Instant madeAt = Instant.MIN;

        Target(Supplier<CorpusFixture> make) {
            this.make = make;
        }

        CorpusFixture fixture() {
            if (live == null || Instant.now().isAfter(madeAt.plus(FIXTURE_LIFETIME))) {
                live = make.get();
                madeAt = Instant.now();
            }
            return live;
        }

        void spoil() {
            live = null;
        }
    }

    @TestFactory
    Stream<DynamicNode> everyRequestBodyIsCheckedAgainstTheCorpus() {
        JsonNode openApi = read(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        List<Operation> operations = operationsWithBodies(openApi);
        List<String> only = List.of(System.getProperty("corpus.only", "").split("\\|"));
        CorpusFixtures fixtures = new CorpusFixtures(content.course(Journeys.SAMPLE_COURSE).orElseThrow());
        Stream<DynamicNode> stale = fixtures.operations().stream()
                .filter(key -> operations.stream().noneMatch(operation -> operation.key().equals(key)))
                .map(key -> dynamicTest(key + ": is still an operation", () -> fail("CorpusFixtures has a fixture for " + key
                        + ", which the OpenAPI description does not list any more")));
        return Stream.concat(operations.stream().filter(operation -> only.stream().anyMatch(operation.key()::contains))
                .map(operation -> container(operation, fixtures.forOperation(operation.key()), openApi)), stale);
    }

    /** POST, PUT and PATCH operations with a request body, once per media type. */
    private static List<Operation> operationsWithBodies(JsonNode openApi) {
        List<Operation> operations = new ArrayList<>();
        openApi.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (Set.of("post", "put", "patch").contains(method.getKey())) {
                method.getValue().path("requestBody").path("content").fields().forEachRemaining(type -> operations.add(new Operation(
                        method.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(), type.getKey(), type.getValue().path("schema"))));
            }
        }));
        return operations;
    }

    private DynamicNode container(Operation operation, Supplier<CorpusFixture> make, JsonNode openApi) {
        if (make == null) {
            return dynamicTest(operation.key() + ": has a caller and a good request", () -> fail("No fixture for " + operation.key()
                    + ": add one to CorpusFixtures, so that the corpus covers it"));
        }
        Target target = new Target(make);
        return dynamicContainer(operation.key(), Stream.of(target).flatMap(lazily -> tests(operation, lazily, openApi).stream()));
    }

    /** The tests of one operation; the fixture is made when the container runs, not when the tests are listed. */
    private List<DynamicTest> tests(Operation operation, Target target, JsonNode openApi) {
        CorpusFixture template = target.fixture();
        List<DynamicTest> tests = new ArrayList<>();
        List<CorpusCase> cases;
        if (template instanceof CorpusFixture.Json json) {
            SchemaFields schema = SchemaFields.of(operation.schema(), openApi);
            tests.add(dynamicTest("the good body names every field of the schema", () -> schema.assertCoveredBy(json)));
            Set<String> required = new TreeSet<>(schema.required());
            required.addAll(json.required());
            cases = JsonCorpus.cases(json, required, schema.enums());
        } else if (template instanceof CorpusFixture.Form form) {
            cases = FormCorpus.cases(form);
        } else if (template instanceof CorpusFixture.Text) {
            cases = TextCorpus.cases();
        } else if (template instanceof CorpusFixture.Archive) {
            cases = ArchiveCorpus.cases();
        } else if (template instanceof CorpusFixture.Image) {
            cases = ImageCorpus.cases();
        } else {
            cases = UploadCorpus.cases();
        }
        String name = operation.key();
        cases.forEach(corpusCase -> tests.add(dynamicTest(corpusCase.name(), () -> check(name, target, corpusCase))));
        tests.add(dynamicTest("a good request is accepted (control)", () -> accepted(name, target)));
        return tests;
    }

    /** A request sent, with the row counts before and after it. */
    private record Exchange(Answer answer, Map<String, Long> before, Map<String, Long> after) {
    }

    private Exchange exchange(CorpusFixture fixture, Body body) {
        Map<String, Long> before = rowCounts();
        Answer answer = fixture.send(body);
        return new Exchange(answer, before, rowCounts());
    }

    private void check(String operation, Target target, CorpusCase corpusCase) {
        CorpusFixture fixture = target.fixture();
        Exchange exchange = exchange(fixture, corpusCase.body().apply(fixture));
        List<String> problems = new ArrayList<>();
        if (corpusCase.perEntry()) {
            problems.addAll(perEntryProblems(exchange));
        } else {
            problems.addAll(refusalProblems(fixture.api(), exchange.answer()));
            problems.addAll(writes(exchange.before(), exchange.after()));
        }
        if (exchange.answer().status() / 100 != 4 || !exchange.before().equals(exchange.after())) {
            target.spoil();
        }
        if (!problems.isEmpty()) {
            fail(operation + " — " + corpusCase.name() + ": " + String.join("; ", problems));
        }
    }

    private void accepted(String operation, Target target) {
        CorpusFixture fixture = target.fixture();
        Answer answer = fixture.send(fixture.good());
        target.spoil();
        if (answer.error() != null || answer.status() < 200 || answer.status() > 299) {
            fail(operation + " — the good request was not accepted, so the fixture is wrong: " + describe(answer));
        }
    }

    /**
     * A batch with a bad entry: 200 with a result for each entry, at most one audit-log row for each (a row that cannot be
     * read is answered but not logged), and nothing else written.
     */
    static List<String> perEntryProblems(Exchange exchange) {
        Answer answer = exchange.answer();
        int results = answer.status() == 200 ? read(answer.body()).path("results").size() : 0;
        if (results == 0) {
            return List.of("answered " + describe(answer) + " instead of 200 with the entry answered in its own result");
        }
        long logged = exchange.after().getOrDefault("verification_log", 0L) - exchange.before().getOrDefault("verification_log", 0L);
        Map<String, Long> expected = new HashMap<>(exchange.before());
        expected.merge("verification_log", Math.min(Math.max(logged, 0), results), Long::sum);
        return writes(expected, exchange.after());
    }

    /** What is wrong with the answer to a bad input: not a 4xx, a 4xx that says the fixture is wrong, or the wrong shape. */
    static List<String> refusalProblems(boolean api, Answer answer) {
        if (answer.error() != null) {
            return List.of("no answer: " + answer.error());
        }
        int status = answer.status();
        if (status < 400 || status > 499) {
            return List.of("answered " + describe(answer) + " instead of a 4xx");
        }
        List<String> problems = new ArrayList<>();
        if (FIXTURE_PROBLEMS.contains(status)) {
            problems.add("answered " + status + ", so the fixture's caller or address is wrong");
        }
        problems.addAll(api ? problemShape(answer) : pageShape(answer));
        return problems;
    }

    private static List<String> problemShape(Answer answer) {
        if (!answer.contentType().startsWith("application/problem+json")) {
            return List.of(answer.status() + " as '" + answer.contentType() + "', not application/problem+json: " + excerpt(answer.body()));
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            List<String> problems = new ArrayList<>();
            if (problem.path("status").asInt() != answer.status()) {
                problems.add("the problem's status is " + problem.path("status") + ", not " + answer.status());
            }
            if (problem.path("title").asText().isBlank()) {
                problems.add("the problem has no title");
            }
            return problems;
        } catch (IOException e) {
            return List.of("the problem body is not JSON: " + excerpt(answer.body()));
        }
    }

    private static List<String> pageShape(Answer answer) {
        boolean html = answer.contentType().startsWith("text/html") && answer.body().toLowerCase(java.util.Locale.ROOT).contains("<html");
        return html ? List.of() : List.of(answer.status() + " as '" + answer.contentType() + "', not an HTML page: " + excerpt(answer.body()));
    }

    private static String describe(Answer answer) {
        return answer.error() != null ? "no answer (" + answer.error() + ")"
                : answer.status() + " " + answer.contentType() + " " + excerpt(answer.body());
    }

    private static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.isEmpty() ? "(empty body)" : "«" + (flat.length() > 200 ? flat.substring(0, 200) + "…" : flat) + "»";
    }

    /** The tables whose row counts changed, with by how much. */
    static List<String> writes(Map<String, Long> before, Map<String, Long> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((table, count) -> {
            long was = before.getOrDefault(table, 0L);
            if (count != was && !BOOKKEEPING_TABLES.contains(table)) {
                changed.add(table + " " + (count > was ? "+" : "") + (count - was));
            }
        });
        return changed.isEmpty() ? List.of() : List.of("rows written: " + String.join(", ", changed));
    }

    /** The row count of every table of the test database, in one query, once the audit log's queue is written. */
    private Map<String, Long> rowCounts() {
        verificationLog.flush();
        String counts = PlatformTestResource.text("select string_agg(table_name || '=' || (xpath('/row/n/text()', query_to_xml("
                + "format('select count(*) as n from %I.%I', table_schema, table_name), false, true, '')))[1]::text, ',' "
                + "order by table_name) from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'");
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String pair : counts.split(",")) {
            rows.put(pair.substring(0, pair.indexOf('=')), Long.parseLong(pair.substring(pair.indexOf('=') + 1)));
        }
        return rows;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(json, e);
        }
    }

    // ------------------------------------------------------------ named cases (formerly BadInputTest)

    @Test
    void anUnknownCourseIsANotFoundPageNotAStackTrace() {
        given().get("/courses/no-such-course").then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("There is no course &#39;no-such-course&#39;.")).body(not(containsString("Exception")));
        given().get("/no/such/page").then().statusCode(404).contentType(containsString("text/html"));
    }

    @Test
    void unknownThingsInTheApiAreProblemDetails() {
        String token = TestUsers.create("Nora", "Notfound").token();
        given().get("/api/courses/no-such-course").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("title", equalTo("Not found"))
                .body("instance", equalTo("/api/courses/no-such-course"));
        Journeys.enrol(token, content.course(Journeys.SAMPLE_COURSE).orElseThrow());
        given().auth().oauth2(token).put("/api/me/enrolments/community-crisis-support/lessons/no-such-lesson")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("no lesson 'no-such-lesson'"));
        given().auth().oauth2(token).get("/api/courses/community-crisis-support/quizzes/no-such-quiz")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void malformedSubmissionsAre400ProblemsAndWriteNothing() {
        Course course = content.course(Journeys.SAMPLE_COURSE).orElseThrow();
        Quiz quiz = Journeys.firstQuiz(course);
        String token = TestUsers.create("Mal", "Formed").token();
        Journeys.enrol(token, course);
        Journeys.Attempt attempt = Journeys.start(token, course, quiz);
        String answers = "/api/courses/" + course.id() + "/quizzes/" + quiz.id() + "/attempts/" + attempt.id() + "/answers";
        String firstQuestion = attempt.questionIds().get(0);

        Map<String, Object> unknownOption = new HashMap<>(Journeys.rightAnswers(quiz, attempt));
        unknownOption.put(firstQuestion, unknownOption.get(firstQuestion) instanceof String ? "zz" : List.of("zz"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("answers", unknownOption)).post(answers)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors." + firstQuestion, equalTo("'zz' is not one of this question's options."));

        Map<String, Object> missing = new HashMap<>(Journeys.rightAnswers(quiz, attempt));
        missing.remove(firstQuestion);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("answers", missing)).post(answers)
                .then().statusCode(400).body("errors." + firstQuestion, equalTo("Answer this question."));

        Map<String, Object> extra = new HashMap<>(Journeys.rightAnswers(quiz, attempt));
        extra.put("not-a-question", "a");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("answers", extra)).post(answers)
                .then().statusCode(400).body("errors", hasKey("not-a-question"));

        Map<String, Object> wrongShape = new HashMap<>(Journeys.rightAnswers(quiz, attempt));
        wrongShape.put(firstQuestion, 42);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("answers", wrongShape)).post(answers)
                .then().statusCode(400).body("errors", hasKey(firstQuestion));

        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"answers\": ").post(answers)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{}").post(answers)
                .then().statusCode(400).contentType("application/problem+json").body("errors", hasKey("answers"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"answers\": [1,2]}").post(answers)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.TEXT).body("a=b").post(answers)
                .then().statusCode(415).contentType("application/problem+json");

        assertEquals(0, PlatformTestResource.count("select count(*) from quiz_attempt where id = " + attempt.id()
                + " and (status <> 'STARTED' or answers is not null)"), "the attempt must stay open with nothing written");
    }

    @Test
    void progressBeforeEnrollingIsAConflict() {
        String token = TestUsers.create("Early", "Bird").token();
        given().auth().oauth2(token).put("/api/me/enrolments/community-crisis-support/lessons/what-is-a-mental-health-crisis")
                .then().statusCode(409).contentType("application/problem+json").body("title", equalTo("Not enrolled"));
    }

    @Test
    void unknownAndMalformedVerificationCodesGetTheSameNotFound() {
        String unknown = given().get("/verify/0000000000000000000000000" + "0").then().statusCode(404)
                .body(containsString("Certificate not found")).extract().asString();
        String malformed = given().get("/verify/%3Cscript%3E").then().statusCode(404)
                .body(containsString("Certificate not found")).body(not(containsString("<script>"))).extract().asString();
        assertEquals(unknown, malformed);
        given().get("/api/verifications/not-a-code").then().statusCode(404).contentType("application/problem+json")
                .body("title", equalTo("Certificate not found"));
    }
}
