package org.mhfa.authoring;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mhfa.platform.Roles;
import org.mhfa.catalogue.Quiz;
import org.mhfa.catalogue.Scenario;
import org.mhfa.testing.AuthoringFixture;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.PageSession;
import org.mhfa.testing.PlatformTestResource;
import org.mhfa.testing.QuizForms;
import org.mhfa.testing.TestUsers;

/** The editor in the browser without JavaScript: findings beside the text, a conflict with both texts, publishing refused with links, a ZIP imported. */
@QuarkusTest
class AuthoringPagesTest {

    @jakarta.inject.Inject
    org.mhfa.catalogue.ContentRepository content;

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager entityManager;

    private static final String LESSON = AuthoringFixture.SAMPLE_LESSON;

    @Test
    void anAuthorEditsChecksAndPublishesWithPlainForms() {
        TestUsers.TestUser admin = TestUsers.create("Ada", "Pages-admin", Roles.ADMIN);
        TestUsers.TestUser author = TestUsers.create("Paula", "Pages", Roles.INSTRUCTOR);
        String course = AuthoringFixture.publishedCopyOfSample(admin.token());
        AuthoringFixture.nameAuthor(admin.token(), course, author);
        PageSession pages = PageSession.signIn(author);
        String coursePage = "/instructor/authoring/" + course;
        String editor = coursePage + "/files/" + LESSON;

        Document list = Jsoup.parse(pages.get("/instructor/authoring").body());
        assertTrue(list.select("a[href=" + coursePage + "]").size() == 1, list.text());

        Document opened = Jsoup.parse(pages.get(editor).body());
        String original = opened.selectFirst("textarea#text").text();
        String broken = original.replaceFirst("title:", "titel:");

        HttpResponse<String> checked = pages.submit(editor, coursePage + "/checks", Map.of("text", broken));
        Document checkedPage = Jsoup.parse(checked.body());
        assertEquals(200, checked.statusCode());
        assertTrue(checkedPage.selectFirst("#findings a[data-line=2]") != null, checkedPage.select("#findings").text());
        assertTrue(checkedPage.select("#findings").text().contains("did you mean 'title'?"), checkedPage.select("#findings").text());
        assertTrue(checkedPage.text().contains("Checked, not saved"));

        HttpResponse<String> saved = pages.submit(editor, editor, Map.of("text", broken));
        assertEquals(200, saved.statusCode());
        assertTrue(saved.uri().toString().endsWith("?notice=saved"), saved.uri().toString());
        assertTrue(Jsoup.parse(saved.body()).select("#findings").text().contains("2:1"));

        HttpResponse<String> refused = pages.submit(coursePage, coursePage + "/versions", Map.of("message", "Broken on purpose"));
        assertEquals(422, refused.statusCode());
        Document refusedPage = Jsoup.parse(refused.body());
        assertTrue(refusedPage.selectFirst("a[href=" + editor + "#line-2]") != null, refusedPage.text());

        pages.submit(editor, editor, Map.of("text", original.replaceFirst("title: .*", "title: Fixed in the browser")));
        HttpResponse<String> published = pages.submit(coursePage, coursePage + "/versions", Map.of("message", "A better title"));
        assertEquals(200, published.statusCode());
        assertTrue(published.body().contains("Published: trainees now get the new version."), published.body());
        given().get("/api/courses/" + course).then().statusCode(200)
                .body("modules[0].items.title", org.hamcrest.Matchers.hasItem("Fixed in the browser"));
        Document history = Jsoup.parse(pages.get(coursePage + "/versions/2").body());
        assertTrue(history.select("td.diff-new").text().contains("Fixed in the browser"), history.text());
    }

