package org.mhfa.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.Lesson;
import org.mhfa.catalogue.Quiz;
import org.mhfa.catalogue.Scenario;
import org.mhfa.cohort.Cohorts;
import org.mhfa.partner.Agencies;
import org.mhfa.partner.RegistryFixture;
import org.mhfa.platform.Roles;

/**
 * The world the authorisation matrix asks about, built once through the API: a trainee who has completed the sample course
 * (enrolment, attempts, a scenario run, a certificate) as a member of an instructor's cohort (with a session and a
 * certificate run), another trainee, another instructor leading a cohort of their own, agencies A and B with their clients,
 * a person acting for A, a webhook subscription of A, and an administrator. It fills path parameters from that world and
 * sends requests as each of the matrix's callers.
 */
public final class AccessFixture {

    /** The matrix's callers, in the order of a row's letters. */
    public enum Caller {
        ANONYMOUS, TRAINEE, OTHER_TRAINEE, INSTRUCTOR, OTHER_INSTRUCTOR, AGENCY_MEMBER, ADMIN, AGENCY_CLIENT_A, AGENCY_CLIENT_B
    }

    /** The first answer to a request: its status and, for a redirect, where it leads. */
    public record Answer(int status, String location) {
    }

    /** What a request carries: a media type and content (forms get the caller's CSRF token added; null sends no body). */
    public record Body(String mediaType, String content) {
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");
    private static final String CSRF_FIELD = "csrf-token";

    private final Map<Caller, Credentials> callers = new EnumMap<>(Caller.class);
    private final Map<String, String> values = new LinkedHashMap<>();
    private final String certificateCode;
    private final Agencies.Agency agencyA;

    private TestUsers.TestUser trainee;
    private TestUsers.TestUser instructor;
    private TestUsers.TestUser adminToken;

    private AccessFixture(String certificateCode, Agencies.Agency agencyA) {
        this.certificateCode = certificateCode;
        this.agencyA = agencyA;
    }

    /** Builds the world through the API (about a minute on a busy machine). */
    public static AccessFixture build(Course course) {
        TestUsers.TestUser trainee = TestUsers.create("Tara", "Trainee");
        TestUsers.TestUser instructor = TestUsers.create("Ines", "Instructor", Roles.INSTRUCTOR);
        TestUsers.TestUser otherInstructor = TestUsers.create("Oren", "Instructor", Roles.INSTRUCTOR);
        TestUsers.TestUser member = TestUsers.create("Mia", "Member");
        TestUsers.TestUser admin = TestUsers.create("Ada", "Admin", Roles.ADMIN);
        Agencies.Agency a = Agencies.register("Agency A", "verify", "webhooks");
        Agencies.Agency b = Agencies.register("Agency B", "verify", "webhooks");

        Map<String, String> learning = completeCourse(trainee.token(), course);
        AccessFixture fixture = new AccessFixture(learning.get("code"), a);
        fixture.trainee = trainee;
        fixture.instructor = instructor;
        fixture.values.putAll(learning);
        fixture.values.putAll(cohortOf(instructor.token(), trainee));
        Cohorts.create(otherInstructor.token(), "Another instructor's cohort", 10);
        fixture.values.putAll(agencyWorld(admin.token(), a, member));
        fixture.values.put("spareAgency", Long.toString(Agencies.register("Spare agency", "verify").id()));
        fixture.values.put("name", "credentials-v2.jsonld");
        fixture.values.putAll(authoringWorld(admin, instructor));
        fixture.adminToken = admin;

        fixture.callers.put(Caller.ANONYMOUS, new Credentials(null, null));
        fixture.callers.put(Caller.TRAINEE, new Credentials(trainee, null));
        fixture.callers.put(Caller.OTHER_TRAINEE, new Credentials(TestUsers.create("Otto", "Other"), null));
        fixture.callers.put(Caller.INSTRUCTOR, new Credentials(instructor, null));
        fixture.callers.put(Caller.OTHER_INSTRUCTOR, new Credentials(otherInstructor, null));
        fixture.callers.put(Caller.AGENCY_MEMBER, new Credentials(member, null));
        fixture.callers.put(Caller.ADMIN, new Credentials(admin, null));
        fixture.callers.put(Caller.AGENCY_CLIENT_A, new Credentials(null, a));
        fixture.callers.put(Caller.AGENCY_CLIENT_B, new Credentials(null, b));
        return fixture;
    }

