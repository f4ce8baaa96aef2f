package org.mhfa.authoring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mhfa.platform.Roles;
import org.mhfa.testing.AuthoringFixture;
import org.mhfa.testing.PageSession;
import org.mhfa.testing.TestUsers;

/** Move up and Move down: a lesson swaps places with its neighbour from the course page's buttons and from the API. */
@QuarkusTest
class DraftReorderTest {

    private static final String MODULE = "01-awareness-and-stigma";
    private static final String LESSON = MODULE + "/01-what-is-a-mental-health-crisis.md";
    private static final String NEXT = MODULE + "/02-challenging-stigma.md";
    private static final String QUIZ = MODULE + "/03-awareness-check.quiz.md";

    @Test
    void anAuthorMovesALessonDownWithTheButtonAndTheApiAndAStrangerIsRefused() {
        TestUsers.TestUser admin = TestUsers.create("Ada", "Order-admin", Roles.ADMIN);
        TestUsers.TestUser author = TestUsers.create("Olga", "Order", Roles.INSTRUCTOR);
        TestUsers.TestUser stranger = TestUsers.create("Sid", "Stranger", Roles.INSTRUCTOR);
        String course = AuthoringFixture.publishedCopyOfSample(admin.token());
        AuthoringFixture.nameAuthor(admin.token(), course, author);
        String coursePage = "/instructor/authoring/" + course;
        String reorders = coursePage + "/reorders";
        String api = "/api/authoring/courses/" + course;
        Map<String, String> before = texts(author.token(), api);

        PageSession pages = PageSession.signIn(author);
        Document page = Jsoup.parse(pages.get(coursePage).body());
        Element down = buttonOf(page, reorders, LESSON, "down");
        assertEquals("Move down " + LESSON, down.text());
        assertEquals(LESSON, down.selectFirst(".visually-hidden").text());
        assertEquals("Move up module " + MODULE, buttonOf(page, reorders, MODULE, "up").text());

        HttpResponse<String> moved = pages.submit(coursePage, reorders, Map.of("path", LESSON, "direction", "down"));
        assertEquals(200, moved.statusCode());
        assertTrue(moved.uri().toString().endsWith("?notice=moved"), moved.uri().toString());
        Map<String, String> afterPage = texts(author.token(), api);
        assertEquals(before.size(), afterPage.size(), "two files renamed, none added or lost: " + afterPage.keySet());
        assertEquals(before.get(QUIZ), afterPage.get(QUIZ), "the quiz stays where it was");
        assertEquals(before.get(LESSON), afterPage.get(MODULE + "/02-what-is-a-mental-health-crisis.md"));
        assertEquals(before.get(NEXT), afterPage.get(MODULE + "/01-challenging-stigma.md"));

        given().auth().oauth2(author.token()).contentType(ContentType.JSON)
                .body(Map.of("path", MODULE + "/02-what-is-a-mental-health-crisis.md", "direction", "DOWN"))
                .post(api + "/draft/reorders").then().statusCode(204);
        Map<String, String> afterApi = texts(author.token(), api);
        assertEquals(before.get(LESSON), afterApi.get(MODULE + "/03-what-is-a-mental-health-crisis.md"));
        assertEquals(before.get(QUIZ), afterApi.get(MODULE + "/02-awareness-check.quiz.md"));
        assertEquals(before.get(NEXT), afterApi.get(MODULE + "/01-challenging-stigma.md"));
        given().auth().oauth2(author.token()).get(api + "/draft/files/" + MODULE + "/03-what-is-a-mental-health-crisis.md").then()
                .body("revision", org.hamcrest.Matchers.equalTo(3)).body("updatedBy", containsString("Olga"));

        HttpResponse<String> refused = pages.submit(coursePage, reorders, Map.of("path", MODULE, "direction", "up"));
        assertEquals(400, refused.statusCode());
        assertEquals("'" + MODULE + "' is already first.", Jsoup.parse(refused.body()).selectFirst("#reorder-error").text());
        given().auth().oauth2(author.token()).contentType(ContentType.JSON).body(Map.of("path", MODULE, "direction", "UP"))
                .post(api + "/draft/reorders").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("already first"));

        given().auth().oauth2(stranger.token()).contentType(ContentType.JSON).body(Map.of("path", NEXT, "direction", "UP"))
                .post(api + "/draft/reorders").then().statusCode(403);
        PageSession strangerPages = PageSession.signIn(stranger);
        HttpResponse<String> strangers = strangerPages.postForm(reorders,
                Map.of("csrf-token", strangerPages.csrfToken(), "path", MODULE + "/01-challenging-stigma.md", "direction", "down"));
        assertEquals(403, strangers.statusCode());
        assertEquals(afterApi, texts(author.token(), api), "a refusal changes nothing");
    }

    private static Element buttonOf(Document page, String action, String path, String direction) {
        return page.select("form[action=" + action + "]").stream()
                .filter(form -> path.equals(form.selectFirst("input[name=path]").val())).findFirst().orElseThrow()
                .selectFirst("button[name=direction][value=" + direction + "]");
    }

    /** The module's files by path, with their texts, as the draft has them. */
    private static Map<String, String> texts(String token, String api) {
        Map<String, String> texts = new TreeMap<>();
        given().auth().oauth2(token).get(api + "/draft").then().statusCode(200).extract().jsonPath().getList("files.path", String.class)
                .stream().filter(path -> path.startsWith(MODULE + "/")).forEach(path -> texts.put(path,
                        given().auth().oauth2(token).get(api + "/draft/files/" + path).then().statusCode(200).extract().path("text")));
        return texts;
    }
}
