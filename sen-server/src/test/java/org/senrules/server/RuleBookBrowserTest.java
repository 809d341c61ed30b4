package org.senrules.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The rule book in headless Chromium (Debian's {@code chromium} and {@code chromium-driver},
 * which {@code .ci/run} installs): every page loads with no console error, the form is labelled
 * and works from the keyboard, and a case decided through the form shows exactly the text the
 * service's plain English gives (the text of {@code ./sen decide --explain}). Skipped, saying
 * so, where Chromium is not installed.
 */
class RuleBookBrowserTest {
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final String CHROMIUM = "/usr/bin/chromium";
    static final ObjectMapper JSON = new ObjectMapper();
    static ChromeDriver driver;
    static ChromeDriverService driverService;
    static Path profile;
    static DecisionService s;

    @BeforeAll
    static void browser() throws Exception {
        assumeTrue(new File(CHROMEDRIVER).canExecute() && new File(CHROMIUM).canExecute(),
                "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver); browser test skipped");
        s = Services.open();
        profile = Files.createTempDirectory("sen-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        driverService = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(driverService, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void close() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (driverService != null) {
            driverService.stop();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The console's errors since the last call. */
    static List<String> consoleErrors() {
        List<String> out = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                out.add(e.getMessage());
            }
        }
        return out;
    }

    static void open(String path) {
        driver.get(s.uri() + path);
        List<String> errors = consoleErrors();
        assertTrue(errors.isEmpty(), () -> path + ": console errors " + errors);
    }

    @Test
    void everyPage_loadsWithoutConsoleErrors_andEveryControlIsLabelled() throws Exception {
        open("");
        assertEquals("The rule book", driver.findElement(By.tagName("h1")).getText());
        List<String> pages = new ArrayList<>();
        for (WebElement a : driver.findElements(By.cssSelector("main table a"))) {
            pages.add(a.getAttribute("href"));
        }
        assertTrue(pages.size() >= 8, pages::toString);
        for (String href : pages) {
            driver.get(href);
            List<String> errors = consoleErrors();
            assertTrue(errors.isEmpty(), () -> href + ": console errors " + errors);
            List<WebElement> controls = driver.findElements(By.cssSelector("#try-form input, #try-form select, #try-form textarea"));
            assertTrue(controls.size() >= 3, () -> href + " has a form built from its schema");
            for (WebElement c : controls) {
                String id = c.getAttribute("id");
                assertEquals(1, driver.findElements(By.cssSelector("label[for='" + id + "']")).size(), () -> href + ": no label for " + id);
            }
            assertTrue(driver.findElement(By.id("parameters")).getText().contains("Illustrative") || href.contains("engagement"),
                    () -> href + ": illustrative values are marked in words");
        }
    }

    @Test
    void keyboard_reachesTheSkipLinkFirst() {
        open("rule-sets/sspp-top-up.html");
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement active = driver.switchTo().activeElement();
        assertEquals("Skip to the content", active.getText());
        // the console check itself sees an error, so a page's silence means something
        ((JavascriptExecutor) driver).executeScript("console.error('probe from the test');");
        assertTrue(consoleErrors().stream().anyMatch(m -> m.contains("probe from the test")), "console errors are seen");
    }

    @Test
    void tryACase_fromTheKeyboard_showsTheDecisionExplained() throws Exception {
        open("rule-sets/sspp-top-up.html");
        assertTrue(driver.findElement(By.id("policies")).getText().contains("Changed:"), "policies side by side show what changes");
        JsonNode request = JSON.readTree(Http.example(DecisionServiceTest.SSPP));
        JavascriptExecutor js = driver;
        js.executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id("f-asOf")), request.get("asOf").asText());
        new Select(driver.findElement(By.id("f-policy"))).selectByValue(request.get("policy").asText());
        WebElement last = null;
        for (var field : request.get("case").properties()) {
            WebElement input = driver.findElement(By.id("f-case-" + field.getKey()));
            JsonNode v = field.getValue();
            if (input.getTagName().equals("select")) {
                new Select(input).selectByValue(v.isBoolean() ? String.valueOf(v.booleanValue()) : v.asText());
            } else {
                input.clear();
                if (v.isArray()) {
                    List<String> items = new ArrayList<>();
                    v.forEach(i -> items.add(i.asText()));
                    input.sendKeys(String.join(", ", items));
                } else {
                    input.sendKeys(v.asText());
                }
                last = input;
            }
        }
        last.sendKeys(Keys.ENTER); // submits the form from the keyboard
        WebElement answer = driver.findElement(By.id("answer"));
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> answer.getText().startsWith("Decision for case"));
        Http.Response expected = Http.post(s, "/v1/decisions", "application/json", request.toString(), "Accept", "text/plain");
        String shown = (String) js.executeScript("return arguments[0].textContent;", answer);
        assertEquals(expected.body(), shown, "the same text as the service's (and ./sen decide --explain's) plain English");
        List<String> errors = consoleErrors();
        assertTrue(errors.isEmpty(), () -> "console errors " + errors);
    }
}