    /**
     * The trainee completes the course (as {@link Journeys#complete} does, keeping the ids on the way) and leaves an open
     * attempt at the first knowledge check, so that starting one again only hands it back.
     */
    private static Map<String, String> completeCourse(String token, Course course) {
        Quiz quiz = Journeys.firstQuiz(course);
        Scenario scenario = Journeys.firstScenario(course);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("courseId", course.id());
        values.put("lessonId", course.items().filter(Lesson.class::isInstance).findFirst().orElseThrow().id());
        values.put("quizId", quiz.id());
        values.put("scenarioId", scenario.id());
        Journeys.enrol(token, course);
        Journeys.readAllLessons(token, course);
        course.items().filter(Quiz.class::isInstance).map(Quiz.class::cast).forEach(each -> {
            long attempt = Journeys.answer(token, course, each, true);
            values.putIfAbsent("attemptId", Long.toString(attempt));
        });
        course.items().filter(Scenario.class::isInstance).map(Scenario.class::cast).forEach(each -> {
            long run = Journeys.play(token, course, each, Journeys.passingPath(each));
            values.putIfAbsent("scenarioRunId", Long.toString(run));
        });
        values.put("code", given().auth().oauth2(token).get("/api/me/enrolments/" + course.id())
                .then().statusCode(200).extract().jsonPath().getString("certificateCode"));
        given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/courses/" + course.id() + "/quizzes/" + quiz.id() + "/attempts")
                .then().statusCode(201);
        return values;
    }

    /** A course copied from the sample for authoring, published once, which the cohort's instructor authors (the other does not). */
    private static Map<String, String> authoringWorld(TestUsers.TestUser admin, TestUsers.TestUser instructor) {
        String course = AuthoringFixture.publishedCopyOfSample(admin.token());
        AuthoringFixture.nameAuthor(admin.token(), course, instructor);
        String imageUrl = draftImage(admin.token(), course, "matrix.png");
        return Map.of("course", course, "path", AuthoringFixture.SAMPLE_LESSON, "quizPath", AuthoringFixture.SAMPLE_QUIZ,
                "scenarioPath", AuthoringFixture.SAMPLE_SCENARIO, "number", "1", "imageName", "matrix.png",
                "imageFile", imageUrl.substring(imageUrl.lastIndexOf('/') + 1));
    }

    /** Adds a PNG named {@code name} to the course's draft (so only its authors may see it yet); its hashed address. */
    private static String draftImage(String adminToken, String course, String name) {
        return given().auth().oauth2(adminToken).contentType("image/png").body(TestImages.image("png", 4, 3))
                .put("/api/authoring/courses/" + course + "/draft/assets/" + name).then().statusCode(201).extract().path("url");
    }

    /** The instructor's cohort with the trainee as member, a session, and a finished certificate run. */
    private static Map<String, String> cohortOf(String token, TestUsers.TestUser trainee) {
        long cohort = Cohorts.create(token, "The trainee's cohort", 40);
        Cohorts.join(token, cohort, trainee);
        long session = Cohorts.addSession(token, cohort, LocalDate.now().plusDays(8) + "T18:00:00Z");
        String location = given().auth().oauth2(token).contentType(ContentType.JSON)
                .post("/api/instructor/cohorts/" + cohort + "/certificate-runs").then().statusCode(202).extract().header("Location");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth().oauth2(token).get(location).then().statusCode(200).extract().jsonPath().getString("state"),
                        "FINISHED"::equals);
        return Map.of("cohort", Long.toString(cohort), "sessionId", Long.toString(session),
                "certificateRunId", location.substring(location.lastIndexOf('/') + 1));
    }

    /** A's member (who then has the partner role) and a webhook subscription of A. */
    private static Map<String, String> agencyWorld(String adminToken, Agencies.Agency a, TestUsers.TestUser member) {
        given().auth().oauth2(adminToken).contentType(ContentType.JSON).body(Map.of("user", member.username()))
                .post("/api/admin/agencies/" + a.id() + "/members").then().statusCode(200);
        return Map.of("agencyA", Long.toString(a.id()), "subscription", Long.toString(subscribe(a)));
    }

