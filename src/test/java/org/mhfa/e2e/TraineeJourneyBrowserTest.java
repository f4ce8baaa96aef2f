package org.mhfa.e2e;

import org.mhfa.testing.PlatformTestResource;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.Question;
import org.mhfa.catalogue.Quiz;
import org.mhfa.catalogue.QuizOption;
import org.mhfa.catalogue.Scenario;
import java.util.List;
import org.mhfa.testing.HeadlessChromium;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.TestUsers;
import org.mhfa.testing.TestUsers.TestUser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The whole trainee journey in headless Chromium: Keycloak sign-in, course, knowledge check, certificate, verification. */
@QuarkusTest
class TraineeJourneyBrowserTest {

    private static final String BASE = PlatformTestResource.baseUrl();

    @Inject
    ContentRepository content;

    private WebDriver browser;
    private WebDriverWait wait;
    private Path downloads;

    @BeforeEach
    void openBrowser() throws IOException {
        downloads = Files.createTempDirectory("mhfa-downloads");
        browser = HeadlessChromium.open(downloads);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aTraineeSignsInCompletesTheCourseDownloadsTheCertificateAndVerifiesIt() throws Exception {
        Course course = content.course(Journeys.SAMPLE_COURSE).orElseThrow();
        TestUser trainee = TestUsers.create("Анна", "Иванова");

        browser.get(BASE + "/");
        browser.findElement(By.linkText("Sign in")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(trainee.username());
        browser.findElement(By.id("password")).sendKeys(trainee.password());
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlToBe(BASE + "/me"));
        assertTrue(browser.getPageSource().contains("Signed in as Анна Иванова"));

        browser.get(BASE + "/courses/" + course.id());
        browser.findElement(By.xpath("//button[normalize-space()='Enrol in this course']")).click();
        wait.until(ExpectedConditions.urlContains("/lessons/"));
        screenshot("lesson");
        walkThroughTheCourse(course);
        browser.findElement(By.partialLinkText("Download your certificate")).click();
        Path pdf = awaitDownload();
        String code;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            java.util.regex.Matcher printed = java.util.regex.Pattern
                    .compile("[0-9A-Z]{5}(-[0-9A-Z]{5}){4}-[0-9A-Z*~$=]").matcher(text);
            assertTrue(printed.find(), "the certificate prints its code: " + text);
            code = printed.group().replace("-", "");
            assertTrue(text.contains("Анна Иванова"), text);
            assertTrue(text.contains(course.title()), text);
        }

        browser.get(BASE + "/verify");
        browser.findElement(By.id("code")).sendKeys(org.mhfa.certificate.CertificateCode.display(code).toLowerCase());
        assertTrue(pdf.getFileName().toString().startsWith("certificate-" + code.substring(0, 25)), pdf.toString());
        browser.findElement(By.xpath("//button[normalize-space()='Verify']")).click();
        wait.until(ExpectedConditions.urlContains("/verify/"));
        screenshot("verification");
        assertTrue(browser.getPageSource().contains("This certificate is valid"), browser.getPageSource());
        assertTrue(browser.getPageSource().contains("Анна И."));

        click(By.xpath("//nav//form[@action='/logout']//button"));
        wait.until(ExpectedConditions.urlMatches("^" + java.util.regex.Pattern.quote(BASE) + "/(\\?.*)?$"));
        assertFalse(browser.findElements(By.linkText("Sign in")).isEmpty(), "signed out, the menu offers to sign in again");
        browser.get(BASE + "/me");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    }

    @Test
    void theSignInButtonCanBeReadOnTheHeader() {
        browser.get(BASE + "/");
        WebElement signIn = browser.findElement(By.linkText("Sign in"));
        double contrast = contrast(signIn.getCssValue("color"), signIn.getCssValue("background-color"));
        assertTrue(contrast >= 4.5, "contrast of the Sign in button: " + contrast);
    }

