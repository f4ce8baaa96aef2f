package org.mhfa.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.PageSession;
import org.mhfa.testing.PlatformTestResource;
import org.mhfa.testing.TestUsers;

/** Browser-facing hardening: security headers, the CSRF cookie, same-origin writes, sign-out by POST, no internals, token audience. */
@QuarkusTest
class WebHardeningTest {

    private static final String ENROLMENT = "/courses/" + Journeys.SAMPLE_COURSE + "/enrolment";

    private static void hasSecurityHeaders(Response response) {
        String csp = response.header("Content-Security-Policy");
        assertTrue(csp != null && csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'")
                && csp.contains("object-src 'none'"), "CSP: " + csp);
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), "CSP: " + csp);
        assertTrue(String.valueOf(response.header("Permissions-Policy")).contains("camera=()"), response.headers().toString());
        assertEquals("same-origin", response.header("Referrer-Policy"));
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
    }

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeaders() {
        hasSecurityHeaders(given().get("/").then().statusCode(200).extract().response());
        hasSecurityHeaders(given().get("/api/courses").then().statusCode(200).extract().response());
        hasSecurityHeaders(given().get("/no/such/page").then().statusCode(404).extract().response());
        hasSecurityHeaders(given().get("/css/app.css").then().statusCode(200).extract().response());
    }

    @Test
    void templatesHaveNoInlineScriptHandlersOrStyles() throws IOException {
        Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
        Pattern handlerOrStyle = Pattern.compile("<[^>]*\\s(on[a-z]+|style)\\s*=", Pattern.CASE_INSENSITIVE);
        Pattern styleElement = Pattern.compile("<style[\\s>]", Pattern.CASE_INSENSITIVE);
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String html = Files.readString(file);
                assertFalse(inlineScript.matcher(html).find(), file + " has an inline script");
                assertFalse(handlerOrStyle.matcher(html).find(), file + " has an event handler or style attribute");
                assertFalse(styleElement.matcher(html).find(), file + " has a style element");
            }
        }
    }

    @Test
    void theCsrfCookieIsSameSiteStrictAndHttpOnly() {
        List<String> cookies = given().get("/verify").then().statusCode(200).extract().headers().getValues("Set-Cookie");
        String csrf = cookies.stream().filter(cookie -> cookie.startsWith("mhfa-csrf=")).findFirst().orElseThrow();
        assertTrue(csrf.toLowerCase().contains("samesite=strict"), csrf);
        assertTrue(csrf.toLowerCase().contains("httponly"), csrf);
    }

    @Test
    void writesFromAnotherSiteAreRefusedWithoutTouchingAnything() {
        TestUsers.TestUser user = TestUsers.create("Otto", "Origin");
        PageSession trainee = PageSession.signIn(user);
        HttpResponse<String> forged = trainee.submitWithHeaders("/courses/" + Journeys.SAMPLE_COURSE, ENROLMENT, Map.of(),
                Map.of("Origin", "https://evil.example"));
        assertEquals(403, forged.statusCode(), forged.body());
        assertTrue(forged.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(forged.body().contains("another site"), forged.body());
        HttpResponse<String> referred = trainee.submitWithHeaders("/courses/" + Journeys.SAMPLE_COURSE, ENROLMENT, Map.of(),
                Map.of("Referer", "https://evil.example/page"));
        assertEquals(403, referred.statusCode(), referred.body());
        given().auth().oauth2(user.token()).get("/api/me/enrolments").then().statusCode(200).body("size()", equalTo(0));

        given().auth().oauth2(user.token()).header("Origin", "https://evil.example").contentType(ContentType.JSON)
                .post("/api/me/enrolments/" + Journeys.SAMPLE_COURSE).then().statusCode(403).contentType("application/problem+json");
        HttpResponse<String> own = trainee.submitWithHeaders("/courses/" + Journeys.SAMPLE_COURSE, ENROLMENT, Map.of(),
                Map.of("Origin", PlatformTestResource.baseUrl()));
        assertEquals(200, own.statusCode(), own.body());
        assertTrue(own.uri().getPath().contains("/lessons/"), own.uri().toString());

        String other = TestUsers.create("Bea", "Bearer").token();
        given().auth().oauth2(other).contentType(ContentType.JSON).post("/api/me/enrolments/" + Journeys.SAMPLE_COURSE)
                .then().statusCode(200);
    }

    @Test
    void signingOutTakesAPostWithItsTokenAndAGetOnlyAsks() {
        PageSession session = PageSession.signIn(TestUsers.create("Lou", "Logout"));
        assertTrue(Jsoup.parse(session.get("/me").body()).select("nav form[action=/logout][method=post] input[name=csrf-token]").size() == 1,
                "the menu signs out with a form");

        HttpResponse<String> asked = session.get("/logout");
        assertEquals(200, asked.statusCode());
        assertTrue(asked.uri().getPath().equals("/signout"), asked.uri().toString());
        assertEquals(1, Jsoup.parse(asked.body()).select("main form[action=/logout][method=post]").size(), asked.body());
        assertStillSignedIn(session);

        HttpResponse<String> forged = session.postForm("/logout", Map.of());
        assertEquals(400, forged.statusCode(), forged.body());
        assertStillSignedIn(session);

        HttpResponse<String> out = session.submit("/me", "/logout", Map.of());
        assertEquals(200, out.statusCode(), out.body());
        assertTrue(out.uri().toString().startsWith(PlatformTestResource.baseUrl() + "/"), out.uri().toString());
        assertEquals("/", out.uri().getPath());
        HttpResponse<String> after = session.get("/me");
        assertTrue(after.uri().toString().startsWith(PlatformTestResource.realmUrl()), "signed out, so /me asks to sign in: " + after.uri());
    }

    private static void assertStillSignedIn(PageSession session) {
        HttpResponse<String> me = session.get("/me");
        assertEquals(PlatformTestResource.baseUrl() + "/me", me.uri().toString());
        assertTrue(me.body().contains("Lou Logout"), me.body());
    }

    @Test
    void errorAnswersNeverShowALibrarysMessage() {
        TestUsers.TestUser adminUser = TestUsers.create("Ned", "Nul", "admin");
        String admin = adminUser.token();
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "Nul\u0000Agency", "contactEmail", "desk@agency.example", "scopes", List.of("verify")))
                .post("/api/admin/agencies").then().statusCode(400).contentType("application/problem+json")
                .body("errors.name", containsString("NUL"));
        long agency = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "Plain Agency " + System.nanoTime(), "contactEmail", "desk@agency.example", "scopes", List.of("verify")))
                .post("/api/admin/agencies").then().statusCode(201).extract().jsonPath().getLong("agency.id");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("user", "nul\u0000user"))
                .post("/api/admin/agencies/" + agency + "/members").then().statusCode(400).body("errors.user", containsString("NUL"));

        HttpResponse<String> page = PageSession.signIn(adminUser).submit("/admin/agencies/" + agency,
                "/admin/agencies/" + agency + "/members", Map.of("user", "nul\u0000user"));
        for (String body : List.of(page.body(), given().auth().oauth2(admin).contentType(ContentType.TEXT).body("x")
                .post("/api/admin/agencies").then().statusCode(415).extract().asString())) {
            for (String internal : List.of("keycloak.admin", "Resource#", "invoking", "Exception", "@Consumes", "status code")) {
                assertFalse(body.contains(internal), "'" + internal + "' in " + body);
            }
        }
        given().auth().oauth2(admin).delete("/api/admin/agencies").then().statusCode(405)
                .contentType("application/problem+json").body("title", equalTo("Method Not Allowed"));
    }

    @Test
    void theApiTakesOnlyTokensIssuedForIt() throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=mhfa-platform&client_secret=mhfa-platform-demo-secret";
        HttpResponse<String> issued = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(PlatformTestResource.realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, issued.statusCode(), issued.body());
        String foreign = read(issued.body()).get("access_token").asText();
        for (String path : List.of("/api/me/enrolments", "/api/instructor/cohorts")) {
            given().auth().oauth2(foreign).get(path).then().statusCode(401).contentType("application/problem+json")
                    .body("status", equalTo(401)).body("detail", containsString("token"));
            given().get(path).then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
            given().auth().oauth2("not.a.token").get(path).then().statusCode(401).contentType("application/problem+json");
        }

        given().auth().oauth2(TestUsers.create("Ada", "Audience").token()).get("/api/me/enrolments").then().statusCode(200);
    }

    @Test
    void aChunkedBodyIsReadUpToTheLimitAndRefusedWithAProblemBeyondIt() throws IOException {
        String token = TestUsers.create("Chuck", "Chunked", "instructor").token();
        String small = postChunked(token, "{\"title\":".getBytes(java.nio.charset.StandardCharsets.UTF_8), 1);
        assertTrue(small.startsWith("HTTP/1.1 400"), small);
        assertTrue(small.contains("\"status\":400"), small);

        byte[] spaces = new byte[64 * 1024];
        java.util.Arrays.fill(spaces, (byte) ' ');
        String large = postChunked(token, spaces, 12 * 16);
        assertTrue(large.startsWith("HTTP/1.1 413"), large);
        assertTrue(large.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json"), large);
        assertTrue(large.contains("\"status\":413") && large.contains("at most 10 MB"), large);
    }

    @Test
    void bodiesOfUnannouncedLengthAreReadOnlyAsManyAtATimeAsTheMemoryAllows() throws IOException {
        String token = TestUsers.create("Chuck", "Held", "instructor").token();
        int room = Integer.parseInt(PlatformTestResource.CONCURRENT_CHUNKED_BODIES);
        java.util.List<java.net.Socket> held = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < room; i++) {
                held.add(startChunked(token));
            }
            // the held requests take their places as the server reads their headers: ask until it has read them all
            String refused = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                    .until(() -> postChunked(token, "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8), 1),
                            answer -> answer.startsWith("HTTP/1.1 503"));
            assertTrue(refused.toLowerCase(java.util.Locale.ROOT).contains("retry-after: 5"), refused);
            assertTrue(refused.contains("\"status\":503"), refused);
        } finally {
            for (java.net.Socket socket : held) {
                socket.close();
            }
        }
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() ->
                postChunked(token, "{\"title\":".getBytes(java.nio.charset.StandardCharsets.UTF_8), 1).startsWith("HTTP/1.1 400"));
    }

    /** Starts a chunked POST and sends one chunk, leaving the body unfinished: the server holds room for it meanwhile. */
    private static java.net.Socket startChunked(String token) throws IOException {
        URI base = URI.create(PlatformTestResource.baseUrl());
        java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort());
        java.io.OutputStream out = socket.getOutputStream();
        out.write(("POST /api/instructor/cohorts HTTP/1.1\r\nHost: " + base.getAuthority() + "\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n1\r\n{\r\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /** Posts {@code times} copies of {@code chunk} to the cohort API in chunked encoding and returns the raw answer. */
    private static String postChunked(String token, byte[] chunk, int times) throws IOException {
        URI base = URI.create(PlatformTestResource.baseUrl());
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST /api/instructor/cohorts HTTP/1.1\r\nHost: " + base.getAuthority() + "\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] head = (Integer.toHexString(chunk.length) + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            try {
                for (int i = 0; i < times; i++) {
                    out.write(head);
                    out.write(chunk);
                    out.write("\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedByServer) {
                // the server answers and closes the connection once the limit is passed; the answer is read below
            }
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