    private static long subscribe(Agencies.Agency agency) {
        return given().auth().oauth2(agency.token()).contentType(ContentType.JSON)
                .body(Map.of("url", "http://localhost:9/matrix-" + UUID.randomUUID()))
                .post("/api/partner/webhooks").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /**
     * The operation's path with each parameter filled from the fixture; with {@code freshTarget}, the thing the operation
     * changes is made anew for this one call (a certificate of the trainee's, a subscription of A's).
     */
    public String path(String template, boolean freshTarget) {
        Matcher parameters = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        boolean refreshed = false;
        while (parameters.find()) {
            String name = parameters.group(1);
            Optional<String> fresh = freshTarget ? fresh(template, name) : Optional.empty();
            refreshed |= fresh.isPresent();
            parameters.appendReplacement(path, Matcher.quoteReplacement(fresh.orElseGet(() -> value(template, name))));
        }
        if (freshTarget && !refreshed) {
            throw new IllegalStateException("AccessFixture makes no fresh target for " + template + ": teach fresh() one");
        }
        return parameters.appendTail(path).toString();
    }

    private String value(String template, String name) {
        String key = switch (name) {
            case "runId" -> template.contains("/certificate-runs/") ? "certificateRunId" : "scenarioRunId";
            case "id" -> idOf(template);
            case "name" -> template.contains("/assets/{name}") || template.contains("/images/{name}") ? "imageName" : "name";
            case "file" -> "imageFile";
            case "courseId" -> template.contains("/assets/") ? "course" : "courseId";
            case "path" -> template.contains("/gift/") || template.contains("/check-playtest/") ? "quizPath" : template.contains("/playtest/") ? "scenarioPath" : "path";
            default -> name;
        };
        String value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("AccessFixture cannot fill {" + name + "} in " + template + ": teach value() what it is");
        }
        return value;
    }

    /** What {id} names depends on the path: a cohort, an agency (a spare one for rotating secrets), a subscription. */
    private static String idOf(String template) {
        if (template.contains("/cohorts/{id}")) {
            return "cohort";
        }
        if (template.contains("/invitations/{id}")) {
            return "invitation";
        }
        if (template.contains("/admin/agencies/{id}")) {
            return template.endsWith("/secret") ? "spareAgency" : "agencyA";
        }
        return template.startsWith("/api/partner/webhooks/{id}") ? "subscription" : "unknown id";
    }

    private Optional<String> fresh(String template, String name) {
        if (name.equals("code")) {
            return Optional.of(RegistryFixture.copyOf(certificateCode));
        }
        if (name.equals("id") && template.startsWith("/api/partner/webhooks/{id}")) {
            return Optional.of(Long.toString(subscribe(agencyA)));
        }
        if (name.equals("id") && template.contains("/invitations/{id}")) {
            return Optional.of(Long.toString(invitationOfTheTrainee()));
        }
        if (name.equals("memberId")) {
            return Optional.of(Long.toString(newMemberOfTheCohort()));
        }
        if (name.equals("path") && template.contains("/authoring/")) {
            return Optional.of(AuthoringFixture.newDraftFile(adminToken.token(), values.get("course")));
        }
        if (name.equals("name") && (template.contains("/assets/{name}") || template.contains("/images/{name}"))) {
            String image = "matrix-" + UUID.randomUUID().toString().substring(0, 8) + ".png";
            draftImage(adminToken.token(), values.get("course"), image);
            return Optional.of(image);
        }
        if (name.equals("learnerId") && template.contains("/authoring/")) {
            TestUsers.TestUser author = TestUsers.create("Anna", "Author", Roles.INSTRUCTOR);
            return Optional.of(Long.toString(AuthoringFixture.nameAuthor(adminToken.token(), values.get("course"), author)));
        }
        return Optional.empty();
    }

