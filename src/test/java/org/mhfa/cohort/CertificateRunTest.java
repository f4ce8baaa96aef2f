package org.mhfa.cohort;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.PageSession;
import org.mhfa.testing.TestUsers;

/** Bulk issue of a cohort's certificates: who gets one, the progress counters, the ZIP, the instructor on the PDF, access. */
@QuarkusTest
class CertificateRunTest {

    @Inject
    ContentRepository content;

    @Test
    void aRunIssuesTheCompletedMembersCertificatesListsTheOthersAndZipsTheSignedPdfs() throws IOException {
        Course course = content.course(Journeys.SAMPLE_COURSE).orElseThrow();
        TestUsers.TestUser instructor = TestUsers.create("Rosa", "Lindqvist", "instructor");
        TestUsers.TestUser first = TestUsers.create("Zoë", "Ångström");
        TestUsers.TestUser second = TestUsers.create("Jo", "Smith, Jr");
        TestUsers.TestUser behind = TestUsers.create("Sam", "Later");
        long cohortId = Cohorts.create(instructor.token(), "Bulk run cohort", 10);
        for (TestUsers.TestUser trainee : List.of(first, second, behind)) {
            given().auth().oauth2(trainee.token()).get("/api/me/enrolments").then().statusCode(200);
        }
        Cohorts.join(instructor.token(), cohortId, first, second, behind);
        String firstCode = Journeys.complete(first.token(), course);
        String secondCode = Journeys.complete(second.token(), course);
        Journeys.readAllLessons(behind.token(), course);

        String location = given().auth().oauth2(instructor.token()).contentType(io.restassured.http.ContentType.JSON).post("/api/instructor/cohorts/" + cohortId + "/certificate-runs")
                .then().statusCode(202).extract().header("Location");
        JsonPath run = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth().oauth2(instructor.token()).get(location).then().statusCode(200).extract().jsonPath(),
                        json -> "FINISHED".equals(json.getString("state")));
        assertEquals(3, run.getInt("total"));
        assertEquals(3, run.getInt("processed"));
        assertEquals(2, run.getInt("issued"));
        assertEquals(1, run.getInt("skipped"));
        assertEquals(0, run.getInt("failed"));
        assertEquals(100, run.getInt("percent"));
        Map<String, String> outcomes = new LinkedHashMap<>();
        run.getList("items", Map.class).forEach(item -> outcomes.put((String) item.get("holderName"), (String) item.get("outcome")));
        assertEquals("ALREADY_ISSUED", outcomes.get("Zoë Ångström"));
        assertEquals("ALREADY_ISSUED", outcomes.get("Jo Smith, Jr"));
        assertEquals("NOT_COMPLETE", outcomes.get("Sam Later"));
        assertTrue(run.getString("items.find { it.holderName == 'Sam Later' }.message").contains("E-learning"));

