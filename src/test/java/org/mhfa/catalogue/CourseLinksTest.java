package org.mhfa.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links and images in lessons, knowledge checks, scenarios and introductions: checked, and pointed at the platform. */
class CourseLinksTest {

    private static final String COURSE_DIR = "courses/c";
    private static final String LESSON_FILE = COURSE_DIR + "/01-m/01-first.md";
    private static final String QUIZ_FILE = COURSE_DIR + "/01-m/02-check.quiz.md";
    private static final String SCENARIO_FILE = COURSE_DIR + "/01-m/03-bus.scenario.md";

    private static final String LESSON = """
            ---
            title: First
            ---
            Some text.
            """;

    private static final String QUIZ = """
            ---
            title: Check
            ---
            ## A question? {#q .single}

            - [ ] Wrong
              > Feedback.
            - [x] Right

            > Explanation.
            """;

    private static final String SCENARIO = """
            ---
            title: Bus
            content-warning: This scenario is about someone upset on a bus.
            pass-score: 1
            ---
            ## Start {#start}
            You see someone upset.

            - [Ask how they are](#calm) {score=1 step=approach}
              > Asking helps.

            ## Calm {#calm .end outcome=good}
            They feel heard.
            """;

    @TempDir
    Path root;

    private void write(String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeCourse() {
        write(COURSE_DIR + "/course.md", "---\ntitle: Course\nsummary: A course.\n---\nWelcome.\n");
        write(COURSE_DIR + "/01-m/module.md", "---\ntitle: Module\n---\n");
        write(LESSON_FILE, LESSON);
        write(QUIZ_FILE, QUIZ);
        write(SCENARIO_FILE, SCENARIO);
        write(COURSE_DIR + "/assets/plan.png", "not really a picture");
    }

    private List<String> problems() {
        return new ContentLoader().load(root).problems().stream().map(ContentError::toString).toList();
    }

    private String error(String relative, int line, int column, String message) {
        return root.resolve(relative) + ":" + line + ":" + column + ": " + message;
    }

    private Course course() {
        ContentLoad load = new ContentLoader().load(root);
        assertEquals(List.of(), load.problems().stream().map(ContentError::toString).toList());
        return load.courses().get(0);
    }

    // ---------------------------------------------------------------- images

    @Test
    void anImageFromTheAssetsFolderIsShownByTheHashOfItsBytes() {
        writeCourse();
        write(COURSE_DIR + "/assets/figures/steps.png", "not really a picture");
        write(LESSON_FILE, LESSON + "\n![The plan](plan.png) and ![The steps](figures/steps.png)\n");

        String html = course().lesson("first").orElseThrow().html();

        String plan = CourseFiles.sha256("not really a picture".getBytes(StandardCharsets.UTF_8));
        assertTrue(html.contains("<img src=\"/courses/c/assets/" + plan + ".png\" alt=\"The plan\" loading=\"lazy\" />"), html);
        assertTrue(html.contains("<img src=\"/courses/c/assets/" + plan + ".png\" alt=\"The steps\" loading=\"lazy\" />"), html);
    }

    @Test
    void aRealImageInAScenarioNodeHasItsSizeAndAChangedImageANewAddress() {
        writeCourse();
        byte[] png = ImageCheckTest.image("png", 64, 48);
        writeBytes(COURSE_DIR + "/assets/bus.png", png);
        write(SCENARIO_FILE, SCENARIO.replace("You see someone upset.", "You see someone upset.\n\n![A quiet bus stop](bus.png)"));

        String html = course().scenario("bus").orElseThrow().nodes().get("start").html();

        assertTrue(html.contains("<img src=\"/courses/c/assets/" + CourseFiles.sha256(png) + ".png\" alt=\"A quiet bus stop\" "
                + "width=\"64\" height=\"48\" loading=\"lazy\" />"), html);
        byte[] wider = ImageCheckTest.image("png", 80, 48);
        writeBytes(COURSE_DIR + "/assets/bus.png", wider);
        String changed = course().scenario("bus").orElseThrow().nodes().get("start").html();
        assertTrue(changed.contains("/courses/c/assets/" + CourseFiles.sha256(wider) + ".png\" alt=\"A quiet bus stop\" width=\"80\""), changed);
    }

    private void writeBytes(String relative, byte[] bytes) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anImageMissingFromTheAssetsFolderIsReportedWhereItIsWritten() {
        writeCourse();
        write(LESSON_FILE, LESSON + "\nThe plan: ![The plan](plans.png)\n");

        assertEquals(List.of(error(LESSON_FILE, 6, 11, "the image 'plans.png' is not in the course's assets/ folder (looked for "
                + "courses/c/assets/plans.png): put the file there, or correct the path")), problems());
    }

    @Test
    void anImagePathThatStartsWithTheAssetsFolderIsToldToStartInsideIt() {
        writeCourse();
        write(LESSON_FILE, LESSON + "\n![The plan](assets/plan.png)\n");

        assertEquals(List.of(error(LESSON_FILE, 6, 1, "the image 'assets/plan.png' is not in the course's assets/ folder "
                + "(looked for courses/c/assets/assets/plan.png): image paths start inside the "
                + "assets/ folder: write 'plan.png'")), problems());
    }

    @Test
    void anImageWithoutAltTextIsAnError() {
        writeCourse();
        write(LESSON_FILE, LESSON + "\n![](plan.png)\n");

        assertEquals(List.of(error(LESSON_FILE, 6, 1, "the image 'plan.png' has no alt text: describe what it shows between the "
                + "brackets, e.g. '![A flow chart of the action plan](plan.png)', for trainees who cannot see it")), problems());
    }

    @Test
    void anImageOutsideTheAssetsFolderIsAnError() {
        writeCourse();
        write(LESSON_FILE, LESSON + "\n![The course](../../course.md)\n");

        assertEquals(List.of(error(LESSON_FILE, 6, 1, "the image '../../course.md' is not a path in the course's assets/ "
                + "folder, where images go: write the path from that folder, e.g. '![...](diagram.png)' for "
                + "assets/diagram.png")), problems());
    }

    @Test
    void anImageFromAnotherSiteIsAWarningBecauseThePagesDoNotShowIt() {
        writeCourse();
        write(LESSON_FILE, LESSON + "\n![A chart](https://example.org/chart.png)\n");

        ContentLoad load = new ContentLoader().load(root);

        assertTrue(load.ok());
        assertEquals(List.of(root.resolve(LESSON_FILE) + ":6:1: warning: the image 'https://example.org/chart.png' comes from "
                + "another site, which the platform's pages do not show (they show only their own images): copy it into the "
                + "course's assets/ folder and write its path there"),
                load.problems().stream().map(ContentError::toString).toList());
    }

    @Test
    void imagesInAnOptionsFeedbackAndAScenarioNarrativeAreCheckedAtTheirPlace() {
        writeCourse();
        write(QUIZ_FILE, QUIZ.replace("  > Feedback.", "  > See ![the plan](plan.png) and ![the map](map.png)."));
        write(SCENARIO_FILE, SCENARIO.replace("You see someone upset.", "You see someone upset.\n![](plan.png)"));

        assertEquals(List.of(
                error(QUIZ_FILE, 7, 35, "the image 'map.png' is not in the course's assets/ folder (looked for "
                        + "courses/c/assets/map.png): put the file there, or correct the path"),
                error(SCENARIO_FILE, 8, 1, "the image 'plan.png' has no alt text: describe what it shows between the "
                        + "brackets, e.g. '![A flow chart of the action plan](plan.png)', for trainees who cannot see it")),
                problems().stream().sorted().toList());
    }

    @Test
    void theCourseIntroductionsImagesAreCheckedToo() {
        writeCourse();
        write(COURSE_DIR + "/course.md", "---\ntitle: Course\nsummary: A course.\n---\nWelcome.\n\n![Welcome](welcome.png)\n");

        assertEquals(List.of(error(COURSE_DIR + "/course.md", 7, 1, "the image 'welcome.png' is not in the course's assets/ "
                + "folder (looked for courses/c/assets/welcome.png): put the file there, or correct the path")), problems());
    }

    // ---------------------------------------------------------------- links

    @Test
    void linksToALessonACheckAndAScenarioLeadToTheirPages() {
        writeCourse();
        write(LESSON_FILE, LESSON + "\nRead [the check](quiz:check), [the scenario](scenario:bus) and [this](lesson:first).\n");

        String html = course().lesson("first").orElseThrow().html();

        assertTrue(html.contains("<a rel=\"nofollow\" href=\"/courses/c/quizzes/check\">the check</a>"), html);
        assertTrue(html.contains("<a rel=\"nofollow\" href=\"/courses/c/scenarios/bus\">the scenario</a>"), html);
        assertTrue(html.contains("<a rel=\"nofollow\" href=\"/courses/c/lessons/first\">this</a>"), html);
    }

    @Test
    void aLinkToNoLessonOfTheCourseIsReportedWithASuggestion() {
        writeCourse();
        write(QUIZ_FILE, QUIZ.replace("> Explanation.", "> See [the lesson](lesson:frist)."));

        assertEquals(List.of(error(QUIZ_FILE, 10, 7, "the link to lesson:frist leads to no lesson of this course: write the id "
                + "of one, its file name without the number and '.md'; did you mean 'lesson:first'?")), problems());
    }

    @Test
    void aLinkOfTheWrongKindSaysWhichKindItIs() {
        writeCourse();
        write(SCENARIO_FILE, SCENARIO.replace("They feel heard.", "They feel heard. Try [the check](lesson:check)."));

        assertEquals(List.of(error(SCENARIO_FILE, 13, 22, "'check' is a knowledge check, not a lesson: write 'quiz:check'")),
                problems());
    }

    @Test
    void aLinkToAFileOfTheCourseIsToldToUseTheId() {
        writeCourse();
        write(LESSON_FILE, LESSON + "\nSee [the check](02-check.quiz.md) and [the next module](../02-next/01-more.md#top).\n");

        assertEquals(List.of(
                error(LESSON_FILE, 6, 5, "the link to '02-check.quiz.md' names a file, which does not work on the platform: "
                        + "link to a knowledge check by its id, 'quiz:check'"),
                error(LESSON_FILE, 6, 39, "the link to '../02-next/01-more.md#top' names a file, which does not work on the "
                        + "platform: link to a lesson by its id, 'lesson:more'")),
                problems());
    }

    @Test
    void webAndMailLinksAreFineButOtherSchemesAndAddressesWithoutHttpsAreNot() {
        writeCourse();
        write(LESSON_FILE, LESSON + "\n[a](https://example.org) [b](http://example.org) [c](mailto:help@example.org) [d](#top)\n"
                + "[e](ftp://example.org/file) [f](www.example.org)\n");

        assertEquals(List.of(
                error(LESSON_FILE, 7, 1, "the link to 'ftp://example.org/file' cannot be followed on the platform: a link goes "
                        + "to a web address (https://...), or a lesson, knowledge check or scenario of this course, written "
                        + "'lesson:id', 'quiz:id' or 'scenario:id'"),
                error(LESSON_FILE, 7, 29, "the link to 'www.example.org' has no 'https://' in front, so it would lead to a page "
                        + "of the platform: write 'https://www.example.org'")),
                problems());
    }

    @Test
    void aChoicesOwnLinkIsLeftToTheScenario() {
        writeCourse();
        write(SCENARIO_FILE, SCENARIO.replace("(#calm)", "(lesson:first)"));

        assertEquals(List.of(error(SCENARIO_FILE, 9, 1, "each choice must start with a link to the node it leads to, e.g. "
                + "'- [Ask how they are feeling](#ask-feelings) {score=1 step=approach}'; 'lesson:first' is not a node link: "
                + "write '#' and a node id")), problems());
    }

    @Test
    void aLinkToACheckWithErrorsIsNotASecondError() {
        writeCourse();
        write(QUIZ_FILE, QUIZ.replace("title: Check\n", ""));
        write(LESSON_FILE, LESSON + "\nSee [the check](quiz:check).\n");

        assertEquals(List.of(error(QUIZ_FILE, 1, 1, "the front matter needs 'title:'; add a line such as 'title: ...'")),
                problems());
    }
}