    /** A new cohort of the instructor's to which the trainee is invited and has not answered yet: the invitation's id. */
    private long invitationOfTheTrainee() {
        long cohort = Cohorts.create(instructor.token(), "An invitation for the matrix", 2);
        Cohorts.enrol(instructor.token(), cohort, trainee.username() + "@example.org");
        return given().auth().oauth2(trainee.token()).get("/api/me/invitations").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.cohortId == " + cohort + " }.id");
    }

    /** Someone newly invited into the trainee's cohort (by an address nobody has yet): the member's id. */
    private long newMemberOfTheCohort() {
        String cohort = values.get("cohort");
        String address = Cohorts.newAddress("removable");
        Cohorts.enrol(instructor.token(), Long.parseLong(cohort), address);
        return given().auth().oauth2(instructor.token()).get("/api/instructor/cohorts/" + cohort).then().statusCode(200)
                .extract().jsonPath().getLong("members.find { it.email == '" + address + "' }.id");
    }

    /**
     * Sends the request as the caller and returns the first answer. API paths ({@code /api/…}) carry the caller's bearer
     * token (a write without a body says JSON, as API clients do: the platform refuses forms without a CSRF token); pages
     * carry a person's signed-in session (an agency client's bearer token, nothing for the anonymous), and a form carries
     * the session's valid CSRF token. A form answered 400 without its form again is taken for a refused token and fails.
     */
    public Answer send(Caller caller, String method, String path, Body body) {
        Credentials who = callers.get(caller);
        return path.startsWith("/api/") ? api(who, method, path, body) : page(who, method, path, body);
    }

    private static Answer api(Credentials who, String method, String path, Body body) {
        RequestSpecification request = given().redirects().follow(false);
        String token = who.token();
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (body != null) {
            request.contentType(body.mediaType()).body(body.content().getBytes(StandardCharsets.UTF_8));
        } else if (!method.equals("GET")) {
            request.contentType(ContentType.JSON);
        }
        Response response = request.request(method, path);
        return new Answer(response.statusCode(), response.header("Location"));
    }

    private static Answer page(Credentials who, String method, String path, Body body) {
        PageSession session = who.pages();
        Map<String, String> headers = new LinkedHashMap<>();
        if (who.client != null) {
            headers.put("Authorization", "Bearer " + who.token());
        }
        String content = null;
        if (body != null) {
            content = withCsrfToken(body, session.csrfToken(), headers);
        }
        HttpResponse<String> response = session.firstAnswer(method, path, headers, content);
        if (body != null && response.statusCode() == 400 && !response.body().contains("<form")) {
            throw new IllegalStateException(method + " " + path + " answered 400 without its form: was the CSRF token refused? "
                    + response.body());
        }
        return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null));
    }

    private static String withCsrfToken(Body body, String token, Map<String, String> headers) {
        if (body.mediaType().equals(ContentType.URLENC.toString())) {
            headers.put("Content-Type", body.mediaType());
            String fields = CSRF_FIELD + "=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
            return body.content().isEmpty() ? fields : fields + "&" + body.content();
        }
        if (body.mediaType().equals("multipart/form-data")) {
            String boundary = "matrix" + UUID.randomUUID().toString().replace("-", "");
            headers.put("Content-Type", "multipart/form-data; boundary=" + boundary);
            return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + CSRF_FIELD + "\"\r\n\r\n" + token + "\r\n"
                    + "--" + boundary + "--\r\n";
        }
        headers.put("Content-Type", body.mediaType());
        return body.content();
    }

    /** How one caller shows who they are: a person (token, page session), an agency client (token), or nobody. */
    private static final class Credentials {

        /** Tokens live ten minutes in the realm, page sessions as long as their tokens: both are renewed well before. */
        private static final Duration RENEW_AFTER = Duration.ofMinutes(4);

        private final TestUsers.TestUser person;
        private final Agencies.Agency client;
        private String token;
        private Instant tokenAt = Instant.MIN;
        private PageSession pages;
        private Instant pagesAt = Instant.MIN;

        Credentials(TestUsers.TestUser person, Agencies.Agency client) {
            this.person = person;
            this.client = client;
        }

        String token() {
            if ((person != null || client != null) && tokenAt.isBefore(Instant.now().minus(RENEW_AFTER))) {
                token = person != null ? person.token() : client.token();
                tokenAt = Instant.now();
            }
            return token;
        }

        /**
         * The caller's page session; a caller who is not a person gets a new one each time, as each of their requests to a
         * signed-in page leaves a sign-in state cookie that would pile up until the headers are too large (431).
         */
        PageSession pages() {
            if (person == null) {
                return PageSession.anonymous();
            }
            if (pages == null || pagesAt.isBefore(Instant.now().minus(RENEW_AFTER))) {
                pages = person != null ? PageSession.signIn(person) : PageSession.anonymous();
                pagesAt = Instant.now();
            }
            return pages;
        }
    }
}
