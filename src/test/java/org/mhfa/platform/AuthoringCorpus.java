package org.mhfa.platform;

import static io.restassured.RestAssured.given;
import static java.util.Map.entry;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.mhfa.authoring.CourseArchive;
import org.mhfa.testing.TestImages;
import org.mhfa.testing.AuthoringFixture;
import org.mhfa.testing.PageSession;
import org.mhfa.testing.TestUsers;
import org.mhfa.testing.TestUsers.TestUser;

/** The authoring endpoints' corpus fixtures: an admin (who may edit every course) on a copy of the sample course. */
final class AuthoringCorpus {

    private static final String GIFT = "::Listening:: What helps most? {=Listening without judging ~Telling them to cheer up}\n";
    private static final String AIKEN = "What helps most?\nA. Listening without judging\nB. Telling them to cheer up\nANSWER: A\n";
    private static final String LESSON_TEXT = "---\ntitle: Corpus lesson\n---\nA lesson the corpus wrote.\n";

    private AuthoringCorpus() {
    }

    static void register(CorpusFixtures fixtures, TestUser admin) {
        Supplier<String> token = CorpusFixtures.fresh(admin::token);
        Supplier<PageSession> pages = CorpusFixtures.fresh(() -> PageSession.signIn(admin));
        Supplier<String> course = CorpusFixtures.fresh(() -> AuthoringFixture.publishedCopyOfSample(token.get()));
        String api = "/api/authoring/courses";
        String page = "/instructor/authoring";

        fixtures.put("POST " + api + " application/json", () -> json("POST", api, token,
                CorpusFixtures.body("id", "corpus-" + CorpusFixtures.unique(), "title", "Corpus course"), Set.of("id", "title")));
        fixtures.put("POST " + api + "/{course}/authors application/json", () -> json("POST", api + "/" + course.get() + "/authors", token,
                CorpusFixtures.body("email", knownInstructor()), Set.of("email")));
        fixtures.put("PUT " + api + "/{course}/draft/files/{path} application/json", () -> {
            String path = AuthoringFixture.newDraftFile(token.get(), course.get());
            return json("PUT", api + "/" + course.get() + "/draft/files/" + path, token,
                    CorpusFixtures.body("text", LESSON_TEXT, "baseRevision", 1), Set.of("text", "baseRevision"));
        });
        fixtures.put("POST " + api + "/{course}/draft/files application/json", () -> json("POST", api + "/" + course.get() + "/draft/files",
                token, CorpusFixtures.body("path", newPath(), "text", LESSON_TEXT), Set.of("path", "text")));
        fixtures.put("POST " + api + "/{course}/draft/moves application/json", () -> {
            String path = AuthoringFixture.newDraftFile(token.get(), course.get());
            return json("POST", api + "/" + course.get() + "/draft/moves", token, CorpusFixtures.body("from", path, "to", newPath()),
                    Set.of("from", "to"));
        });
        fixtures.put("POST " + api + "/{course}/draft/reorders application/json", () -> {
            String path = firstItemOfTheSecondModule(token.get(), api + "/" + course.get());
            return json("POST", api + "/" + course.get() + "/draft/reorders", token, CorpusFixtures.body("path", path, "direction", "DOWN"),
                    Set.of("path", "direction"));
        });
        fixtures.put("POST " + api + "/{course}/draft/checks application/json", () -> json("POST", api + "/" + course.get() + "/draft/checks",
                token, CorpusFixtures.body("path", AuthoringFixture.SAMPLE_LESSON, "text", LESSON_TEXT), Set.of("path", "text")));
        fixtures.put("POST " + api + "/{course}/versions application/json", () -> json("POST", api + "/" + course.get() + "/versions",
                token, CorpusFixtures.body("message", "A corpus version"), Set.of("message")));
        fixtures.put("POST " + api + "/{course}/versions/{number}/rollback application/json", () -> json("POST",
                api + "/" + course.get() + "/versions/1/rollback", token, CorpusFixtures.body("message", "Back to the first"), Set.of("message")));
        fixtures.put("POST " + api + "/{course}/draft/question-imports application/json", () -> json("POST",
                api + "/" + course.get() + "/draft/question-imports", token, CorpusFixtures.body("path", newQuizPath(), "format", "GIFT",
                        "title", "Imported", "text", GIFT, "target", "check"), Set.of("path", "format", "title", "text")));
        for (String type : List.of("image/png", "image/jpeg", "image/webp", "image/svg+xml", "application/octet-stream")) {
            fixtures.put("PUT " + api + "/{course}/draft/assets/{name} " + type, () -> new CorpusFixture.Image(api + "/" + course.get()
                    + "/draft/assets/corpus-" + CorpusFixtures.unique() + TestImages.extension(type), token, type, TestImages.forType(type)));
        }
        fixtures.put("POST " + api + "/{course}/draft/archive application/zip", () -> new CorpusFixture.Archive(
                api + "/" + course.get() + "/draft/archive", token, CourseArchive.write("corpus", AuthoringFixture.sampleFiles())));

        fixtures.form("POST " + page, () -> new CorpusFixture.Form(pages.get(), page, page,
                List.of(entry("id", "corpus-" + CorpusFixtures.unique()), entry("title", "Corpus course")), Set.of("id", "title"), Set.of(),
                Set.of()));
        fixtures.form("POST " + page + "/{course}/files", () -> {
            String at = page + "/" + course.get();
            return new CorpusFixture.Form(pages.get(), at, at + "/files", List.of(entry("path", newPath())), Set.of("path"), Set.of(), Set.of());
        });
        fixtures.form("POST " + page + "/{course}/files/{path}", () -> {
            String at = page + "/" + course.get() + "/files/" + AuthoringFixture.newDraftFile(token.get(), course.get());
            return new CorpusFixture.Form(pages.get(), at, at, List.of(entry("text", LESSON_TEXT)), Set.of("text"), Set.of(), Set.of());
        });
        fixtures.form("POST " + page + "/{course}/checks", () -> {
            String at = page + "/" + course.get();
            return new CorpusFixture.Form(pages.get(), at + "/files/" + AuthoringFixture.SAMPLE_LESSON, at + "/checks",
                    List.of(entry("text", LESSON_TEXT)), Set.of("text"), Set.of(), Set.of());
        });
        fixtures.form("POST " + page + "/{course}/moves", () -> {
            String at = page + "/" + course.get();
            return new CorpusFixture.Form(pages.get(), at, at + "/moves",
                    List.of(entry("from", AuthoringFixture.newDraftFile(token.get(), course.get())), entry("to", newPath())),
                    Set.of("from", "to"), Set.of(), Set.of());
        });
        fixtures.form("POST " + page + "/{course}/reorders", () -> {
            String at = page + "/" + course.get();
            return new CorpusFixture.Form(pages.get(), at, at + "/reorders", List.of(entry("direction", "down")), Set.of("direction"),
                    Set.of(), Set.of());
        });
        fixtures.form("POST " + page + "/{course}/versions", () -> {
            String at = page + "/" + course.get();
            return new CorpusFixture.Form(pages.get(), at, at + "/versions", List.of(entry("message", "A corpus version")),
                    Set.of("message"), Set.of(), Set.of());
        });
        fixtures.form("POST " + page + "/{course}/authors", () -> {
            String at = page + "/" + course.get();
            return new CorpusFixture.Form(pages.get(), at, at + "/authors", List.of(entry("email", knownInstructor())), Set.of("email"),
                    Set.of(), Set.of());
        });
        fixtures.form("POST " + page + "/{course}/question-imports", () -> {
            String at = page + "/" + course.get();
            return new CorpusFixture.Form(pages.get(), at, at + "/question-imports", List.of(entry("path", newQuizPath()),
                    entry("format", "AIKEN"), entry("title", "Imported"), entry("questions", AIKEN)), Set.of("path", "format", "title", "questions"),
                    Set.of(), Set.of());
        });
        fixtures.put("POST " + page + "/{course}/images multipart/form-data", () -> {
            String at = page + "/" + course.get();
            return new CorpusFixture.Upload(pages.get(), at, at + "/images", "image", "corpus-" + CorpusFixtures.unique() + ".png",
                    TestImages.image("png", 8, 6), "198.51.100.8");
        });
        fixtures.form("POST " + page + "/{course}/check-playtest/{path}", () -> {
            String at = page + "/" + course.get() + "/check-playtest/" + AuthoringFixture.SAMPLE_QUIZ;
            return TraineePages.answers(pages.get(), at + "?seed=42", at);
        });
        fixtures.put("POST " + page + "/{course}/archive multipart/form-data", () -> {
            String at = page + "/" + course.get();
            return new CorpusFixture.Upload(pages.get(), at, at + "/archive", "archive",
                    CourseArchive.write("corpus", AuthoringFixture.sampleFiles()), "198.51.100.7");
        });
    }

