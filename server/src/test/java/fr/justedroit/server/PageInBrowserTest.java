package fr.justedroit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import fr.justedroit.Decision;
import fr.justedroit.JusteDroit;
import fr.justedroit.Language;
import fr.justedroit.Reason;
import fr.justedroit.Requests;
import fr.justedroit.Response;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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

/**
 * The page in a real browser (Debian's Chromium, headless, driven by its ChromeDriver through
 * Selenium): a bundled household is loaded and decided, and the decisions read from the page are
 * those of {@code justedroit evaluate} (the engine's decisions, sentence by sentence).
 *
 * <p>Without Chromium and ChromeDriver the test is skipped, saying so, on a developer's machine; in
 * CI ({@code CI=true}) it fails: {@code .ci/run} installs them.
 */
class PageInBrowserTest {
    private static final Path CHROMIUM = Path.of(System.getProperty("justedroit.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("justedroit.chromedriver", "/usr/bin/chromedriver"));

    private static JusteDroitServer server;
    private static WebDriver browser;
    private static Path profile;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            String missing = "the browser test needs Chromium and ChromeDriver (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): apt-get install -y chromium chromium-driver";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(missing + " (CI=true: .ci/run installs them)");
            }
            Assumptions.abort("skipped: " + missing);
        }
        server = Served.start(ServerLimits.DEFAULT);
        profile = Files.createTempDirectory("justedroit-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1100,2400");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** One decision as the page shows it. */
    record Shown(String benefit, String beneficiary, String status, String amount, List<String> reasons) {
    }

    @Test
    void aBundledHouseholdIsDecidedOnThePageAsByEvaluate() throws Exception {
        List<Shown> shown = decideOnThePage("couple-2-enfants", "fr");
        assertThat(shown).isEqualTo(evaluated("couple-2-enfants.json", Language.FR));
        assertThat(shown).isNotEmpty();
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");

        WebElement chart = new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("sweep-chart")));
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("const i = document.getElementById('sweep-chart'); return i.complete && i.naturalWidth > 0;"));
        assertThat(chart.getDomAttribute("alt")).contains("alice");
        // A parameter of a reason is shown with its date and source.
        assertThat(browser.findElement(By.cssSelector("table.parameters tbody td")).getText()).isNotBlank();
        screenshot("page-fr.png");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('sweep').scrollIntoView()");
        screenshot("page-fr-sweep.png");
    }

    @Test
    void theEmergencyAidInEnglish() throws Exception {
        List<Shown> shown = decideOnThePage("aide-urgence-violences", "en");
        assertThat(shown).isEqualTo(evaluated("aide-urgence-violences.json", Language.EN));
        assertThat(shown).extracting(Shown::benefit).contains("violence_aid");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.id("decide")).getText()).isEqualTo("Decide");
        screenshot("page-en.png");
    }

    private static List<Shown> decideOnThePage(String example, String lang) {
        browser.get(server.uri().toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#example option[value='" + example + "']")));
        new Select(browser.findElement(By.id("lang"))).selectByValue(lang);
        new Select(browser.findElement(By.id("example"))).selectByValue(example);
        browser.findElement(By.id("load")).click();
        wait.until(d -> !d.findElement(By.id("household")).getDomProperty("value").isBlank());
        browser.findElement(By.id("decide")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#decisions article.decision")));
        List<Shown> shown = new ArrayList<>();
        for (WebElement article : browser.findElements(By.cssSelector("#decisions article.decision"))) {
            List<String> reasons = article.findElements(By.cssSelector("ol.reasons > li .reason-text")).stream()
                    .map(e -> spaces(e.getText())).toList();
            shown.add(new Shown(article.getDomAttribute("data-benefit"), article.getDomAttribute("data-beneficiary"),
                    article.getDomAttribute("data-status"), article.getDomAttribute("data-amount"), reasons));
        }
        return shown;
    }

    /** What {@code justedroit evaluate examples/households/NAME} decides. */
    private static List<Shown> evaluated(String file, Language language) throws Exception {
        JusteDroit engine = Served.engine();
        Response response = engine.decide(Requests.fromJson(Served.household(file)));
        List<Shown> all = new ArrayList<>();
        for (Decision d : response.decisions()) {
            List<String> reasons = new ArrayList<>();
            for (Reason r : d.reasons()) {
                reasons.add(spaces(engine.text(r, language)));
            }
            all.add(new Shown(d.benefit(), d.beneficiary(), d.status().jsonName(), d.amount().setScale(2).toPlainString(), reasons));
        }
        return all;
    }

    /**
     * White space as a reader sees it: a browser's text of an element collapses runs of white space,
     * and WebDriver reports some non-breaking spaces as spaces; the sentences are compared word for word.
     */
    private static String spaces(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]+", " ").strip();
    }

    private static void screenshot(String name) throws Exception {
        Path target = Path.of("target", name);
        Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