        byte[] zip = given().auth().oauth2(instructor.token()).get(run.getString("zipUrl")).then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();
        Map<String, String> texts = pdfTexts(zip);
        assertEquals(2, texts.size(), "one PDF per certified member: " + texts.keySet());
        String zoe = texts.keySet().stream().filter(name -> name.startsWith("zoe-angstrom-")).findFirst().orElseThrow();
        String jo = texts.keySet().stream().filter(name -> name.startsWith("jo-smith-jr-")).findFirst().orElseThrow();
        assertTrue(texts.get(zoe).contains("Zoë Ångström"));
        assertTrue(texts.get(jo).contains("Jo Smith, Jr"));
        assertTrue(texts.get(zoe).replaceAll("\\s+", "").contains(firstCode.replace("-", "").substring(0, 8)));
        assertTrue(texts.get(jo).replaceAll("\\s+", "").contains(secondCode.replace("-", "").substring(0, 8)));
        assertTrue(texts.get(zoe).contains("Rosa Lindqvist"), "the cohort's instructor is named on the certificate");
    }

    @Test
    void revokedCertificatesAreNeverShippedNorCountedAsCertified() throws IOException {
        Course course = content.course(Journeys.SAMPLE_COURSE).orElseThrow();
        TestUsers.TestUser instructor = TestUsers.create("Rhea", "Revoker", "instructor");
        TestUsers.TestUser admin = TestUsers.create("Ada", "Admin", "admin");
        TestUsers.TestUser kept = TestUsers.create("Kim", "Kept");
        TestUsers.TestUser revoked = TestUsers.create("Rob", "Revoked");
        long cohortId = Cohorts.create(instructor.token(), "Revocation cohort", 10);
        for (TestUsers.TestUser trainee : List.of(kept, revoked)) {
            given().auth().oauth2(trainee.token()).get("/api/me/enrolments").then().statusCode(200);
        }
        Cohorts.join(instructor.token(), cohortId, kept, revoked);
        String keptCode = Journeys.complete(kept.token(), course);
        String revokedCode = Journeys.complete(revoked.token(), course);
        revoke(admin, revokedCode);

        JsonPath run = finishedRun(instructor, cohortId);
        assertEquals(1, run.getInt("issued"));
        assertEquals(1, run.getInt("skipped"));
        assertEquals("REVOKED", run.getString("items.find { it.holderName == 'Rob Revoked' }.outcome"));
        assertEquals(List.of("kim-kept-" + keptCode.replace("-", "").substring(0, 25) + ".pdf"),
                List.copyOf(pdfTexts(zipOf(instructor, run)).keySet()));
        JsonPath dashboard = given().auth().oauth2(instructor.token()).get("/api/instructor/cohorts/" + cohortId + "/dashboard")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, dashboard.getInt("funnel.find { it.label == 'Certified' }.count"), dashboard.prettify());

        revoke(admin, keptCode);
        assertEquals(Map.of(), pdfTexts(zipOf(instructor, run)), "a certificate revoked after the run leaves its ZIP");
    }

    private static void revoke(TestUsers.TestUser admin, String code) {
        given().auth().oauth2(admin.token()).contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("reason", "Issued in error")).post("/api/instructor/certificates/" + code + "/revocation")
                .then().statusCode(200);
    }

    private static JsonPath finishedRun(TestUsers.TestUser instructor, long cohortId) {
        String location = given().auth().oauth2(instructor.token()).contentType(io.restassured.http.ContentType.JSON)
                .post("/api/instructor/cohorts/" + cohortId + "/certificate-runs").then().statusCode(202).extract().header("Location");
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth().oauth2(instructor.token()).get(location).then().statusCode(200).extract().jsonPath(),
                        json -> "FINISHED".equals(json.getString("state")));
    }

    private static byte[] zipOf(TestUsers.TestUser instructor, JsonPath run) {
        return given().auth().oauth2(instructor.token()).get(run.getString("zipUrl")).then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();
    }

    @Test
    void onlyTheCohortsInstructorAndAdministratorsMayRunOrDownload() {
        TestUsers.TestUser owner = TestUsers.create("Owen", "Owner", "instructor");
        TestUsers.TestUser other = TestUsers.create("Olga", "Other", "instructor");
        TestUsers.TestUser admin = TestUsers.create("Ada", "Admin", "admin");
        TestUsers.TestUser trainee = TestUsers.create("Tia", "Trainee");
        long cohortId = Cohorts.create(owner.token(), "Guarded cohort", 5);
        String runs = "/api/instructor/cohorts/" + cohortId + "/certificate-runs";

        given().auth().oauth2(other.token()).contentType(io.restassured.http.ContentType.JSON).post(runs).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(trainee.token()).contentType(io.restassured.http.ContentType.JSON).post(runs).then().statusCode(403);
        given().contentType(io.restassured.http.ContentType.JSON).post(runs).then().statusCode(401);
        String location = given().auth().oauth2(owner.token()).contentType(io.restassured.http.ContentType.JSON).post(runs).then().statusCode(202).extract().header("Location");
        await().atMost(Duration.ofSeconds(30)).until(() -> "FINISHED".equals(
                given().auth().oauth2(owner.token()).get(location).then().extract().jsonPath().getString("state")));
        given().auth().oauth2(other.token()).get(location).then().statusCode(404);
        given().auth().oauth2(other.token()).get(location + "/certificates.zip").then().statusCode(404);
        given().auth().oauth2(trainee.token()).get(location + "/certificates.zip").then().statusCode(403);
        given().auth().oauth2(admin.token()).get(location).then().statusCode(200);
        given().auth().oauth2(admin.token()).get(location + "/certificates.zip").then().statusCode(200);

        String runId = location.substring(location.lastIndexOf('/') + 1);
        org.mhfa.testing.PlatformTestResource.execute("update certificate_run set state = 'RUNNING', finished_at = null where id = " + runId);
        given().auth().oauth2(owner.token()).get(location + "/certificates.zip").then().statusCode(409)
                .contentType("application/problem+json").body("status", org.hamcrest.Matchers.equalTo(409));
        org.mhfa.testing.PlatformTestResource.execute("update certificate_run set state = 'FINISHED', finished_at = current_timestamp where id = " + runId);
    }

    @Test
    void thePagesStartARunWithACsrfFormAndShowItsProgressAndDownload() {
        TestUsers.TestUser instructor = TestUsers.create("Paula", "Pages", "instructor");
        long cohortId = Cohorts.create(instructor.token(), "Page cohort", 5);
        PageSession session = PageSession.signIn(instructor);
        String runs = "/instructor/cohorts/" + cohortId + "/certificate-runs";
        assertTrue(session.get("/instructor/cohorts/" + cohortId).body().contains(runs), "the cohort page links to bulk issue");

        assertEquals(400, session.postForm(runs, Map.of()).statusCode(), "a form without its CSRF token is refused");
        HttpResponse<String> started = session.submit(runs, runs, Map.of());
        assertEquals(200, started.statusCode());
        assertTrue(started.uri().getPath().startsWith(runs + "/"));
        String runPath = started.uri().getPath();
        await().atMost(Duration.ofSeconds(30)).until(() -> session.get(runPath).body().contains("Finished"));
        Document page = Jsoup.parse(session.get(runPath).body());
        assertEquals("0", page.selectFirst("progress#run-progress").attr("max"));
        assertTrue(page.selectFirst("label[for=run-progress]").text().contains("0 of 0"));
        assertTrue(session.get(runs).body().contains("Run "), "the run is listed");
        given().redirects().follow(false).get(runPath).then().statusCode(302);
        given().redirects().follow(false).get(runPath + "/progress").then().statusCode(302);
        assertTrue(session.get(runPath + "/progress").body().contains("\"state\":\"FINISHED\""));
    }

    private static Map<String, String> pdfTexts(byte[] zip) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                try (PDDocument document = Loader.loadPDF(in.readAllBytes())) {
                    texts.put(entry.getName(), new PDFTextStripper().getText(document));
                }
            }
        }
        return texts;
    }
}
