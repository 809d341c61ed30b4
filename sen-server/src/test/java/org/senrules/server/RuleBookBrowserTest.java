package org.senrules.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.junit.jupiter.api.io.TempDir;
import org.senrules.core.RuleSetInfo;
import org.senrules.core.SenRules;
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
 * and works from the keyboard with no yes/no answered for the user, errors are named by field
 * label and focus moves to the first, a case decided through the form shows the service's plain
 * English first and its fingerprints behind a details control, and every page of the served and
 * the static rule book has no axe-core violation and reflows at 320 CSS pixels (WCAG 1.4.10).
 * Skipped, saying so, where Chromium is not installed (and the axe checks where npm is not).
 */
class RuleBookBrowserTest {
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final String CHROMIUM = "/usr/bin/chromium";
    static final ObjectMapper JSON = new ObjectMapper();
    static ChromeDriver driver;
    static ChromeDriverService driverService;
    static Path profile;
    static DecisionService s;
    /** axe-core's version, from npm; fetched into target/ at test time, not kept in the repository. */
    static final String AXE_VERSION = "4.11.0";
    static String AXE;
    /** An engine with the packs the service has: its rule sets name the pages, and it writes the static site. */
    static final SenRules ENGINE = SenRules.builder().build();

    @BeforeAll
    static void browser() throws Exception {
        assumeTrue(new File(CHROMEDRIVER).canExecute() && new File(CHROMIUM).canExecute(),
                "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver); browser test skipped");
        s = Services.open();
        AXE = axeCore();
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
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    /**
     * axe-core's script: from {@code target/axe-core}, installed there from npm the first time
     * ({@code npm install axe-core@AXE_VERSION}); null when npm is not there or the install fails.
     */
    static String axeCore() throws Exception {
        Path dir = Path.of("target", "axe-core");
        Path script = dir.resolve("node_modules/axe-core/axe.min.js");
        if (!Files.isRegularFile(script)) {
            Files.createDirectories(dir);
            try {
                Process p = new ProcessBuilder("npm", "install", "--prefix", dir.toString(), "--no-save", "--no-audit", "--no-fund",
                        "--ignore-scripts", "axe-core@" + AXE_VERSION).redirectErrorStream(true)
                        .redirectOutput(dir.resolve("npm.log").toFile()).start();
                if (!p.waitFor(3, java.util.concurrent.TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                }
            } catch (java.io.IOException e) {
                return null; // no npm
            }
        }
        return Files.isRegularFile(script) ? Files.readString(script) : null;
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

    /** Fills the form with a request: a select by value, a yes/no by its radio, anything else typed. */
    static WebElement fill(JsonNode request) {
        JavascriptExecutor js = driver;
        js.executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id("f-asOf")), request.get("asOf").asText());
        new Select(driver.findElement(By.id("f-policy"))).selectByValue(request.get("policy").asText());
        WebElement last = null;
        for (var field : request.get("case").properties()) {
            String id = "f-case-" + field.getKey();
            JsonNode v = field.getValue();
            if (v.isBoolean()) {
                // no default: each yes/no is chosen; the first radio is "Yes"
                driver.findElement(By.id(v.booleanValue() ? id : id + "-false")).click();
                continue;
            }
            WebElement input = driver.findElement(By.id(id));
            if (input.getTagName().equals("select")) {
                new Select(input).selectByValue(v.asText());
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
        return last;
    }

    @Test
    void tryACase_fromTheKeyboard_showsThePlainEnglishFirst_andTheFingerprintsBehindDetails() throws Exception {
        open("rule-sets/sspp-top-up.html");
        assertTrue(driver.findElement(By.id("policies")).getText().contains("Changed:"), "options side by side show what changes");
        JsonNode request = JSON.readTree(Http.example(DecisionServiceTest.SSPP));
        // no yes/no question has an answer before the user gives one
        for (WebElement radio : driver.findElements(By.cssSelector("#try-form input[type=radio]"))) {
            assertFalse(radio.isSelected(), radio.getAttribute("id"));
        }
        assertEquals("SEN Support", new Select(driver.findElement(By.id("f-case-planStatus"))).getOptions().stream()
                .filter(o -> o.getAttribute("value").equals("SEN_SUPPORT")).findFirst().orElseThrow().getText());
        assertEquals("Parental consent", driver.findElement(By.cssSelector("#f-case-parentalConsent-group legend")).getText());
        fill(request).sendKeys(Keys.ENTER); // submits the form from the keyboard
        WebElement text = driver.findElement(By.id("answer-text"));
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> text.getText().startsWith("Decision for case"));
        Http.Response expected = Http.post(s, "/v1/decisions", "application/json", request.toString(), "Accept", "text/plain");
        JavascriptExecutor js = driver;
        String plain = (String) js.executeScript("return arguments[0].textContent;", text);
        String record = (String) js.executeScript("return document.getElementById('answer-record').textContent;");
        assertEquals(expected.body(), plain + "For the record\n" + record, "the service's (and ./sen decide --explain's) plain English");
        assertFalse(plain.contains("sha256"), plain);
        WebElement details = driver.findElement(By.id("answer-details"));
        assertFalse(driver.findElement(By.id("answer-record")).isDisplayed(), "the fingerprints wait behind the details control");
        details.findElement(By.tagName("summary")).click();
        assertTrue(driver.findElement(By.id("answer-record")).isDisplayed());
        assertTrue(record.contains("Rule files: sha256:"), record);
        List<String> errors = consoleErrors();
        assertTrue(errors.isEmpty(), () -> "console errors " + errors);
    }

    @Test
    void tryACase_errorsAreNamedByFieldLabel_markedInvalid_andFocusMovesToTheFirst() throws Exception {
        open("rule-sets/sspp-top-up.html");
        ObjectNode request = (ObjectNode) JSON.readTree(Http.example(DecisionServiceTest.SSPP));
        ObjectNode c = (ObjectNode) request.get("case");
        c.remove("parentalConsent");
        fill(request);
        driver.findElement(By.id("decide")).click();
        WebElement summary = driver.findElement(By.id("violations"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> summary.getText().contains("Parental consent"));
        assertTrue(summary.getText().contains("Parental consent: choose yes or no"), summary.getText());
        assertEquals("true", driver.findElement(By.id("f-case-parentalConsent")).getAttribute("aria-invalid"));
        assertEquals("true", driver.findElement(By.id("f-case-parentalConsent-false")).getAttribute("aria-invalid"));
        assertEquals("f-case-parentalConsent", driver.switchTo().activeElement().getAttribute("id"), "focus on the first field in error");

        // a violation the service finds is named by the field's label too
        driver.findElement(By.id("f-case-parentalConsent")).click();
        WebElement units = driver.findElement(By.id("f-case-requestedSupportUnits"));
        units.clear();
        units.sendKeys("0");
        driver.findElement(By.id("decide")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> summary.getText().contains("Requested support units"));
        assertTrue(summary.getText().startsWith("The case cannot be decided yet\nRequested support units: must be"), summary.getText());
        assertFalse(summary.getText().contains("case.requestedSupportUnits"), "no JSON paths: " + summary.getText());
        assertEquals("true", units.getAttribute("aria-invalid"));
        assertEquals(null, driver.findElement(By.id("f-case-parentalConsent")).getAttribute("aria-invalid"), "fixed fields are no longer marked");
        assertEquals("f-case-requestedSupportUnits", driver.switchTo().activeElement().getAttribute("id"));
        assertTrue(driver.findElement(By.id("f-case-requestedSupportUnits-error")).getText().startsWith("must be"));
        List<String> errors = consoleErrors();
        assertTrue(errors.stream().allMatch(e -> e.contains("status of 422")), () -> "only the refusal is logged: " + errors);
    }

    @Test
    void ruleBook_speaksInTitlesPoundsAndDays_andLinksEachSourceToItsDocument() throws Exception {
        open("rule-sets/sspp-top-up.html");
        String values = driver.findElement(By.id("parameters")).getText();
        assertTrue(values.contains("North: £1,850,000.00"), values);
        assertTrue(values.contains("Early-years setting, Nursery school, Mainstream school"), values);
        assertFalse(values.contains("EARLY_YEARS_SETTING") || values.contains("1850000.00") || values.contains("2025-04-01"), values);
        String rules = driver.findElement(By.id("rules")).getText();
        assertFalse(rules.contains(".txt") || rules.contains("DOMAIN.md") || rules.contains("[public]"), rules);
        WebElement bulletin = driver.findElement(By.linkText("SEND and Inclusion Update, November 2025"));
        assertTrue(bulletin.getAttribute("href").endsWith("/sources/001_9fda0e487175dfd0.txt"), bulletin.getAttribute("href"));
        Http.Response copy = Http.get(s, "/sources/001_9fda0e487175dfd0.txt");
        assertEquals(200, copy.status());
        assertTrue(copy.body().length() > 1000);
        open("rule-sets/special-school-band.html");
        String shared = driver.findElement(By.id("value-supportUnitValue")).getText() + "\n"
                + driver.findElement(By.id("parameters")).getText();
        assertTrue(shared.contains("Ends on 31 March 2027."), "each value's end is shown: " + shared);
    }

    /** Runs axe-core on the open page; the violations, each with its rule, impact and the first few elements. */
    static List<String> axe() {
        JavascriptExecutor js = driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(AXE);
        }
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, { resultTypes: ['violations'] }).then(function (r) { done(JSON.stringify(r.violations.map(function (v) {"
                + "  return v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | ');"
                + "}))); }).catch(function (e) { done(JSON.stringify(['axe failed: ' + e])); });");
        try {
            List<String> out = new ArrayList<>();
            JSON.readTree((String) result).forEach(n -> out.add(n.asText()));
            return out;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** What sticks out of a 320-pixel-wide page, outside the tables' own scrolling regions: empty when it reflows. */
    static List<String> overflow() {
        Object r = ((JavascriptExecutor) driver).executeScript("var w = document.documentElement.clientWidth, out = [];"
                + "if (document.documentElement.scrollWidth > w) { out.push('the page is ' + document.documentElement.scrollWidth + 'px wide'); }"
                + "document.querySelectorAll('body *').forEach(function (e) { var b = e.getBoundingClientRect();"
                + "  if (b.width > 0 && b.right > w + 1 && !e.closest('.scroll')) { out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                + "    + (e.className ? '.' + e.className : '') + ' reaches ' + Math.round(b.right) + 'px'); } });"
                + "return JSON.stringify(out.slice(0, 10));");
        try {
            List<String> out = new ArrayList<>();
            JSON.readTree((String) r).forEach(n -> out.add(n.asText()));
            return out;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static void width(int pixels) {
        if (pixels == 0) {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        } else {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", pixels, "height", 640, "deviceScaleFactor", 1,
                    "mobile", true));
        }
    }

    /** Every page of a rule book: the index, the sources and each rule set's page, under {@code base}. */
    static List<String> pages(String base) {
        List<String> out = new ArrayList<>(List.of(base + "index.html", base + "sources.html"));
        for (RuleSetInfo info : ENGINE.ruleSets()) {
            out.add(base + "rule-sets/" + info.id() + ".html");
        }
        return out;
    }

    static void accessibleAndReflows(List<String> pages) {
        List<String> problems = new ArrayList<>();
        try {
            for (int w : new int[] {320, 0}) {
                width(w);
                for (String page : pages) {
                    driver.get(page);
                    axe().forEach(v -> problems.add((w == 0 ? "desktop " : "320px ") + page + ": axe " + v));
                    if (w == 320) {
                        overflow().forEach(o -> problems.add("320px " + page + ": " + o));
                    }
                }
            }
        } finally {
            width(0);
            // axe reads each stylesheet; on file:// pages Chromium logs that as an error, which is not the page's
            consoleErrors();
        }
        System.out.println("rule book: axe-core " + AXE_VERSION + " and reflow at 320px on " + pages.size() + " pages under "
                + pages.get(0).replace("index.html", "") + ": " + problems.size() + " problems");
        assertEquals(List.of(), problems);
    }

    @Test
    void servedRuleBook_hasNoAxeViolations_andReflowsAt320px() {
        assumeTrue(AXE != null, "axe-core could not be fetched from npm (npm install axe-core): accessibility check skipped");
        accessibleAndReflows(pages(s.uri().toString()));
    }

    @Test
    void staticRuleBook_hasNoAxeViolations_andReflowsAt320px(@TempDir Path site) {
        assumeTrue(AXE != null, "axe-core could not be fetched from npm (npm install axe-core): accessibility check skipped");
        DecisionService.writeRuleBook(ENGINE, site);
        accessibleAndReflows(pages(site.toUri().toString()));
    }
}