    @Test
    void myCertificatesFitAPhoneScreen() throws IOException {
        TestUser trainee = TestUsers.create("Phoebe", "Phone");
        Journeys.complete(trainee.token(), content.course(Journeys.SAMPLE_COURSE).orElseThrow());
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        signIn(trainee);
        browser.get(BASE + "/me");
        screenshot("me-phone");
        org.openqa.selenium.JavascriptExecutor page = (org.openqa.selenium.JavascriptExecutor) browser;
        long viewport = ((Number) page.executeScript("return document.documentElement.clientWidth")).longValue();
        long content = ((Number) page.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertTrue(content <= viewport, "the page is " + content + " px wide on a " + viewport + " px screen");
        for (WebElement link : browser.findElements(By.cssSelector("table.stack a"))) {
            org.openqa.selenium.Rectangle box = link.getRect();
            assertTrue(box.getX() >= 0 && box.getX() + box.getWidth() <= viewport, link.getText() + " at " + box.getX());
        }
    }

    @Test
    void aScenarioChoiceMovesTheFocusToTheStepItLedTo() {
        Course course = content.course(Journeys.SAMPLE_COURSE).orElseThrow();
        Scenario scenario = course.items().filter(Scenario.class::isInstance).map(Scenario.class::cast).findFirst().orElseThrow();
        TestUser trainee = TestUsers.create("Fay", "Focus");
        Journeys.enrol(trainee.token(), course);
        signIn(trainee);
        browser.get(BASE + "/courses/" + course.id() + "/scenarios/" + scenario.id());
        click(By.cssSelector("form[action$='/runs'] button[type=submit]:not(.button-secondary)"));
        click(By.cssSelector("button[name=choice]"));
        wait.until(driver -> "step".equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return document.activeElement.id")));
        assertTrue(browser.getCurrentUrl().endsWith("#step"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("step")).getText().contains("You chose"), "the step begins with the choice just made");
    }

    private void signIn(TestUser user) {
        browser.get(BASE + "/signin");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user.username());
        browser.findElement(By.id("password")).sendKeys(user.password());
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/realms/")));
    }

    /** The WCAG contrast ratio of two CSS colours ({@code rgb(…)} or {@code rgba(…)}). */
    private static double contrast(String foreground, String background) {
        double first = luminance(foreground);
        double second = luminance(background);
        return (Math.max(first, second) + 0.05) / (Math.min(first, second) + 0.05);
    }

    private static double luminance(String css) {
        String[] parts = css.replaceAll("[^0-9.,]", "").split(",");
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double value = Double.parseDouble(parts[i]) / 255;
            channels[i] = value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }

    /** Follows the course from item to item through the pages' own buttons until the certificate is offered. */
    private void walkThroughTheCourse(Course course) throws IOException {
        java.util.Map<String, java.util.Iterator<Integer>> scenarioPaths = new java.util.HashMap<>();
        for (int step = 0; step < 300; step++) {
            String url = browser.getCurrentUrl();
            if (!browser.findElements(By.partialLinkText("Download your certificate")).isEmpty()) {
                return;
            }
            if (url.contains("/lessons/")) {
                click(By.cssSelector("form[action$='/read'] button"));
            } else if (url.matches(".*/quizzes/[a-z0-9-]+$")) {
                click(By.cssSelector("form[action$='/attempts'] button"));
            } else if (url.matches(".*/quizzes/[a-z0-9-]+/attempts/\\d+$") && !browser.findElements(By.xpath("//button[normalize-space()='Submit answers']")).isEmpty()) {
                Quiz quiz = course.quiz(url.replaceAll(".*/quizzes/([a-z0-9-]+)/attempts/.*", "$1")).orElseThrow();
                assertTheFormGivesNothingAway(quiz);
                answerRight(quiz);
                screenshot("quiz");
                click(By.xpath("//button[normalize-space()='Submit answers']"));
                assertTrue(browser.getPageSource().contains("Passed"), browser.getPageSource());
                screenshot("result");
                continueOn();
            } else if (url.contains("/scenarios/")) {
                Scenario scenario = course.scenario(url.replaceAll(".*/scenarios/([a-z0-9-]+).*", "$1")).orElseThrow();
                List<WebElement> choices = browser.findElements(By.cssSelector("button[name=choice]"));
                if (!choices.isEmpty()) {
                    int index = scenarioPaths.computeIfAbsent(scenario.id(), id -> Journeys.passingPath(scenario).iterator()).next();
                    screenshot("scenario");
                    click(By.cssSelector("button[name=choice][value='" + index + "']"));
                } else if (!browser.findElements(By.cssSelector("form[action$='/runs'] button[type=submit]:not(.button-secondary)")).isEmpty()) {
                    click(By.cssSelector("form[action$='/runs'] button[type=submit]:not(.button-secondary)"));
                } else {
                    assertTrue(browser.getPageSource().contains("Passed"), browser.getPageSource());
                    screenshot("scenario-end");
                    continueOn();
                }
            } else {
                continueOn();
            }
        }
        throw new AssertionError("the course did not end in a certificate; stuck at " + browser.getCurrentUrl());
    }

    private void continueOn() {
        List<WebElement> next = browser.findElements(By.partialLinkText("Continue:"));
        if (!next.isEmpty() && browser.findElements(By.partialLinkText("Download your certificate")).isEmpty()) {
            String before = browser.getCurrentUrl();
            next.get(0).click();
            wait.until(ExpectedConditions.not(ExpectedConditions.urlToBe(before)));
        }
    }

    /** Clicks, then waits until the page that held the element has been replaced by the next one. */
    private void click(By target) {
        WebElement element = browser.findElement(target);
        element.click();
        wait.until(driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

    private void assertTheFormGivesNothingAway(Quiz quiz) {
        for (Question question : quiz.questions()) {
            java.util.Set<String> shapes = new java.util.HashSet<>();
            for (var control : browser.findElements(By.cssSelector("#question-" + question.id() + " input, #question-" + question.id() + " select"))) {
                String html = control.getAttribute("outerHTML").replaceAll("<option.*", "");
                assertTrue(!html.contains("checked") && !html.contains("correct") && !html.contains("data-"), html);
                shapes.add(html.replaceAll("\"[^\"]*\"", "\"\""));
                String token = control.getAttribute("id").substring(question.id().length() + 1);
                assertTrue(question.option(token).isEmpty() && question.option(control.getAttribute("value")).isEmpty(),
                        "controls are named by tokens, not authored ids: " + html);
            }
            assertTrue(shapes.size() <= 1, "the right option must look like the others: " + shapes);
        }
    }

    /**
     * Answers every question the attempt page shows, rightly, through the page's own controls: each control's label is
     * read and found among the authored options by its text, as a trainee who knows the answers would.
     */
    private void answerRight(Quiz quiz) {
        for (Question question : quiz.questions()) {
            for (WebElement label : browser.findElements(By.cssSelector("#question-" + question.id() + " .option label"))) {
                QuizOption option = shownAs(question, label.getText(), QuizOption::html)
                        .orElseThrow(() -> new AssertionError("no option of " + question.id() + " reads " + label.getText()));
                WebElement control = browser.findElement(By.id(label.getAttribute("for")));
                switch (question.type()) {
                    case SINGLE, TRUE_FALSE, MULTIPLE -> {
                        if (option.correct()) {
                            control.click();
                        }
                    }
                    case ORDERING -> new Select(control).selectByValue(String.valueOf(question.options().indexOf(option) + 1));
                    case MATCHING -> new Select(control).getOptions().stream()
                            .filter(choice -> shownAs(question, choice.getText(), QuizOption::matchHtml).orElse(null) == option)
                            .findFirst().orElseThrow().click();
                }
            }
        }
    }

    /** The authored option whose text (its html or its right side) reads as the text shown. */
    private static Optional<QuizOption> shownAs(Question question, String shown, java.util.function.Function<QuizOption, String> html) {
        String text = shown.replaceAll("\\s+", " ").strip();
        return question.options().stream()
                .filter(option -> html.apply(option) != null && org.jsoup.Jsoup.parse(html.apply(option)).text().equals(text))
                .findFirst();
    }

    private Path awaitDownload() {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
            try (Stream<Path> files = Files.list(downloads)) {
                Optional<Path> done = files.filter(path -> path.toString().endsWith(".pdf")).findFirst();
                return done.orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    private void screenshot(String name) throws IOException {
        HeadlessChromium.screenshot(browser, name);
    }
}
