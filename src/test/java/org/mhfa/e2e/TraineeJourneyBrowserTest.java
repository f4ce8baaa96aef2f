package org.mhfa.e2e;

import org.mhfa.testing.PlatformTestResource;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
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
import org.mhfa.catalogue.Scenario;
import java.util.List;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.TestUsers;
import org.mhfa.testing.TestUsers.TestUser;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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
    private final Path screenshots = Path.of("target/e2e");

    @BeforeEach
    void openBrowser() throws IOException {
        downloads = Files.createTempDirectory("mhfa-downloads");
        Files.createDirectories(screenshots);
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--window-size=1280,1400", "--user-data-dir=" + Files.createTempDirectory("mhfa-chromium"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
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
            }
            assertTrue(shapes.size() <= 1, "the right option must look like the others: " + shapes);
        }
    }

    /** Answers every question the attempt page shows, rightly, through the page's own controls. */
    private void answerRight(Quiz quiz) {
        for (Question question : quiz.questions()) {
            if (browser.findElements(By.id("question-" + question.id())).isEmpty()) {
                continue;
            }
            for (int i = 0; i < question.options().size(); i++) {
                var option = question.options().get(i);
                String control = question.id() + "-" + option.id();
                switch (question.type()) {
                    case SINGLE, TRUE_FALSE, MULTIPLE -> {
                        if (option.correct()) {
                            browser.findElement(By.id(control)).click();
                        }
                    }
                    case ORDERING -> new Select(browser.findElement(By.id(control))).selectByValue(String.valueOf(i + 1));
                    case MATCHING -> new Select(browser.findElement(By.id(control))).selectByValue(option.id());
                }
            }
        }
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
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(screenshots.resolve(name + ".png"), png);
    }
}
