package org.mhfa.e2e;

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
import org.mhfa.content.ContentRepository;
import org.mhfa.course.Course;
import org.mhfa.quiz.Question;
import org.mhfa.quiz.Quiz;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.TestUsers;
import org.mhfa.testing.TestUsers.TestUser;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The whole trainee journey in headless Chromium: Keycloak sign-in, course, knowledge check, certificate, verification. */
@QuarkusTest
class TraineeJourneyBrowserTest {

    private static final String BASE = "http://localhost:8081";

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
        Quiz quiz = course.quiz("knowledge-check").orElseThrow();
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
        int lessonsRead = 0;
        while (browser.getCurrentUrl().contains("/lessons/")) {
            String before = browser.getCurrentUrl();
            browser.findElement(By.cssSelector("form[action$='/read'] button")).click();
            wait.until(ExpectedConditions.not(ExpectedConditions.urlToBe(before)));
            lessonsRead++;
        }
        assertTrue(lessonsRead == course.lessonCount(), "read " + lessonsRead + " lessons");
        assertTrue(browser.getCurrentUrl().endsWith("/quizzes/" + quiz.id()), browser.getCurrentUrl());
        browser.findElement(By.xpath("//button[normalize-space()='Start the knowledge check']")).click();
        wait.until(ExpectedConditions.urlContains("/attempts/"));
        for (Question question : quiz.questions()) {
            java.util.Set<String> shapes = new java.util.HashSet<>();
            for (var option : browser.findElements(By.cssSelector("#question-" + question.id() + " input, #question-" + question.id() + " select"))) {
                String html = option.getAttribute("outerHTML").replaceAll("<option.*", "");
                assertTrue(!html.contains("checked") && !html.contains("correct") && !html.contains("data-"), html);
                shapes.add(html.replaceAll("\"[^\"]*\"", "\"\""));
            }
            assertTrue(shapes.size() <= 1, "the right option must look like the others: " + shapes);
        }
        answerRight(quiz);
        screenshot("quiz");
        var submit = browser.findElement(By.xpath("//button[normalize-space()='Submit answers']"));
        submit.click();
        wait.until(ExpectedConditions.stalenessOf(submit));
        wait.until(ExpectedConditions.titleContains("Your result"));
        assertTrue(browser.getPageSource().contains("Passed"), browser.getPageSource());
        screenshot("result");

        browser.findElement(By.partialLinkText("Download your certificate")).click();
        Path pdf = awaitDownload();
        String code = pdf.getFileName().toString().replace("certificate-", "").replace(".pdf", "");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Анна Иванова"), text);
            assertTrue(text.contains(course.title()), text);
        }

        browser.get(BASE + "/verify");
        browser.findElement(By.id("code")).sendKeys(org.mhfa.certificate.CertificateCode.display(code).toLowerCase());
        browser.findElement(By.xpath("//button[normalize-space()='Verify']")).click();
        wait.until(ExpectedConditions.urlContains("/verify/"));
        screenshot("verification");
        assertTrue(browser.getPageSource().contains("This certificate is valid"), browser.getPageSource());
        assertTrue(browser.getPageSource().contains("Анна Иванова"));
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
