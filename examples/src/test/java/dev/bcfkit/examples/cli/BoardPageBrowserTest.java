package dev.bcfkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.QuarterlyReturn;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The board page in a real browser: headless Chromium driven by WebDriver (Debian's
 * {@code chromium} and {@code chromium-driver}, which {@code .ci/run} installs). For each sample
 * return, every section renders (shown, with a height, its heading and its tables' rows), and
 * nothing is wider than an A4 page, on screen at 210mm (794px at 96dpi) and in print media at
 * the printable width of the print stylesheet (210mm less two 12mm margins, 703px); the print
 * stylesheet is the one in force (10pt type). Screenshots and an A4 PDF of each page are saved
 * under {@code target/board-page/}. Hostile words run no script in the browser and do not widen
 * the page. Skipped, with the reason, where Chromium or its driver is not installed.
 */
class BoardPageBrowserTest {
    private static final Path OUT = Path.of("target", "board-page");
    /** 210mm at 96 pixels to the inch. */
    private static final int A4_WIDTH = 794;
    /** 210mm less the print stylesheet's two 12mm margins, at 96 pixels to the inch. */
    private static final int A4_PRINTABLE_WIDTH = 703;
    private static final int A4_HEIGHT = 1123;
    /** Kept so the levels stick: Selenium warns when the browser is newer or older than its CDP bindings. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.openqa.selenium"));

    /** What the page finds too wide: each element past the page's right or left edge, or wider than its box. */
    private static final String OVERFLOWS = """
            const width = document.documentElement.clientWidth;
            const found = [];
            const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (e.getAttribute('class') ? '.' + e.getAttribute('class').replace(/ /g, '.') : '')
                + ' "' + (e.textContent || '').trim().slice(0, 40) + '"';
            if (document.documentElement.scrollWidth > width) {
              found.push('the page is ' + document.documentElement.scrollWidth + 'px wide in ' + width + 'px');
            }
            for (const e of document.body.querySelectorAll('*')) {
              const r = e.getBoundingClientRect();
              if (r.width === 0 && r.height === 0) continue;
              if (r.right > width + 0.5 || r.left < -0.5) {
                found.push(describe(e) + ' spans ' + Math.round(r.left) + 'px to ' + Math.round(r.right) + 'px');
              } else if (e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1) {
                found.push(describe(e) + ' holds ' + e.scrollWidth + 'px in ' + e.clientWidth + 'px');
              }
            }
            return found.slice(0, 20);
            """;

    /** The rows of the page's tables that have no height or are hidden, by section. */
    private static final String UNSHOWN_ROWS = """
            const found = [];
            for (const row of document.querySelectorAll('section tbody tr')) {
              const r = row.getBoundingClientRect();
              if (r.height === 0 || getComputedStyle(row).visibility !== 'visible') {
                found.push(row.closest('section').id + ': ' + row.textContent.trim().slice(0, 40));
              }
            }
            return found;
            """;

    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        Optional<Path> chromium = onPath("chromium");
        Optional<Path> driver = onPath("chromedriver");
        assumeTrue(chromium.isPresent() && driver.isPresent(), "the board page's browser test is skipped: "
                + (chromium.isEmpty() ? "chromium" : "chromedriver") + " is not on the PATH; install Debian's"
                + " chromium and chromium-driver (apt-get install -y chromium chromium-driver), as .ci/run does");
        QUIET.forEach(l -> l.setLevel(Level.SEVERE));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--hide-scrollbars", "--window-size=" + A4_WIDTH + "," + A4_HEIGHT);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.get().toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    static List<String> sampleReturns() {
        return Samples.RETURNS;
    }

    @ParameterizedTest
    @MethodSource("sampleReturns")
    void everySectionRendersAndNothingOverflowsAnA4Page(String sample) throws IOException {
        QuarterlyReturn r = (QuarterlyReturn) Samples.read(sample);
        String name = sample.replace(".json", "");
        Path html = OUT.resolve(name + ".html");
        Files.createDirectories(OUT);
        Run run = Run.of("report", Samples.path(sample), "--html", html.toString());
        assertEquals(0, run.status(), run.err());
        open(html, "screen", A4_WIDTH);

        List<String> ids = new ArrayList<>(BoardPages.RETURN_SECTIONS);
        if (r.additionalIbcf() != null) {
            ids.add("ibcf");
        }
        if (r.yearEndFeedback() != null) {
            ids.add("year-end-feedback");
        }
        for (String id : ids) {
            WebElement section = browser.findElement(By.id(id));
            assertTrue(section.isDisplayed(), sample + ": section " + id + " is not shown");
            assertTrue(section.getSize().getHeight() > 0, sample + ": section " + id + " has no height");
            assertFalse(section.findElement(By.tagName("h2")).getText().isBlank(), sample + ": " + id);
        }
        assertEquals(List.of(), browser.executeScript(UNSHOWN_ROWS), sample + ": table rows not shown");
        assertEquals(r.nationalConditions().size(),
                browser.findElements(By.cssSelector("#national-conditions tbody tr")).size(), sample);
        for (WebElement chart : browser.findElements(By.cssSelector("svg.chart"))) {
            assertTrue(chart.getSize().getWidth() > 0 && chart.getSize().getHeight() > 0, sample + ": a chart");
        }
        assertEquals(r.incomeAndExpenditure() == null ? 0 : 2,
                browser.findElements(By.cssSelector("svg.chart")).size(), sample);
        assertEquals(List.of(), overflows(), sample + " on screen at A4 width");
        screenshot(name + "-screen");

        open(html, "print", A4_PRINTABLE_WIDTH);
        assertEquals("13.3333px", browser.executeScript(
                "return getComputedStyle(document.body).fontSize"), "the print stylesheet's 10pt is in force");
        assertEquals(List.of(), overflows(), sample + " printed on A4");
        screenshot(name + "-print");
        Path sections = Files.createDirectories(OUT.resolve(name));
        for (String id : ids) {
            capture(sections.resolve(id + ".png"), "document.getElementById('" + id + "')");
        }
        savePdf(name);
    }

    @Test
    void hostileWordsRunNoScriptAndDoNotWidenThePage() throws Exception {
        String hostile = "<script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\"/>"
                + "<style>body { width: 5000px }</style> " + "W".repeat(600);
        QuarterlyReturn r = BoardPages.narrated(BoardPages.conditionAnswered(
                (QuarterlyReturn) Samples.read(Samples.DORSET_Q2), 0, ConditionAnswer.NO, null, hostile), hostile,
                hostile);
        Files.createDirectories(OUT);
        Path html = OUT.resolve("hostile.html");
        Files.writeString(html, BoardPages.html(r), StandardCharsets.UTF_8);
        for (String media : List.of("screen", "print")) {
            open(html, media, media.equals("print") ? A4_PRINTABLE_WIDTH : A4_WIDTH);
            assertEquals("undefined", browser.executeScript("return typeof window.pwned"));
            assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
            assertTrue(browser.findElements(By.cssSelector("body script, body img, body style")).isEmpty());
            String shown = browser.findElement(By.cssSelector("#narrative .prose")).getText();
            assertTrue(shown.replaceAll("\\s", "").startsWith(hostile.replaceAll("\\s", "").substring(0, 60)), shown);
            assertEquals(List.of(), overflows(), "hostile words in " + media);
        }
        screenshot("hostile-print");
    }

    @Test
    void theOverflowCheckSeesWhatIsTooWide() throws IOException {
        Files.createDirectories(OUT);
        Path html = OUT.resolve("too-wide.html");
        Files.writeString(html, "<!DOCTYPE html><html><body><table><tr><td>" + "W".repeat(300)
                + "</td></tr></table><div style=\"width: 100px; overflow: hidden; white-space: nowrap\">"
                + "a line that does not fit in a hundred pixels</div></body></html>", StandardCharsets.UTF_8);
        open(html, "print", A4_PRINTABLE_WIDTH);
        List<String> found = overflows();
        assertTrue(found.get(0).startsWith("the page is "), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("td ") && f.contains(" spans ")), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("div ") && f.contains(" in 100px")), found.toString());
    }

    private static void open(Path html, String media, int width) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", A4_HEIGHT,
                "deviceScaleFactor", 1, "mobile", false));
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
        browser.get(html.toAbsolutePath().toUri().toString());
    }

    @SuppressWarnings("unchecked")
    private static List<String> overflows() {
        return (List<String>) browser.executeScript(OVERFLOWS);
    }

    /** Saves the whole page (not only the first screen) as a PNG. */
    private static void screenshot(String name) throws IOException {
        capture(OUT.resolve(name + ".png"), "document.documentElement");
    }

    /** Saves the element the script expression gives, whole, wherever it is on the page, as a PNG. */
    private static void capture(Path png, String element) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) browser.executeScript("const r = " + element
                + ".getBoundingClientRect(); return {x: r.left + scrollX, y: r.top + scrollY, width: r.width,"
                + " height: r.height};");
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", box.get("x"), "y", box.get("y"),
                        "width", box.get("width"), "height", box.get("height"), "scale", 1)));
        Files.write(png, Base64.getDecoder().decode((String) shot.get("data")));
        assertTrue(Files.size(png) > 0, png.toString());
    }

    /** Prints the page to an A4 PDF, as a committee clerk would. */
    private static void savePdf(String name) throws IOException {
        PrintOptions print = new PrintOptions();
        print.setPageSize(new PageSize(29.7, 21.0));
        print.setBackground(true);
        byte[] pdf = Base64.getDecoder().decode(browser.print(print).getContent());
        Files.write(OUT.resolve(name + ".pdf"), pdf);
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    }

    private static Optional<Path> onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, command);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
