package org.mhfa.platform;

import static io.restassured.RestAssured.given;
import static java.util.Map.entry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.Quiz;
import org.mhfa.catalogue.Scenario;
import org.mhfa.cohort.Cohorts;
import org.mhfa.partner.Agencies;
import org.mhfa.partner.RegistryFixture;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.PageSession;
import org.mhfa.testing.TestUsers;
import org.mhfa.testing.TestUsers.TestUser;

/**
 * A caller allowed to call each endpoint with a body, and what it stands on (a cohort, an attempt, an agency…), keyed
 * like the corpus names operations: {@code METHOD path media-type}, as the OpenAPI description writes them.
 */
final class CorpusFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration FRESH_FOR = Duration.ofMinutes(4);

    private final Course course;
    private final Map<String, Supplier<CorpusFixture>> fixtures = new LinkedHashMap<>();
    private final Supplier<String> adminToken;
    private final Supplier<String> instructorToken;
    private final Supplier<PageSession> adminPages;
    private final Supplier<PageSession> instructorPages;
    private final TestUser admin;

    CorpusFixtures(Course course) {
        this.course = course;
        admin = TestUsers.create("Corpus", "Admin", "admin");
        TestUser instructor = TestUsers.create("Corpus", "Instructor", "instructor");
        adminToken = fresh(admin::token);
        instructorToken = fresh(instructor::token);
        known(adminToken);
        known(instructorToken);
        adminPages = fresh(() -> PageSession.signIn(admin));
        instructorPages = fresh(() -> PageSession.signIn(instructor));
        agencyEndpoints();
        traineeEndpoints();
        certificateEndpoints();
        cohortEndpoints();
        partnerEndpoints();
        pageEndpoints();
    }

    /** The fixture builder for an operation, or null when the corpus has none. */
    Supplier<CorpusFixture> forOperation(String operation) {
        return fixtures.get(operation);
    }

    Set<String> operations() {
        return fixtures.keySet();
    }

    private void agencyEndpoints() {
        json("POST /api/admin/agencies", () -> "/api/admin/agencies", adminToken,
                () -> body("name", "Corpus agency " + unique(), "contactEmail", "desk@agency.example", "scopes", List.of("verify")),
                Set.of("name", "contactEmail", "scopes"));
        json("POST /api/admin/agencies/{id}/members", () -> "/api/admin/agencies/" + Agencies.register("Corpus members", "verify").id() + "/members",
                adminToken, () -> body("user", TestUsers.create("Corpus", "Member").username()), Set.of("user"));
        fixtures.put("PUT /api/admin/agencies/{id}/scopes application/json", () -> new CorpusFixture.Json("PUT",
                "/api/admin/agencies/" + Agencies.register("Corpus scopes", "verify").id() + "/scopes", adminToken,
                body("scopes", List.of("verify", "webhooks")), Set.of("scopes"), Set.of(), Set.of()));
    }

    private void traineeEndpoints() {
        Quiz quiz = quizWithoutDraw(course);
        fixtures.put("POST /api/courses/{courseId}/quizzes/{quizId}/attempts/{attemptId}/answers application/json", () -> {
            Supplier<String> token = enrolledTrainee();
            Journeys.Attempt attempt = Journeys.start(token.get(), course, quiz);
            return new CorpusFixture.Json("POST", "/api/courses/" + course.id() + "/quizzes/" + quiz.id() + "/attempts/" + attempt.id()
                    + "/answers", token, body("answers", Journeys.rightAnswers(quiz, attempt)), Set.of(), Set.of("answers"), Set.of());
        });
        Scenario scenario = Journeys.firstScenario(course);
        fixtures.put("POST /api/courses/{courseId}/scenarios/{scenarioId}/runs/{runId}/choices application/json", () -> {
            Supplier<String> token = enrolledTrainee();
            long run = Journeys.play(token.get(), course, scenario, List.of());
            return new CorpusFixture.Json("POST", "/api/courses/" + course.id() + "/scenarios/" + scenario.id() + "/runs/" + run
                    + "/choices", token, body("choice", scenario.start().choices().get(0).index()), Set.of(), Set.of(), Set.of());
        });
        json("POST /api/me/erasure", () -> "/api/me/erasure", null, () -> body("confirm", true), Set.of());
    }

    private void certificateEndpoints() {
        json("POST /api/instructor/certificates/{code}/reissue",
                () -> "/api/instructor/certificates/" + RegistryFixture.valid("Corpus Holder") + "/reissue", adminToken,
                () -> body("holderName", "Corpus Holder-Corrected"), Set.of());
        json("POST /api/instructor/certificates/{code}/revocation",
                () -> "/api/instructor/certificates/" + RegistryFixture.valid("Corpus Holder") + "/revocation", adminToken,
                () -> body("reason", "Issued in error"), Set.of());
    }

    private void cohortEndpoints() {
        json("POST /api/instructor/cohorts", () -> "/api/instructor/cohorts", instructorToken,
                () -> JSON.valueToTree(Cohorts.cohort("Corpus cohort", 12)), Set.of());
        json("POST /api/instructor/cohorts/{id}/members", () -> "/api/instructor/cohorts/" + newCohort() + "/members", instructorToken,
                () -> body("emails", List.of(Cohorts.newAddress("corpus"))), Set.of());
        json("POST /api/instructor/cohorts/{id}/sessions", () -> "/api/instructor/cohorts/" + newCohort() + "/sessions", instructorToken,
                () -> body("startsAt", LocalDate.now().plusDays(10) + "T18:00:00Z", "durationMinutes", 180, "place", "Room 2",
                        "videoLink", "https://meet.example.org/corpus"), Set.of());
        fixtures.put("PUT /api/instructor/cohorts/{id}/sessions/{sessionId}/attendance application/json", () -> {
            CohortSession at = cohortSession();
            return new CorpusFixture.Json("PUT", at.api() + "/attendance", instructorToken,
                    body("marks", List.of(Map.of("learnerId", at.learnerId(), "status", "PRESENT", "note", "On time"))), Set.of(), Set.of(),
                    Set.of());
        });
    }

    private void partnerEndpoints() {
        Supplier<CorpusFixture> codes = () -> new CorpusFixture.Json("POST", "/api/partner/verifications",
                agencyToken("verify"), body("codes", List.of(RegistryFixture.valid("Corpus Holder"))), Set.of("codes"), Set.of(),
                Set.of("codes[0]"));
        fixtures.put("POST /api/partner/verifications application/json", codes);
        for (String type : List.of("text/csv", "text/plain")) {
            fixtures.put("POST /api/partner/verifications " + type, () -> new CorpusFixture.Text("/api/partner/verifications",
                    agencyToken("verify"), type, "name,code\nCorpus Holder," + RegistryFixture.valid("Corpus Holder") + "\n"));
        }
        json("POST /api/partner/webhooks", () -> "/api/partner/webhooks", agencyToken("webhooks"),
                () -> body("url", "http://localhost:9/corpus-hooks"), Set.of("url"));
    }

    private void pageEndpoints() {
        form("POST /admin/agencies", () -> new CorpusFixture.Form(adminPages.get(), "/admin/agencies", "/admin/agencies",
                List.of(entry("name", "Corpus agency " + unique()), entry("contactEmail", "desk@agency.example"), entry("scopes", "verify")),
                Set.of("name", "contactEmail", "scopes"), Set.of(), Set.of("scopes")));
        form("POST /admin/agencies/{id}/members", () -> {
            String page = "/admin/agencies/" + Agencies.register("Corpus page members", "verify").id();
            return new CorpusFixture.Form(adminPages.get(), page, page + "/members",
                    List.of(entry("user", TestUsers.create("Corpus", "Member").username())), Set.of("user"), Set.of(), Set.of());
        });
        form("POST /instructor/cohorts", () -> new CorpusFixture.Form(instructorPages.get(), "/instructor/cohorts", "/instructor/cohorts",
                List.of(entry("courseId", course.id()), entry("name", "Corpus cohort"), entry("startsOn", LocalDate.now().plusDays(7).toString()),
                        entry("endsOn", LocalDate.now().plusDays(37).toString()), entry("place", "Community hall"),
                        entry("videoLink", "https://meet.example.org/corpus"), entry("capacity", "12")),
                Set.of("courseId", "name", "startsOn", "endsOn", "capacity"), Set.of("capacity"), Set.of()));
        cohortPages();
        TraineePages.register(this, course);
        AuthoringCorpus.register(this, admin);
        fixtures.put("POST /verify multipart/form-data", () -> new CorpusFixture.Upload(PageSession.anonymous(), "/verify", "/verify", "certificate", blankPdf(),
                "198.51.100." + (1 + (int) (Math.random() * 250))));
    }

    private void cohortPages() {
        form("POST /instructor/cohorts/{id}/members", () -> {
            String page = "/instructor/cohorts/" + newCohort();
            return new CorpusFixture.Form(instructorPages.get(), page, page + "/members",
                    List.of(entry("emails", Cohorts.newAddress("corpus"))), Set.of("emails"), Set.of(), Set.of());
        });
        form("POST /instructor/cohorts/{id}/sessions", () -> {
            String page = "/instructor/cohorts/" + newCohort();
            return new CorpusFixture.Form(instructorPages.get(), page, page + "/sessions",
                    List.of(entry("startsAt", LocalDate.now().plusDays(10) + "T18:00"), entry("durationMinutes", "180"),
                            entry("place", "Room 2"), entry("videoLink", "https://meet.example.org/corpus")),
                    Set.of("startsAt", "durationMinutes"), Set.of("durationMinutes"), Set.of());
        });
        form("POST /instructor/cohorts/{id}/sessions/{sessionId}/attendance", () -> {
            CohortSession at = cohortSession();
            String status = "status-" + at.learnerId();
            return new CorpusFixture.Form(instructorPages.get(), at.page(), at.page() + "/attendance",
                    List.of(entry(status, "PRESENT"), entry("note-" + at.learnerId(), "On time")), Set.of(status), Set.of(), Set.of());
        });
    }

    /** Registers a fixture under its full key ({@code METHOD path media-type}). */
    void put(String key, Supplier<CorpusFixture> fixture) {
        fixtures.put(key, fixture);
    }

    /** Registers a page form's fixture under its operation. */
    void form(String operation, Supplier<CorpusFixture> fixture) {
        fixtures.put(operation + " application/x-www-form-urlencoded", fixture);
    }

    /** A JSON endpoint whose address and body are made afresh each time; a null token means a new trainee's. */
    private void json(String operation, Supplier<String> path, Supplier<String> token, Supplier<ObjectNode> body, Set<String> required) {
        fixtures.put(operation + " application/json", () -> new CorpusFixture.Json(operation.substring(0, operation.indexOf(' ')),
                path.get(), token == null ? newTrainee() : token, body.get(), required, Set.of(), Set.of()));
    }

    /** A cohort with one trainee and one session: the API and page addresses of the session, and the trainee's learner id. */
    record CohortSession(String api, String page, long learnerId) {
    }

    private CohortSession cohortSession() {
        long cohort = newCohort();
        TestUser trainee = TestUsers.create("Corpus", "Attendee");
        Cohorts.join(instructorToken.get(), cohort, trainee);
        long session = Cohorts.addSession(instructorToken.get(), cohort, LocalDate.now().plusDays(10) + "T18:00:00Z");
        String path = "/instructor/cohorts/" + cohort + "/sessions/" + session;
        long learnerId = given().auth().oauth2(instructorToken.get()).get("/api" + path).then().statusCode(200)
                .extract().jsonPath().getLong("attendance[0].learnerId");
        return new CohortSession("/api" + path, path, learnerId);
    }

    private long newCohort() {
        return Cohorts.create(instructorToken.get(), "Corpus cohort", 12);
    }

    /** A new trainee's token, the trainee already known to the platform. */
    Supplier<String> newTrainee() {
        return known(fresh(TestUsers.create("Corpus", "Trainee")::token));
    }

    /** Makes the platform meet the token's person (a first request records them), so that no case is charged with it. */
    static Supplier<String> known(Supplier<String> token) {
        given().auth().oauth2(token.get()).get("/api/me/enrolments").then().statusCode(200);
        return token;
    }

    Supplier<String> enrolledTrainee() {
        Supplier<String> token = newTrainee();
        Journeys.enrol(token.get(), course);
        return token;
    }

    /** A knowledge check that shows every question, so that each attempt has the same questions and form fields. */
    static Quiz quizWithoutDraw(Course course) {
        return course.items().filter(Quiz.class::isInstance).map(Quiz.class::cast).filter(quiz -> quiz.draw() == null)
                .findFirst().orElseThrow();
    }

    private static Supplier<String> agencyToken(String scope) {
        Agencies.Agency agency = Agencies.register("Corpus partner", scope);
        return fresh(agency::token);
    }

    static ObjectNode body(Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return JSON.valueToTree(body);
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A one-page PDF with nothing on it: a good file for the upload form, though not a certificate. */
    private static byte[] blankPdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value made again once it is older than a few minutes (tokens and signed-in sessions expire). */
    static <T> Supplier<T> fresh(Supplier<T> make) {
        return new Supplier<>() {
            private T value;
            private Instant madeAt = Instant.MIN;

            @Override
            public synchronized T get() {
                if (value == null || Instant.now().isAfter(madeAt.plus(FRESH_FOR))) {
                    value = make.get();
                    madeAt = Instant.now();
                }
                return value;
            }
        };
    }
}