    @Test
    void questionBanksAreListedApartAddedAndImportedIntoOnTheCoursePage() {
        TestUsers.TestUser admin = TestUsers.create("Ada", "Banks-admin", Roles.ADMIN);
        String course = AuthoringFixture.publishedCopyOfSample(admin.token());
        PageSession pages = PageSession.signIn(admin);
        String coursePage = "/instructor/authoring/" + course;

        HttpResponse<String> added = pages.submit(coursePage, coursePage + "/files", Map.of("path", "banks/signs.bank.md"));
        assertEquals(200, added.statusCode());
        assertTrue(Jsoup.parse(added.body()).selectFirst("textarea#text").text().contains("title: New question bank"));
        HttpResponse<String> imported = pages.submit(coursePage, coursePage + "/question-imports", Map.of("target", "bank",
                "path", "banks/imported.bank.md", "format", "AIKEN", "title", "Imported bank",
                "questions", "What comes first?\nA. Give advice\nB. Approach and assess\nANSWER: B\n"));
        assertEquals(200, imported.statusCode());
        assertTrue(Jsoup.parse(imported.body()).selectFirst("textarea#text").text().contains("What comes first?"));

        Document page = Jsoup.parse(pages.get(coursePage).body());
        List<String> banks = page.select("ul[aria-labelledby=banks-heading] code").eachText();
        assertEquals(List.of("banks/imported.bank.md", "banks/signs.bank.md"), banks);
        assertTrue(page.select("ul.file-list:not([aria-labelledby]) code").eachText().stream().noneMatch(path -> path.startsWith("banks/")));
        assertTrue(page.text().contains("no knowledge check draws from the question bank 'signs'"), page.text());
    }

    @Test
    void aSecondAuthorsSaveShowsBothVersionsAndOverwritesNothing() {
        TestUsers.TestUser admin = TestUsers.create("Ada", "Clash-admin", Roles.ADMIN);
        TestUsers.TestUser author = TestUsers.create("Carl", "Clash", Roles.INSTRUCTOR);
        String course = AuthoringFixture.publishedCopyOfSample(admin.token());
        AuthoringFixture.nameAuthor(admin.token(), course, author);
        String editor = "/instructor/authoring/" + course + "/files/" + LESSON;
        PageSession first = PageSession.signIn(author);
        PageSession second = PageSession.signIn(admin);
        Document openedBySecond = Jsoup.parse(second.get(editor).body());
        String original = openedBySecond.selectFirst("textarea#text").text();

        first.submit(editor, editor, Map.of("text", original.replace("title:", "title: Carl's").replaceFirst("title: Carl's ", "title: Carl's ")));
        String mine = original + "\nAda's addition.\n";
        String body = "csrf-token=" + enc(openedBySecond.selectFirst("input[name=csrf-token]").attr("value"))
                + "&baseRevision=" + openedBySecond.selectFirst("input[name=baseRevision]").attr("value")
                + "&path=" + enc(LESSON) + "&text=" + enc(mine);
        HttpResponse<String> conflict = second.firstAnswer("POST", editor, Map.of("Content-Type", "application/x-www-form-urlencoded"), body);
        assertEquals(409, conflict.statusCode());
        Document page = Jsoup.parse(conflict.body());
        assertTrue(page.selectFirst("textarea#text").text().contains("Ada's addition."), page.text());
        assertTrue(page.selectFirst("pre.code-editor").text().contains("Carl's"), page.text());
        assertFalse(Jsoup.parse(first.get(editor).body()).selectFirst("textarea#text").text().contains("Ada's addition."));
    }

