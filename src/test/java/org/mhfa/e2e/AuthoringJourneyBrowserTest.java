package org.mhfa.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.Scenario;
import org.mhfa.platform.Roles;
import org.mhfa.testing.AuthoringFixture;
import org.mhfa.testing.HeadlessChromium;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.PlatformTestResource;
import org.mhfa.testing.TestUsers;
import org.mhfa.testing.TestUsers.TestUser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An instructor authors in headless Chromium: breaks a scenario's link in the code editor and sees the error beside its
 * line, fixes it, play-tests to an ending (nothing recorded), publishes; a trainee's run started before the publish
 * finishes on the old version and a new run gets the new one.
 */
@QuarkusTest
class AuthoringJourneyBrowserTest {

    private static final String BASE = PlatformTestResource.baseUrl();
    private static final Pattern CHOICE_LINK = Pattern.compile("\\]\\(#([a-z0-9-]+)\\)");
    private static final Pattern NODE_TITLE = Pattern.compile("(?m)^## ([^{\\n]+?) \\{#");

    @Inject
    ContentRepository content;

    @Inject
    EntityManager entities;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        browser = HeadlessChromium.open(Files.createTempDirectory("mhfa-downloads"));
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anInstructorFixesAScenarioInTheEditorPlayTestsItAndPublishesWhileATraineeFinishesTheOldOne() throws Exception {
        String admin = TestUsers.create("Ada", "Journey-admin", Roles.ADMIN).token();
        String course = AuthoringFixture.publishedCopyOfSample(admin);
        await().atMost(Duration.ofSeconds(5)).until(() -> content.course(course).isPresent());
        Course before = content.course(course).orElseThrow();
        Scenario scenario = Journeys.firstScenario(before);
        TestUser author = TestUsers.create("Iris", "Journey-author", Roles.INSTRUCTOR);
        long authorId = AuthoringFixture.nameAuthor(admin, course, author);

        String trainee = TestUsers.create("Tom", "Journey-trainee").token();
        List<Integer> path = Journeys.passingPath(scenario);
        String runs = "/api/courses/" + course + "/scenarios/" + scenario.id() + "/runs";
        Journeys.enrol(trainee, before);
        long earlyRun = given().auth().oauth2(trainee).contentType(ContentType.JSON).post(runs).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(trainee).contentType(ContentType.JSON).body(Map.of("choice", path.get(0)))
                .post(runs + "/" + earlyRun + "/choices").then().statusCode(200);

        String file = AuthoringFixture.sampleFiles().files().keySet().stream().filter(p -> p.endsWith(".scenario.md")).sorted()
                .findFirst().orElseThrow();
        String text = new String(AuthoringFixture.sampleFiles().files().get(file), StandardCharsets.UTF_8);
        Matcher link = CHOICE_LINK.matcher(text);
        assertTrue(link.find(), "the sample scenario has a choice");
        String target = link.group(1);
        Matcher title = NODE_TITLE.matcher(text);
        assertTrue(title.find(), "the sample scenario has a titled node");
        String oldTitle = title.group(1);
        String newTitle = "Bus at six pm";

        signIn(author);
        browser.get(BASE + "/instructor/authoring/" + course);
        browser.findElement(By.linkText(file)).click();
        SearchContext shadow = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".code-editor-host")))
                .getShadowRoot();
        WebElement editor = wait.until(driver -> shadow.findElement(By.cssSelector(".cm-content")));
        assertEquals("true", browser.findElement(By.id("text")).getAttribute("hidden"), "the code editor replaces the plain textarea");

        replaceInEditor(shadow, editor, "](#" + target + ")", "](#" + target + "-typo)");
        WebElement finding = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//ol[@class='findings']/li[contains(., '#" + target + "-typo')]")));
        int brokenLine = lineOf(text, link.start());
        assertTrue(finding.getText().startsWith(brokenLine + ":"), "the finding names the line: " + finding.getText());
        wait.until(driver -> !shadow.findElements(By.cssSelector(".cm-lint-marker-error")).isEmpty());
        HeadlessChromium.screenshot(browser, "authoring-broken-link");
        assertEquals(List.of(brokenLine), linesMarkedAsErrors(shadow), "the gutter marks the broken line");
        assertTrue(shadow.findElements(By.cssSelector(".cm-lintRange-error")).size() > 0, "the broken link is underlined");

        replaceInEditor(shadow, editor, "](#" + target + "-typo)", "](#" + target + ")");
        replaceInEditor(shadow, editor, "## " + oldTitle + " {", "## " + newTitle + " {");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("findings"), "No findings in this file."));
        wait.until(driver -> shadow.findElements(By.cssSelector(".cm-lint-marker-error")).isEmpty());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview"), newTitle));
        WebElement node = browser.findElements(By.cssSelector("#preview svg a[data-line]")).get(1);
        String nodeLine = node.getAttribute("data-line");
        node.click();
        wait.until(driver -> shadow.findElement(By.cssSelector(".cm-activeLine")).getText().startsWith("## "));
        assertEquals(nodeLine, String.valueOf(linesOf(shadow, ".cm-activeLineGutter").get(0)), "a node of the map puts the cursor on its heading");
        browser.findElement(By.xpath("//button[normalize-space()='Save to the draft']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "Saved to the draft"));

        browser.findElement(By.partialLinkText("Play-test the saved draft")).click();
        playToAnEnding();
        HeadlessChromium.screenshot(browser, "authoring-playtest-ending");
        assertEquals(0, recordsOf(authorId), "a play-test records no enrolment (so no run) and no learning record");

        browser.get(BASE + "/instructor/authoring/" + course);
        browser.findElement(By.id("message")).sendKeys("Retitle a scenario node");
        browser.findElement(By.xpath("//button[normalize-space()='Publish the draft']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "Published"));
        await().atMost(Duration.ofSeconds(5)).until(() -> !Journeys.firstScenario(content.course(course).orElseThrow()).version()
                .equals(scenario.version()));

        given().auth().oauth2(trainee).get(runs + "/" + earlyRun).then().statusCode(200)
                .body("contentVersion", equalTo(scenario.version()));
        for (int choice : path.subList(1, path.size())) {
            given().auth().oauth2(trainee).contentType(ContentType.JSON).body(Map.of("choice", choice))
                    .post(runs + "/" + earlyRun + "/choices").then().statusCode(200);
        }
        given().auth().oauth2(trainee).get(runs + "/" + earlyRun).then().body("status", equalTo("COMPLETED"));
        long laterRun = given().auth().oauth2(trainee).contentType(ContentType.JSON).post(runs).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(trainee).get(runs + "/" + laterRun).then().statusCode(200)
                .body("contentVersion", not(equalTo(scenario.version())));
        String newest = Journeys.firstScenario(content.course(course).orElseThrow()).nodes().values().stream()
                .map(each -> each.title()).filter(name -> name.equals(newTitle)).findFirst().orElse("");
        assertEquals(newTitle, newest, "the published scenario has the new title");
    }

    private void signIn(TestUser user) {
        browser.get(BASE + "/");
        browser.findElement(By.linkText("Sign in")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user.username());
        browser.findElement(By.id("password")).sendKeys(user.password());
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlToBe(BASE + "/me"));
    }

    /** Finds {@code from} with the editor's own search (Ctrl+F), then types {@code to} over the selected match. */
    private void replaceInEditor(SearchContext shadow, WebElement editor, String from, String to) {
        editor.click();
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys(Keys.HOME).keyUp(Keys.CONTROL).perform();
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("f").keyUp(Keys.CONTROL).perform();
        WebElement search = wait.until(driver -> shadow.findElement(By.cssSelector(".cm-search input[name=search]")));
        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), from, Keys.ENTER);
        search.sendKeys(Keys.ESCAPE);
        new Actions(browser).sendKeys(to).perform();
    }

    /** The numbers in the line-number gutter beside the error marks of the findings' gutter, matched by height on the page. */
    private static List<Integer> linesMarkedAsErrors(SearchContext shadow) {
        return shadow.findElements(By.cssSelector(".cm-gutter-lint .cm-gutterElement")).stream()
                .filter(row -> !row.findElements(By.cssSelector(".cm-lint-marker-error")).isEmpty())
                .map(row -> lineAtHeightOf(shadow, row)).toList();
    }

    /** The numbers of the lines whose line-number gutter element matches {@code selector} (such as the active line's). */
    private static List<Integer> linesOf(SearchContext shadow, String selector) {
        return shadow.findElements(By.cssSelector(".cm-lineNumbers " + selector)).stream()
                .map(number -> Integer.parseInt(number.getText().strip())).toList();
    }

    private static int lineAtHeightOf(SearchContext shadow, WebElement row) {
        int middle = row.getRect().getY() + row.getRect().getHeight() / 2;
        return shadow.findElements(By.cssSelector(".cm-lineNumbers .cm-gutterElement")).stream()
                .filter(number -> !number.getText().isBlank())
                .filter(number -> number.getRect().getY() <= middle && middle < number.getRect().getY() + number.getRect().getHeight())
                .map(number -> Integer.parseInt(number.getText().strip())).findFirst()
                .orElseThrow(() -> new AssertionError("no line number beside the mark at y=" + middle));
    }

    private void playToAnEnding() {
        for (int step = 0; step < 50; step++) {
            if (!browser.findElements(By.xpath("//*[@role='status'][contains(., 'An ending')]")).isEmpty()) {
                return;
            }
            browser.findElements(By.cssSelector("ol.choices a")).get(0).click();
        }
        throw new AssertionError("no ending after 50 choices");
    }

    private long recordsOf(long learnerId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entities.createNativeQuery("select (select count(*) from enrolment where learner_id = ?1)"
                + " + (select count(*) from xapi_statement where learner_id = ?1)").setParameter(1, learnerId)
                .getSingleResult()).longValue());
    }

    private static int lineOf(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
