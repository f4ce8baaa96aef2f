package org.mhfa.authoring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.CourseFiles;
import org.mhfa.platform.Roles;
import org.mhfa.testing.AuthoringFixture;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.PageSession;
import org.mhfa.testing.TestUsers;

/** Images in a course: added by its authors, previewed by them alone, served for good at their hash once published. */
@QuarkusTest
class CourseImagesTest {

    private static final String LESSON = AuthoringFixture.SAMPLE_LESSON;
    private static final String LESSON_ID = "what-is-a-mental-health-crisis";
    private static final String PROBLEM = "application/problem+json";
    private static final String SVG = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 40 20'><title>Steps</title>"
            + "<rect width='40' height='20' fill='#def'/></svg>";
    private static final String EVIL_SVG = "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'><script>alert(2)</script></svg>";

    @Inject
    ContentRepository content;

    private static String base(String course) {
        return "/api/authoring/courses/" + course;
    }

    private static byte[] png(int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Submits the course page's "Add an image" form as a browser would, with the form's CSRF token. */
    private static HttpResponse<String> addOnPage(PageSession pages, String course, String fileName, String name, byte[] bytes) {
        String coursePage = "/instructor/authoring/" + course;
        Document page = Jsoup.parse(pages.get(coursePage).body());
        String token = page.selectFirst("form[action=" + coursePage + "/images] input[name=csrf-token]").attr("value");
        String boundary = "images-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + token + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n" + name + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return pages.postRaw(coursePage + "/images", "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    @Test
    void anImageAddedOnThePageIsPreviewedByAuthorsAloneAndServedForGoodOncePublished() {
        String admin = TestUsers.create("Ada", "Images-admin", Roles.ADMIN).token();
        TestUsers.TestUser author = TestUsers.create("Ivo", "Imager", Roles.INSTRUCTOR);
        TestUsers.TestUser stranger = TestUsers.create("Sid", "Stranger-images", Roles.INSTRUCTOR);
        TestUsers.TestUser trainee = TestUsers.create("Tia", "Trainee-images");
        String course = AuthoringFixture.publishedCopyOfSample(admin);
        AuthoringFixture.nameAuthor(admin, course, author);
        byte[] png = png(64, 48);
        String url = "/courses/" + course + "/assets/" + CourseFiles.sha256(png) + ".png";

        PageSession authorPages = PageSession.signIn(author);
        HttpResponse<String> added = addOnPage(authorPages, course, "IMG_0042.png", "bus-stop.png", png);
        assertEquals(200, added.statusCode(), added.body());
        assertTrue(added.body().contains("Image added"), added.body());
        given().auth().oauth2(author.token()).get(base(course) + "/draft").then().statusCode(200)
                .body("files.path", hasItem("assets/bus-stop.png")).body("files.imageUrl", hasItem(url));

        String lesson = given().auth().oauth2(author.token()).get(base(course) + "/draft/files/" + LESSON).then().extract().path("text");
        String withImage = lesson + "\n![A quiet bus stop at night](bus-stop.png)\n";
        given().auth().oauth2(author.token()).contentType(ContentType.JSON).body(Map.of("text", withImage, "baseRevision", 0))
                .put(base(course) + "/draft/files/" + LESSON).then().statusCode(200).body("findings.size()", equalTo(0));
        given().auth().oauth2(author.token()).contentType(ContentType.JSON).body(Map.of("path", LESSON, "text", withImage))
                .post(base(course) + "/draft/checks").then().statusCode(200).body("previewHtml", containsString(
                        "<img src=\"" + url + "\" alt=\"A quiet bus stop at night\" width=\"64\" height=\"48\" loading=\"lazy\" />"));

        HttpResponse<String> preview = authorPages.get(url);
        assertEquals(200, preview.statusCode());
        assertEquals("image/png", preview.headers().firstValue("Content-Type").orElse(""));
        assertEquals("private, max-age=31536000, immutable", preview.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(404, PageSession.signIn(stranger).get(url).statusCode(), "an instructor who does not author the course");
        assertEquals(404, PageSession.signIn(trainee).get(url).statusCode(), "a trainee");
        given().get(url).then().statusCode(404).contentType(PROBLEM);

        given().auth().oauth2(author.token()).contentType(ContentType.JSON).body(Map.of("message", "A picture of the bus stop"))
                .post(base(course) + "/versions").then().statusCode(201);

        Journeys.enrol(trainee.token(), content.course(course).orElseThrow());
        String lessonPage = PageSession.signIn(trainee).get("/courses/" + course + "/lessons/" + LESSON_ID).body();
        assertTrue(lessonPage.contains("<img src=\"" + url + "\" alt=\"A quiet bus stop at night\" width=\"64\" height=\"48\" loading=\"lazy\""),
                lessonPage);
        Response served = given().get(url);
        served.then().statusCode(200).contentType("image/png").header("Cache-Control", "public, max-age=31536000, immutable")
                .header("X-Content-Type-Options", "nosniff");
        assertArrayEquals(png, served.asByteArray());
        given().header("If-None-Match", served.header("ETag")).get(url).then().statusCode(304);
    }

    @Test
    void anSvgIsServedUnderAPolicyThatRunsNothingAndUnknownImagesAreNotFound() {
        String admin = TestUsers.create("Ada", "Svg-admin", Roles.ADMIN).token();
        String course = AuthoringFixture.publishedCopyOfSample(admin);
        byte[] svg = SVG.getBytes(StandardCharsets.UTF_8);
        String url = given().auth().oauth2(admin).contentType("image/svg+xml").body(svg).put(base(course) + "/draft/assets/steps.svg")
                .then().statusCode(201).body("path", equalTo("assets/steps.svg")).body("markdown", containsString("](steps.svg)"))
                .body("width", equalTo(40)).extract().path("url");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("message", "Steps"))
                .post(base(course) + "/versions").then().statusCode(201);

        given().get(url).then().statusCode(200).contentType("image/svg+xml")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        String unknown = "/courses/" + course + "/assets/" + "0".repeat(64) + ".png";
        given().get(unknown).then().statusCode(404).contentType(PROBLEM);
        given().get(url.replace(".svg", ".png")).then().statusCode(404);
        given().get("/courses/" + course + "/assets/steps.svg").then().statusCode(404);
        given().get(url.replace(course, "community-crisis-support")).then().statusCode(404);

        byte[] zip = given().auth().oauth2(admin).get(base(course) + "/versions/2/archive").then().statusCode(200).extract().asByteArray();
        CourseFiles exported = CourseArchive.read(zip);
        assertArrayEquals(svg, exported.bytes("assets/steps.svg"), "the ZIP carries the course's images");
        java.util.Map<String, byte[]> withEvil = new java.util.TreeMap<>(exported.files());
        withEvil.put("assets/evil.svg", EVIL_SVG.getBytes(StandardCharsets.UTF_8));
        given().auth().oauth2(admin).contentType("application/zip").body(CourseArchive.write(course, CourseFiles.of(withEvil)))
                .post(base(course) + "/draft/archive").then().statusCode(400).contentType(PROBLEM)
                .body("errors.archive", containsString("'assets/evil.svg' has an event handler"));
        given().auth().oauth2(admin).contentType("application/zip").body(zip).post(base(course) + "/draft/archive").then().statusCode(200)
                .body("files.path", hasItem("assets/steps.svg"));
    }

    @Test
    void onlyTheCoursesAuthorsMayAddImagesAndUnfitImagesAreRefusedWithTheReason() {
        String admin = TestUsers.create("Ada", "Refusal-admin", Roles.ADMIN).token();
        TestUsers.TestUser author = TestUsers.create("Ria", "Refused", Roles.INSTRUCTOR);
        TestUsers.TestUser stranger = TestUsers.create("Stu", "Stranger-upload", Roles.INSTRUCTOR);
        String trainee = TestUsers.create("Tom", "Trainee-upload").token();
        String course = AuthoringFixture.publishedCopyOfSample(admin);
        AuthoringFixture.nameAuthor(admin, course, author);
        byte[] png = png(8, 8);

        given().auth().oauth2(stranger.token()).contentType("image/png").body(png).put(base(course) + "/draft/assets/a.png")
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(trainee).contentType("image/png").body(png).put(base(course) + "/draft/assets/a.png").then().statusCode(403);
        given().contentType("image/png").body(png).put(base(course) + "/draft/assets/a.png").then().statusCode(401);
        HttpResponse<String> authorsUpload = addOnPage(PageSession.signIn(author), course, "a.png", "a.png", png);
        assertEquals(200, authorsUpload.statusCode(), "the author's own upload works");
        given().auth().oauth2(stranger.token()).delete(base(course) + "/draft/assets/a.png").then().statusCode(403);
        PageSession strangerPages = PageSession.signIn(stranger);
        String boundary = "stranger-boundary";
        byte[] form = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + strangerPages.csrfToken()
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"b.png\"\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] strangerForm = Arrays.copyOf(form, form.length + png.length + boundary.length() + 8);
        System.arraycopy(png, 0, strangerForm, form.length, png.length);
        System.arraycopy(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1), 0, strangerForm, form.length + png.length,
                boundary.length() + 8);
        assertEquals(403, strangerPages.postRaw("/instructor/authoring/" + course + "/images", "multipart/form-data; boundary=" + boundary,
                strangerForm).statusCode(), "an instructor who does not author the course, on the page");

        given().auth().oauth2(author.token()).contentType("image/jpeg").body(png).put(base(course) + "/draft/assets/photo.jpg")
                .then().statusCode(400).contentType(PROBLEM).body("errors.image", containsString("holds a PNG image, not a JPEG one"));
        given().auth().oauth2(author.token()).contentType("image/png").body(Arrays.copyOf(png, png.length - 4))
                .put(base(course) + "/draft/assets/cut.png").then().statusCode(400).body("errors.image", containsString("cut short"));
        given().auth().oauth2(author.token()).contentType("image/png").body(Arrays.copyOf(png, 1024 * 1024 + 1))
                .put(base(course) + "/draft/assets/big.png").then().statusCode(400).body("errors.image", containsString("at most 1 MB"));
        given().auth().oauth2(author.token()).contentType("image/svg+xml").body(EVIL_SVG.getBytes(StandardCharsets.UTF_8))
                .put(base(course) + "/draft/assets/evil.svg").then().statusCode(400).body("errors.image", containsString("event handler"));
        given().auth().oauth2(author.token()).contentType("image/png").body(png).put(base(course) + "/draft/assets/..%2Fcourse.png")
                .then().statusCode(400);
        given().auth().oauth2(author.token()).get(base(course) + "/draft").then()
                .body("files.path", not(hasItem("assets/photo.jpg"))).body("files.path", not(hasItem("assets/evil.svg")))
                .body("files.path", not(hasItem("assets/big.png"))).body("files.path", not(hasItem("assets/cut.png")))
                .body("files.path", not(hasItem("assets/b.png")));

        HttpResponse<String> refused = addOnPage(PageSession.signIn(author), course, "evil.svg", "", EVIL_SVG.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, refused.statusCode(), refused.body());
        Document page = Jsoup.parse(refused.body());
        assertTrue(page.selectFirst("#image-error").text().contains("'evil.svg' has an event handler"), refused.body());
        assertEquals("true", page.selectFirst("#image").attr("aria-invalid"));

        given().auth().oauth2(author.token()).delete(base(course) + "/draft/assets/a.png").then().statusCode(204);
        given().auth().oauth2(author.token()).get(base(course) + "/draft").then().body("files.path", not(hasItem("assets/a.png")));
    }
}