    private static CorpusFixture.Json json(String method, String path, Supplier<String> token, com.fasterxml.jackson.databind.node.ObjectNode body,
            Set<String> required) {
        return new CorpusFixture.Json(method, path, token, body, required, Set.of(), Set.of());
    }

    /** The e-mail address of a new instructor whom the platform knows (they have signed in). */
    private static String knownInstructor() {
        TestUser instructor = TestUsers.create("Corpus", "Author", "instructor");
        given().auth().oauth2(instructor.token()).get("/api/me/enrolments").then().statusCode(200);
        return instructor.username() + "@example.org";
    }

    /** An item that can always move down: the first of a module whose items other fixtures leave alone. */
    private static String firstItemOfTheSecondModule(String token, String course) {
        return given().auth().oauth2(token).get(course + "/draft").then().statusCode(200).extract().jsonPath()
                .getList("files.path", String.class).stream().filter(path -> path.matches("02-supportive-spaces/\\d+-.*")).sorted()
                .findFirst().orElseThrow();
    }

    private static String newQuizPath() {
        return "01-awareness-and-stigma/9" + (100 + (int) (Math.random() * 899)) + "-imported-" + CorpusFixtures.unique() + ".quiz.md";
    }

    private static String newPath() {
        return "01-awareness-and-stigma/9" + (100 + (int) (Math.random() * 899)) + "-corpus-" + CorpusFixtures.unique() + ".md";
    }
}