    @Test
    void aZipImportedOnThePageBecomesTheDraft() {
        TestUsers.TestUser admin = TestUsers.create("Ada", "Zip-page-admin", Roles.ADMIN);
        String course = AuthoringFixture.publishedCopyOfSample(admin.token());
        PageSession pages = PageSession.signIn(admin);
        String coursePage = "/instructor/authoring/" + course;
        Document page = Jsoup.parse(pages.get(coursePage).body());
        String token = page.selectFirst("form[action=" + coursePage + "/archive] input[name=csrf-token]").attr("value");
        byte[] zip = CourseArchive.write(course, AuthoringFixture.sampleFiles());
        String boundary = "pages-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + token + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"archive\"; filename=\"course.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(zip);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = pages.postRaw(coursePage + "/archive", "multipart/form-data; boundary=" + boundary, body.toByteArray());
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("The ZIP is now the draft"), answer.body());
    }

    @Test
    void aScenarioOfTheDraftIsPlayTestedToAnEndingWithoutRecordingAnything() {
        TestUsers.TestUser admin = TestUsers.create("Ada", "Playtest-admin", Roles.ADMIN);
        String course = AuthoringFixture.publishedCopyOfSample(admin.token());
        Scenario scenario = Journeys.firstScenario(content.course(course).orElseThrow());
        PageSession pages = PageSession.signIn(admin);
        long runsBefore = runs();
        String page = "/instructor/authoring/" + course + "/playtest/" + AuthoringFixture.SAMPLE_SCENARIO;
        Document step = Jsoup.parse(pages.get(page).body());
        assertTrue(step.text().contains("Nothing is recorded"), step.text());
        for (int choice : Journeys.passingPath(scenario)) {
            String next = step.select("ol.choices li a").get(choice).attr("href");
            step = Jsoup.parse(pages.get(next).body());
        }
        assertTrue(step.text().contains("An ending: good"), step.text());
        assertTrue(step.text().contains("): passed."), step.text());
        assertEquals(runsBefore, runs());
        assertEquals(200, pages.get(page + "?at=no-such-node&choice=7&score=99").statusCode());
    }

    @Test
    void aKnowledgeCheckOfTheDraftIsPlayTestedAndGradedWithoutRecordingAnAttempt() {
        TestUsers.TestUser admin = TestUsers.create("Ada", "Check-playtest-admin", Roles.ADMIN);
        TestUsers.TestUser stranger = TestUsers.create("Sam", "Check-playtest-stranger", Roles.INSTRUCTOR);
        String course = AuthoringFixture.publishedCopyOfSample(admin.token());
        Quiz quiz = Journeys.firstQuiz(content.course(course).orElseThrow());
        PageSession pages = PageSession.signIn(admin);
        String page = "/instructor/authoring/" + course + "/check-playtest/" + AuthoringFixture.SAMPLE_QUIZ;
        long attemptsBefore = PlatformTestResource.count("select count(*) from quiz_attempt");

        Document sheet = Jsoup.parse(pages.get(page).body());
        assertTrue(sheet.text().contains("Nothing is recorded"), sheet.text());
        int shown = sheet.select("fieldset.question").size();
        assertEquals(quiz.draw() == null ? quiz.questions().size() : quiz.draw(), shown, "as many questions as an attempt draws");
        List<Map.Entry<String, String>> hidden = sheet.select("form[action=" + page + "] input[type=hidden]").stream()
                .map(input -> Map.entry(input.attr("name"), input.attr("value"))).toList();
        List<Map.Entry<String, String>> right = QuizForms.rightAnswers(quiz, sheet);

        String firstQuestion = right.get(0).getKey().split("\\.")[0];
        List<Map.Entry<String, String>> allButTheFirst = right.stream()
                .filter(field -> !field.getKey().split("\\.")[0].equals(firstQuestion)).toList();
        HttpResponse<String> incomplete = pages.post(page, "application/x-www-form-urlencoded", formBody(hidden, allButTheFirst), Map.of());
        assertEquals(400, incomplete.statusCode(), "a question left out comes back beside its message");
        assertTrue(Jsoup.parse(incomplete.body()).select("#error-summary a[href='#question-" + firstQuestion + "']").size() == 1,
                incomplete.body());

        HttpResponse<String> graded = pages.post(page, "application/x-www-form-urlencoded", formBody(hidden, right), Map.of());
        assertEquals(200, graded.statusCode(), graded.body());
        Document result = Jsoup.parse(graded.body());
        assertTrue(result.text().contains("Passed: 100%"), result.text());
        assertEquals(shown, result.select("section.card").size(), "every question reviewed");
        assertEquals(attemptsBefore, PlatformTestResource.count("select count(*) from quiz_attempt"), "no attempt recorded");

        PageSession strangers = PageSession.signIn(stranger);
        assertEquals(403, strangers.get(page).statusCode(), "an instructor who is not the course's author is refused");
        assertEquals(403, strangers.post(page, "application/x-www-form-urlencoded", formBody(hidden, right), Map.of()).statusCode());
    }

    @Test
    void theSafeWritingRulesAreOnOnePageWithTheCrisisLinesContentMayName() {
        PageSession pages = PageSession.signIn(TestUsers.create("Ines", "Rules-reader", Roles.INSTRUCTOR));
        Document rules = Jsoup.parse(pages.get("/instructor/writing-rules").body());
        for (var rule : org.mhfa.catalogue.SafeWritingRules.all()) {
            assertTrue(rules.getElementById("rule-" + rule.id()).text().contains(rule.fix()), rule.id());
        }
        assertTrue(rules.select("main li").text().contains("116 123"), rules.text());
        assertTrue(rules.text().contains("because:"), "how a course switches a rule off");
    }

    private static String formBody(List<Map.Entry<String, String>> hidden, List<Map.Entry<String, String>> answers) {
        return java.util.stream.Stream.concat(hidden.stream(), answers.stream())
                .map(entry -> enc(entry.getKey()) + "=" + enc(entry.getValue())).collect(java.util.stream.Collectors.joining("&"));
    }

    private long runs() {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                entityManager.createQuery("select count(r) from ScenarioRun r", Long.class).getSingleResult());
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
