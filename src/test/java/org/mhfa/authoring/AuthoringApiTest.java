package org.mhfa.authoring;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.CourseFiles;
import org.mhfa.catalogue.Lesson;
import org.mhfa.platform.Roles;
import org.mhfa.testing.AuthoringFixture;
import org.mhfa.testing.TestUsers;

/** The authoring API: who may edit, drafts that trainees never see, conflicts, publishing with errors refused, rollback, ZIP both ways. */
@QuarkusTest
class AuthoringApiTest {

    private static final String LESSON = AuthoringFixture.SAMPLE_LESSON;
    private static final String PROBLEM = "application/problem+json";

    @Inject
    ContentRepository content;

    private static String base(String course) {
        return "/api/authoring/courses/" + course;
    }

    private static String lessonTitle(ContentRepository content, String course) {
        return content.course(course).orElseThrow().lesson("what-is-a-mental-health-crisis").map(Lesson::title).orElseThrow();
    }

    @Test
    void onlyTheCoursesAuthorsAndAdminsMayEditIt() {
        String admin = TestUsers.create("Ada", "Author-admin", Roles.ADMIN).token();
        TestUsers.TestUser author = TestUsers.create("Aiden", "Author", Roles.INSTRUCTOR);
        TestUsers.TestUser stranger = TestUsers.create("Sam", "Stranger", Roles.INSTRUCTOR);
        String trainee = TestUsers.create("Tess", "Trainee").token();
        String course = AuthoringFixture.publishedCopyOfSample(admin);
        AuthoringFixture.nameAuthor(admin, course, author);

        given().auth().oauth2(author.token()).get(base(course) + "/draft").then().statusCode(200).body("publishedNumber", equalTo(1));
        given().auth().oauth2(author.token()).get("/api/authoring/courses").then().statusCode(200).body("id", hasItem(course));
        given().auth().oauth2(stranger.token()).get("/api/authoring/courses").then().statusCode(200).body("id", not(hasItem(course)));
        given().auth().oauth2(stranger.token()).get(base(course) + "/draft").then().statusCode(403).contentType(PROBLEM)
                .body("type", containsString("not-an-author"));
        given().auth().oauth2(stranger.token()).contentType(ContentType.JSON).body(Map.of("text", "---\ntitle: Mine\n---\nx\n", "baseRevision", 0))
                .put(base(course) + "/draft/files/" + LESSON).then().statusCode(403);
        given().auth().oauth2(stranger.token()).contentType(ContentType.JSON).body(Map.of("message", "Sneaky"))
                .post(base(course) + "/versions").then().statusCode(403);
        given().auth().oauth2(trainee).get(base(course) + "/draft").then().statusCode(403);
        given().get(base(course) + "/draft").then().statusCode(401);
        given().auth().oauth2(author.token()).contentType(ContentType.JSON).body(Map.of("id", "not-mine", "title", "No"))
                .post("/api/authoring/courses").then().statusCode(403);
        given().auth().oauth2(author.token()).get("/api/authoring/courses/" + course + "/authors").then().statusCode(403);
        given().auth().oauth2(author.token()).get(base(course) + "/draft/files/" + LESSON).then().statusCode(200)
                .body("revision", equalTo(1)).body("text", containsString("title:"));
        given().auth().oauth2(stranger.token()).get(base(course) + "/draft/files/" + LESSON).then().statusCode(403);
        given().auth().oauth2(author.token()).get(base("no-such-course") + "/draft").then().statusCode(403);
        given().auth().oauth2(admin).get(base("no-such-course") + "/draft").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aSaveChangesOnlyTheDraftAndASecondAuthorSeesAConflictWithBothTexts() {
        String admin = TestUsers.create("Ada", "Conflict-admin", Roles.ADMIN).token();
        TestUsers.TestUser author = TestUsers.create("Cora", "Conflict", Roles.INSTRUCTOR);
        String course = AuthoringFixture.publishedCopyOfSample(admin);
        AuthoringFixture.nameAuthor(admin, course, author);
        String original = given().auth().oauth2(author.token()).get(base(course) + "/draft/files/" + LESSON).then().extract().path("text");
        String mine = original.replaceFirst("title: .*", "title: Edited by Cora");
        String theirs = original.replaceFirst("title: .*", "title: Edited by Ada");

        int revision = given().auth().oauth2(author.token()).contentType(ContentType.JSON).body(Map.of("text", mine, "baseRevision", 0))
                .put(base(course) + "/draft/files/" + LESSON).then().statusCode(200).extract().path("revision");
        assertEquals(false, lessonTitle(content, course).equals("Edited by Cora"), "a saved draft is not served");
        given().get("/api/courses/" + course).then().statusCode(200).body("modules[0].items.title", not(hasItem("Edited by Cora")));

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("text", theirs, "baseRevision", 0))
                .put(base(course) + "/draft/files/" + LESSON).then().statusCode(409).contentType(PROBLEM)
                .body("theirs", equalTo(mine)).body("yours", equalTo(theirs)).body("currentRevision", equalTo(revision))
                .body("changedBy", equalTo("Cora Conflict"));
        given().auth().oauth2(author.token()).get(base(course) + "/draft/files/" + LESSON).then().body("text", equalTo(mine));

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("text", theirs, "baseRevision", revision))
                .put(base(course) + "/draft/files/" + LESSON).then().statusCode(200).body("revision", equalTo(revision + 1));
        given().auth().oauth2(author.token()).contentType(ContentType.JSON).body(Map.of("message", "Retitle the first lesson"))
                .post(base(course) + "/versions").then().statusCode(201).body("number", equalTo(2)).body("author", equalTo("Cora Conflict"));
        given().get("/api/courses/" + course).then().statusCode(200).body("modules[0].items.title", hasItem("Edited by Ada"));
    }

    @Test
    void findingsNameLineAndColumnAndADraftWithErrorsIsNotPublished() {
        String admin = TestUsers.create("Ada", "Errors-admin", Roles.ADMIN).token();
        String course = AuthoringFixture.publishedCopyOfSample(admin);
        String original = given().auth().oauth2(admin).get(base(course) + "/draft/files/" + LESSON).then().extract().path("text");
        String broken = original.replaceFirst("title:", "titel:");

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("path", LESSON, "text", broken))
                .post(base(course) + "/draft/checks").then().statusCode(200)
                .body("findings[0].line", equalTo(2)).body("findings[0].column", equalTo(1))
                .body("findings[0].message", containsString("did you mean 'title'?")).body("findingsElsewhere", equalTo(0));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("path", LESSON, "text", original))
                .post(base(course) + "/draft/checks").then().statusCode(200).body("findings.size()", equalTo(0))
                .body("previewHtml", containsString("<article class=\"lesson\">"));

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("text", broken, "baseRevision", 0))
                .put(base(course) + "/draft/files/" + LESSON).then().statusCode(200).body("findings[0].line", equalTo(2));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("message", "Broken"))
                .post(base(course) + "/versions").then().statusCode(422).contentType(PROBLEM)
                .body("errors", hasKey(LESSON + ":2:1"));
        given().auth().oauth2(admin).get(base(course) + "/versions").then().statusCode(200).body("size()", equalTo(1));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("message", " "))
                .post(base(course) + "/versions").then().statusCode(400).body("errors.message", containsString("what this version"));
    }

    @Test
    void aScenarioWithErrorsStillShowsItsMapWithTheUnreachableNodeMarkedAndLinkedToItsLine() {
        String admin = TestUsers.create("Ada", "Map-admin", Roles.ADMIN).token();
        String course = AuthoringFixture.publishedCopyOfSample(admin);
        String scenario = AuthoringFixture.SAMPLE_SCENARIO;
        String original = given().auth().oauth2(admin).get(base(course) + "/draft/files/" + scenario).then().extract().path("text");
        String withStray = original.stripTrailing() + "\n\n## Nobody comes here {#stray}\n\nNo choice leads here.\n\n"
                + "- [Go on](#nowhere) {score=0 step=approach}\n";
        int strayLine = original.stripTrailing().split("\n", -1).length + 2;

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("path", scenario, "text", original))
                .post(base(course) + "/draft/checks").then().statusCode(200).body("findings.size()", equalTo(0))
                .body("previewHtml", containsString("<h4>Scenario map</h4>"))
                .body("previewHtml", containsString("<a href=\"#text\" data-line="));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("path", scenario, "text", withStray))
                .post(base(course) + "/draft/checks").then().statusCode(200)
                .body("findings.message", hasItem(containsString("#nowhere")))
                .body("previewHtml", containsString("<h3>Scenario map</h3>"))
                .body("previewHtml", containsString("cannot be previewed as trainees will see it"))
                .body("previewHtml", containsString("unreachable \u00b7 dead end \u00b7 #stray"))
                .body("previewHtml", containsString("missing #nowhere"))
                .body("previewHtml", containsString("data-line=\"" + strayLine + "\" data-column=\"1\" aria-label=\"Go to line "
                        + strayLine + ": Nobody comes here"));
    }

    @Test
    void anEarlierVersionCanBePublishedAgainAndTheHistoryShowsWhatChanged() {
        String admin = TestUsers.create("Ada", "Rollback-admin", Roles.ADMIN).token();
        String course = AuthoringFixture.publishedCopyOfSample(admin);
        String original = given().auth().oauth2(admin).get(base(course) + "/draft/files/" + LESSON).then().extract().path("text");
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("text", original.replaceFirst("title: .*", "title: Second thoughts"), "baseRevision", 0))
                .put(base(course) + "/draft/files/" + LESSON).then().statusCode(200);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("message", "Second thoughts"))
                .post(base(course) + "/versions").then().statusCode(201);
        await().atMost(Duration.ofSeconds(5)).until(() -> lessonTitle(content, course).equals("Second thoughts"));

        given().auth().oauth2(admin).get(base(course) + "/versions/2/changes").then().statusCode(200)
                .body("[0].path", equalTo(LESSON)).body("[0].kind", equalTo("changed"))
                .body("[0].rows[0].newLine", containsString("Second thoughts"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("message", ""))
                .post(base(course) + "/versions/1/rollback").then().statusCode(201).body("number", equalTo(3))
                .body("source", equalTo("ROLLBACK")).body("message", equalTo("Rolled back to version 1."));
        await().atMost(Duration.ofSeconds(5)).until(() -> !lessonTitle(content, course).equals("Second thoughts"));
        given().auth().oauth2(admin).get(base(course) + "/versions").then().body("number", org.hamcrest.Matchers.contains(3, 2, 1));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("message", "")).post(base(course) + "/versions/9/rollback")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aVersionExportsAsAZipAndImportsAsADraftByteForByte() {
        String admin = TestUsers.create("Ada", "Zip-admin", Roles.ADMIN).token();
        String course = AuthoringFixture.publishedCopyOfSample(admin);
        byte[] zip = given().auth().oauth2(admin).get(base(course) + "/versions/1/archive").then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();
        CourseFiles exported = CourseArchive.read(zip);
        CourseFiles sample = AuthoringFixture.sampleFiles();
        assertEquals(sample.files().keySet(), exported.files().keySet());
        sample.files().forEach((path, bytes) -> assertArrayEquals(bytes, exported.files().get(path), path));

        given().auth().oauth2(admin).contentType("application/zip").body(zip).post(base(course) + "/draft/archive").then().statusCode(200)
                .body("started", equalTo(true));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("message", "Re-imported"))
                .post(base(course) + "/versions").then().statusCode(201).body("number", equalTo(2));
        byte[] again = given().auth().oauth2(admin).get(base(course) + "/versions/2/archive").then().statusCode(200).extract().asByteArray();
        assertArrayEquals(zip, again);
    }

    @Test
    void anImportedZipIsBoundedAndItsPathsChecked() throws IOException {
        String admin = TestUsers.create("Ada", "Bomb-admin", Roles.ADMIN).token();
        String course = AuthoringFixture.publishedCopyOfSample(admin);
        byte[] bomb = zip(Map.of("course.md", new byte[(int) CourseArchive.MAX_ENTRY_BYTES + 1]));
        given().auth().oauth2(admin).contentType("application/zip").body(bomb).post(base(course) + "/draft/archive").then()
                .statusCode(400).contentType(PROBLEM).body("errors.archive", containsString("more than 5 MB"));
        given().auth().oauth2(admin).contentType("application/zip").body(zip(Map.of("../../etc/passwd", "x".getBytes(StandardCharsets.UTF_8))))
                .post(base(course) + "/draft/archive").then().statusCode(400).body("errors.archive", containsString("not a valid path"));
        given().auth().oauth2(admin).contentType("application/zip").body("not a zip".getBytes(StandardCharsets.UTF_8))
                .post(base(course) + "/draft/archive").then().statusCode(400).body("errors.archive", containsString("ZIP"));
        given().auth().oauth2(admin).get(base(course) + "/draft").then().body("files.size()", equalTo(AuthoringFixture.sampleFiles().size()))
                .body("files.path", hasItem(LESSON));
    }

    @Test
    void anAuthorsErasureRemovesTheirAuthorshipAndTheirNameFromVersions() {
        String admin = TestUsers.create("Ada", "Erasure-admin", Roles.ADMIN).token();
        TestUsers.TestUser author = TestUsers.create("Edna", "Erased", Roles.INSTRUCTOR);
        String course = AuthoringFixture.publishedCopyOfSample(admin);
        AuthoringFixture.nameAuthor(admin, course, author);
        given().auth().oauth2(author.token()).contentType(ContentType.JSON).body(Map.of("message", "Edna Erased republished it"))
                .post(base(course) + "/versions").then().statusCode(201);
        given().auth().oauth2(author.token()).get("/api/me/data").then().statusCode(200)
                .body("authoring.authorOf.courseId", hasItem(course)).body("authoring.versionsPublished.courseId", hasItem(course));

        given().auth().oauth2(author.token()).contentType(ContentType.JSON).body(Map.of("confirm", true))
                .post("/api/me/erasure").then().statusCode(200);
        given().auth().oauth2(admin).get("/api/authoring/courses/" + course + "/authors").then().statusCode(200)
                .body("size()", equalTo(0));
        given().auth().oauth2(admin).get(base(course) + "/versions").then().statusCode(200)
                .body("author", not(hasItem("Edna Erased"))).body("message", not(hasItem(containsString("Edna Erased"))));
    }

    @Test
    void aikenQuestionsCanBecomeAQuestionBankThatAChecksPoolDrawsFrom() {
        String admin = TestUsers.create("Ada", "Bank-import-admin", Roles.ADMIN).token();
        String course = AuthoringFixture.publishedCopyOfSample(admin);
        String aiken = "What comes first in the action plan?\nA. Give advice\nB. Approach and assess\nANSWER: B\n";
        String bank = "banks/imported.bank.md";
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("target", "bank", "path", bank, "format", "AIKEN", "title", "Imported bank", "text", aiken))
                .post(base(course) + "/draft/question-imports").then().statusCode(201)
                .body("path", equalTo(bank)).body("questions", equalTo(1));
        given().auth().oauth2(admin).get(base(course) + "/draft/files/" + bank).then().statusCode(200)
                .body("text", containsString("title: \"Imported bank\"")).body("text", containsString("What comes first in the action plan?"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("path", "01-awareness-and-stigma/09-from-bank.quiz.md",
                        "text", "---\ntitle: From the bank\nrequired: false\nbanks: [imported]\n---\nQuestions from the bank.\n"))
                .post(base(course) + "/draft/files").then().statusCode(201);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("message", "Add an imported bank"))
                .post(base(course) + "/versions").then().statusCode(201);

        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("target", "bank", "path", "01-awareness-and-stigma/10-bank.quiz.md", "format", "AIKEN", "title", "x",
                        "text", aiken))
                .post(base(course) + "/draft/question-imports").then().statusCode(400)
                .body("errors.path", containsString("banks/<bank-id>.bank.md"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("target", "pool", "path", bank, "format", "AIKEN", "title", "x", "text", aiken))
                .post(base(course) + "/draft/question-imports").then().statusCode(400).body("errors", hasKey("target"));
    }

    @Test
    void giftQuestionsBecomeAKnowledgeCheckAndACheckGoesBackAsGift() {
        String admin = TestUsers.create("Ada", "Gift-admin", Roles.ADMIN).token();
        String course = AuthoringFixture.publishedCopyOfSample(admin);
        String gift = "::First step:: What comes first? {=Approach and assess ~Give advice}\n\n"
                + "::Essay:: Describe a supportive conversation. {}\n";
        String path = "01-awareness-and-stigma/09-imported.quiz.md";
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("path", path, "format", "GIFT", "title", "Imported check", "text", gift))
                .post(base(course) + "/draft/question-imports").then().statusCode(201)
                .body("questions", equalTo(1)).body("findings[0]", containsString("3:"));
        given().auth().oauth2(admin).get(base(course) + "/draft/files/" + path).then().statusCode(200)
                .body("text", containsString("title: \"Imported check\"")).body("text", containsString("What comes first?"));
        given().auth().oauth2(admin).get(base(course) + "/draft/gift/" + path).then().statusCode(200)
                .body(containsString("What comes first?")).body(containsString("=Approach and assess"));
        given().auth().oauth2(admin).get(base(course) + "/draft/gift/" + LESSON).then().statusCode(404);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("path", "01-awareness-and-stigma/10-nothing.quiz.md", "format", "GIFT", "title", "Nothing",
                        "text", "::Essay:: Describe it. {}\n"))
                .post(base(course) + "/draft/question-imports").then().statusCode(400).body("errors.text", containsString("No question"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("path", "01-awareness-and-stigma/10-nothing.md", "format", "CSV", "title", "x", "text", "y"))
                .post(base(course) + "/draft/question-imports").then().statusCode(400)
                .body("errors", hasKey("path")).body("errors", hasKey("format"));
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
