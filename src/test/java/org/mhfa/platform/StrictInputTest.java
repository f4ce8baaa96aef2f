package org.mhfa.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.hamcrest.Matcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.Scenario;
import org.mhfa.partner.Agencies;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.PageSession;
import org.mhfa.testing.PlatformTestResource;
import org.mhfa.testing.TestUsers;

/** Every kind of malformed input is a 400 that names the field (problem+json on the API, a page elsewhere), never a 500. */
@QuarkusTest
class StrictInputTest {

    private static final String COHORTS = "/api/instructor/cohorts";
    private static final String PROBLEM = "application/problem+json";

    @Inject
    ContentRepository content;

    private static ValidatableResponse send(String method, String token, String path, String json) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(json).request(method, path).then();
    }

    /** A cohort body as raw JSON (so that it can be malformed): values replaced by {@code raw}, then {@code extra} members. */
    private static String cohort(String name, Map<String, String> raw, String extra) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("courseId", "\"" + Journeys.SAMPLE_COURSE + "\"");
        fields.put("name", "\"" + name + "\"");
        fields.put("startsOn", "\"2030-01-01\"");
        fields.put("endsOn", "\"2030-02-01\"");
        fields.put("place", "\"Hall\"");
        fields.put("capacity", "5");
        fields.putAll(raw);
        StringJoiner json = new StringJoiner(",", "{", "}");
        fields.forEach((key, value) -> json.add("\"" + key + "\":" + value));
        if (extra != null) {
            json.add(extra);
        }
        return json.toString();
    }

    private static long createCohort(String token, String name) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(cohort(name, Map.of(), null))
                .post(COHORTS).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long createSession(String token, long cohort) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"startsAt\":\"2030-01-02T10:00:00Z\",\"durationMinutes\":60}").post(COHORTS + "/" + cohort + "/sessions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void refused(ValidatableResponse response, String field, Matcher<String> message) {
        response.statusCode(400).contentType(PROBLEM).body("status", equalTo(400)).body("errors", hasEntry(equalTo(field), message));
    }

    private static long cohortsNamed(String name) {
        return PlatformTestResource.count("select count(*) from cohort where name = '" + name + "'");
    }

    @Test
    void duplicateKeysAreRefusedNamingTheField() {
        String token = TestUsers.create("Dupont", "Twice", "instructor").token();
        refused(send("POST", token, COHORTS, cohort("Named once", Map.of(), "\"name\":\"Named twice\"")), "name",
                containsString("more than once"));
        assertEquals(0, cohortsNamed("Named once") + cohortsNamed("Named twice"));

        long cohort = createCohort(token, "Duplicates");
        String sessions = COHORTS + "/" + cohort + "/sessions";
        refused(send("POST", token, sessions, "{\"startsAt\":\"2030-01-02T10:00:00Z\",\"durationMinutes\":60,\"durationMinutes\":90}"),
                "durationMinutes", containsString("more than once"));
        long session = createSession(token, cohort);
        refused(send("PUT", token, sessions + "/" + session + "/attendance",
                "{\"marks\":[{\"learnerId\":1,\"status\":\"PRESENT\",\"status\":\"ABSENT\"}]}"), "marks[0].status",
                containsString("more than once"));
        refused(send("POST", token, COHORTS + "/" + cohort + "/members", "{\"emails\":[\"a@example.org\"],\"emails\":[]}"),
                "emails", containsString("more than once"));
    }

    @Test
    void datesAreIsoTextWithinASaneRangeNeverNumbers() {
        String token = TestUsers.create("Dora", "Dates", "instructor").token();
        refused(send("POST", token, COHORTS, cohort("Ends as a number", Map.of("endsOn", "2147483647"), null)), "endsOn",
                containsString("2026-01-31"));
        refused(send("POST", token, COHORTS, cohort("Ends far away", Map.of("endsOn", "\"+5881580-07-11\""), null)), "endsOn",
                containsString("1900"));
        refused(send("POST", token, COHORTS, cohort("Starts long ago", Map.of("startsOn", "\"1850-01-01\""), null)), "startsOn",
                containsString("2200"));
        refused(send("POST", token, COHORTS, cohort("Starts as a list", Map.of("startsOn", "[2030,1,1]"), null)), "startsOn",
                containsString("2026-01-31"));
        assertEquals(0, cohortsNamed("Ends as a number") + cohortsNamed("Ends far away") + cohortsNamed("Starts long ago")
                + cohortsNamed("Starts as a list"));

        long cohort = createCohort(token, "Dated");
        String sessions = COHORTS + "/" + cohort + "/sessions";
        refused(send("POST", token, sessions, "{\"startsAt\":2147483647,\"durationMinutes\":60}"), "startsAt",
                containsString("T09:00:00Z"));
        refused(send("POST", token, sessions, "{\"startsAt\":\"+99999-01-02T10:00:00Z\",\"durationMinutes\":60}"), "startsAt",
                containsString("1900"));
        assertEquals(0, PlatformTestResource.count("select count(*) from training_session where cohort_id = " + cohort));
    }

    @Test
    void enumsAreNamesNotOrdinals() {
        String token = TestUsers.create("Enid", "Ordinal", "instructor").token();
        long cohort = createCohort(token, "Enums");
        long session = createSession(token, cohort);
        refused(send("PUT", token, COHORTS + "/" + cohort + "/sessions/" + session + "/attendance",
                "{\"marks\":[{\"learnerId\":1,\"status\":0}]}"), "marks[0].status", containsString("PRESENT"));
    }

    @Test
    void numbersAreNotTextAndWholeNumbersAreNotFractions() {
        String token = TestUsers.create("Nina", "Numbers", "instructor").token();
        refused(send("POST", token, COHORTS, cohort("Capacity as text", Map.of("capacity", "\"7\""), null)), "capacity",
                containsString("whole number"));
        refused(send("POST", token, COHORTS, cohort("Capacity as a fraction", Map.of("capacity", "1.5"), null)), "capacity",
                containsString("whole number"));
        assertEquals(0, cohortsNamed("Capacity as text") + cohortsNamed("Capacity as a fraction"));

        Course course = content.course(Journeys.SAMPLE_COURSE).orElseThrow();
        Scenario scenario = Journeys.firstScenario(course);
        String trainee = TestUsers.create("Sam", "Chooser").token();
        Journeys.enrol(trainee, course);
        String runs = "/api/courses/" + course.id() + "/scenarios/" + scenario.id() + "/runs";
        long run = given().auth().oauth2(trainee).contentType(ContentType.JSON).post(runs).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String choices = runs + "/" + run + "/choices";
        refused(send("POST", trainee, choices, "{\"choice\":\"0\"}"), "choice", containsString("whole number"));
        refused(send("POST", trainee, choices, "{\"choice\":0.0}"), "choice", containsString("whole number"));
        refused(send("POST", trainee, choices, "{\"choice\":0,\"choice\":1}"), "choice", containsString("more than once"));
        refused(send("POST", trainee, choices, "{}"), "choice", containsString("choice"));
        assertEquals("[]", emptyPath(run));
    }

    private static String emptyPath(long run) {
        String path = PlatformTestResource.text("select path from scenario_run where id = " + run);
        return path == null ? "[]" : path;
    }

    @Test
    void pageAndSizeAreBoundedSoTheirProductCannotOverflow() {
        Agencies.Agency agency = Agencies.register("Paging Agency", "verify", "webhooks");
        String token = agency.token();
        refused(given().auth().oauth2(token).get("/api/partner/verifications/history?page=2147483647&size=200").then(),
                "page", containsString("pages"));
        refused(given().auth().oauth2(token).get("/api/partner/verifications/history?size=100000").then(), "size", containsString("200"));
        refused(given().auth().oauth2(token).get("/api/partner/verifications/history?page=-1").then(), "page", containsString("0"));
        given().auth().oauth2(token).get("/api/partner/verifications/history?page=1000000&size=200").then().statusCode(200);
        refused(given().auth().oauth2(token).get("/api/partner/webhooks/1/deliveries?page=2147483647&size=200").then(),
                "page", containsString("pages"));

        String instructor = TestUsers.create("Paula", "Pages", "instructor").token();
        refused(given().auth().oauth2(instructor).get(COHORTS + "?page=2147483647&size=200").then(), "page", containsString("pages"));
        given().auth().oauth2(instructor).get("/api/xapi/statements?limit=500&after=9223372036854775806").then().statusCode(200);

        TestUsers.TestUser member = TestUsers.create("Mia", "Member");
        given().auth().oauth2(Agencies.adminToken()).contentType(ContentType.JSON).body(Map.of("user", member.username()))
                .post("/api/admin/agencies/" + agency.id() + "/members").then().statusCode(200);
        HttpResponse<String> page = PageSession.signIn(member).get("/partner/history?page=2147483647");
        assertEquals(400, page.statusCode(), page.body());
        assertTrue(page.body().contains("There are not that many pages."), page.body());
    }

    @Test
    void formsWithTooManyFieldsOrBrokenEscapesAre400Pages() {
        PageSession trainee = PageSession.signIn(TestUsers.create("Fern", "Forms"));
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 1_100; i++) {
            many.put("field" + i, "x");
        }
        String enrolment = "/courses/" + Journeys.SAMPLE_COURSE + "/enrolment";
        HttpResponse<String> tooMany = trainee.postForm(enrolment, many);
        assertEquals(400, tooMany.statusCode(), tooMany.body());
        assertTrue(tooMany.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(tooMany.body().contains("The form could not be read"), tooMany.body());

        HttpResponse<String> broken = trainee.post(enrolment, "application/x-www-form-urlencoded", "csrf-token=%zz&x=%", Map.of());
        assertEquals(400, broken.statusCode(), broken.body());
        assertTrue(broken.body().contains("The form could not be read"), broken.body());
        assertFalse(broken.body().contains("decode"), broken.body());
    }

    @Test
    void aScenarioChoicePostedWithoutAChoiceShowsTheStepAgainWithAMessage() {
        Course course = content.course(Journeys.SAMPLE_COURSE).orElseThrow();
        Scenario scenario = Journeys.firstScenario(course);
        TestUsers.TestUser user = TestUsers.create("Cass", "Choiceless");
        Journeys.enrol(user.token(), course);
        PageSession trainee = PageSession.signIn(user);
        String player = "/courses/" + course.id() + "/scenarios/" + scenario.id();
        trainee.submit(player, player + "/runs", Map.of());
        String choices = Jsoup.parse(trainee.get(player).body()).selectFirst("form.choices").attr("action");

        for (Map<String, String> fields : List.of(Map.<String, String>of(), Map.of("choice", ""), Map.of("choice", "first"))) {
            HttpResponse<String> answer = trainee.submit(player, choices, fields);
            assertEquals(400, answer.statusCode(), answer.body());
            Document page = Jsoup.parse(answer.body());
            assertEquals("Choose one of the options below.", page.select("form.choices .field-error").text(), answer.body());
            assertFalse(page.select("form.choices button[name=choice]").isEmpty(), "the choices are shown again");
        }
        long run = Long.parseLong(choices.replaceAll(".*/runs/(\\d+)/choices", "$1"));
        assertEquals("[]", emptyPath(run), "no choice was taken");
    }

    @Test
    void aBodyOverTheLimitIsA413WithABody() {
        String token = TestUsers.create("Bea", "Bulk", "instructor").token();
        String api = rawPost(COHORTS, "application/json", "Authorization: Bearer " + token + "\r\n");
        assertTrue(api.startsWith("HTTP/1.1 413"), api);
        assertTrue(api.contains("application/problem+json"), api);
        assertTrue(api.contains("\"status\":413"), api);

        String page = rawPost("/verify", "application/x-www-form-urlencoded", "");
        assertTrue(page.startsWith("HTTP/1.1 413"), page);
        assertTrue(page.contains("text/html"), page);
        assertTrue(page.contains("too large"), page);
    }

    /** Announces a 20 MB body, sends a few bytes, and reads what the server answers before it closes the connection. */
    private static String rawPost(String path, String contentType, String extraHeaders) {
        URI base = URI.create(PlatformTestResource.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getAuthority() + "\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: 20971520\r\n" + extraHeaders + "\r\n{").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aFormWithoutItsCsrfTokenGetsAPageOrAProblemNotAnEmptyAnswer() {
        TestUsers.TestUser user = TestUsers.create("Cy", "Token");
        PageSession trainee = PageSession.signIn(user);
        HttpResponse<String> page = trainee.postForm("/courses/" + Journeys.SAMPLE_COURSE + "/enrolment", Map.of("x", "y"));
        assertEquals(400, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page.headers().toString());
        assertTrue(page.body().contains("reload the page"), page.body());
        HttpResponse<String> wrong = trainee.postForm("/courses/" + Journeys.SAMPLE_COURSE + "/enrolment", Map.of("csrf-token", "forged"));
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.body().contains("reload the page"), wrong.body());

        Course course = content.course(Journeys.SAMPLE_COURSE).orElseThrow();
        given().auth().oauth2(user.token()).contentType(ContentType.URLENC).body("a=b")
                .post("/api/courses/" + course.id() + "/scenarios/" + Journeys.firstScenario(course).id() + "/runs")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("CSRF"));
        given().cookie("mhfa-csrf", "not-a-token").get("/verify").then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("Reload the page"));
        given().cookie("mhfa-csrf", "not-a-token").get("/api/courses").then().statusCode(400).contentType(PROBLEM)
                .body("title", not(equalTo("")));
    }

    @Test
    void theRefusalsNameTheirFieldsAndNeverSayHowTheServerIsBuilt() {
        String token = TestUsers.create("Ira", "Internals", "instructor").token();
        send("POST", token, COHORTS, cohort("Internals", Map.of("capacity", "\"7\""), null)).statusCode(400)
                .body(not(containsString("com.fasterxml"))).body(not(containsString("java."))).body("errors", hasKey("capacity"));
        given().auth().oauth2(token).contentType(ContentType.TEXT).body("x").post(COHORTS).then().statusCode(415)
                .body(not(containsString("@Consumes")));
    }
}
