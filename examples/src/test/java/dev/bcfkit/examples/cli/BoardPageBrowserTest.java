package dev.bcfkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.json.BcfJson;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Report;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.xlsx.BcfWorkbooks;
import dev.bcfkit.xlsx.WorkbookDocument;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
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
 * stylesheet is the one in force (10pt type). A screenshot of the page on screen and an A4 PDF of its print are saved
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

    /** The ids of the page's sections, in order. */
    private static final String SECTION_IDS = "return Array.from(document.querySelectorAll('section')).map(s => s.id);";

    /** The shown text of each element the selector finds. */
    private static final String TEXTS =
            "return Array.from(document.querySelectorAll(arguments[0])).map(e => (e.innerText ?? e.textContent ?? '').trim());";

    /**
     * A blank value shown as met or green, or a blank marker that is hidden or says nothing: each
     * is listed with its section.
     */
    private static final String BLANK_SHOWN_AS_MET = """
            const found = [];
            for (const e of document.querySelectorAll('.blank, .answer-blank')) {
              const where = (e.closest('section') || document.body).id + ': ';
              if (e.closest('.answer-yes, .rag-green, .complete')) {
                found.push(where + 'a blank inside a met or green cell');
              }
              if (e.getBoundingClientRect().height === 0 || e.innerText.trim() === '') {
                found.push(where + 'a blank marker that shows nothing');
              }
              if (e.innerText.trim().split(/\\s+/).length === 1 && e.innerText.trim() !== 'blank') {
                found.push(where + 'a blank marker reading "' + e.innerText.trim() + '"');
              }
            }
            for (const e of document.querySelectorAll('.answer-yes, .rag-green')) {
              if (/blank/i.test(e.innerText)) {
                found.push((e.closest('section') || document.body).id + ': "' + e.innerText.trim() + '" marked as met');
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

    /**
     * @return every sample in examples/data (each kind of document), the faulty Southend return and
     *     a sample workbook, as paths under the module directory
     */
    static List<String> samples() throws IOException {
        List<String> samples = new ArrayList<>(Samples.all());
        samples.add(Samples.DIR.resolve("faulty").resolve("southend-q1-unbalanced.json").toString());
        samples.add(Samples.DIR.resolve("xlsx").resolve("nottinghamshire-2017-18-q2.xlsx").toString());
        return samples;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySectionOfEveryKindRendersAndNothingOverflowsAnA4Page(String sample) throws IOException {
        Path file = Path.of(sample);
        BcfDocument document = sample.endsWith(".xlsx") ? BcfWorkbooks.read(file)
                : (BcfDocument) BcfJson.strict().readDocument(file);
        String name = (file.getParent().endsWith("data") ? "" : file.getParent().getFileName() + "-")
                + file.getFileName().toString().replaceFirst("\\.(json|xlsx)$", "");
        Path html = OUT.resolve(name + ".html");
        Files.createDirectories(OUT);
        Run run = Run.of("report", sample, "--html", html.toString());
        assertEquals(0, run.status(), run.err());
        open(html, "screen", A4_WIDTH);

        List<String> ids = BoardPageSections.of(document, BoardPages.report(document));
        assertEquals(ids, browser.executeScript(SECTION_IDS), name + ": the sections of a " + document.edition());
        for (String id : ids) {
            WebElement section = browser.findElement(By.id(id));
            assertTrue(section.isDisplayed(), name + ": section " + id + " is not shown");
            assertTrue(section.getSize().getHeight() > 0, name + ": section " + id + " has no height");
            assertFalse(section.findElement(By.tagName("h2")).getText().isBlank(), name + ": " + id);
        }
        assertEquals(List.of(), browser.executeScript(UNSHOWN_ROWS), name + ": table rows not shown");
        assertEquals(List.of(), browser.executeScript(BLANK_SHOWN_AS_MET), name + ": a blank shown as met");
        findingsAsCounted(name);
        if (sample.endsWith(".xlsx")) {
            findingsNameTheirCells(name, BcfWorkbooks.readWithCells(file));
        }
        BoardPageChecks.of(document).check(new BoardPageChecks.Page(browser), name);
        assertEquals(List.of(), overflows(), name + " on screen at A4 width");
        screenshot(name + "-screen");

        open(html, "print", A4_PRINTABLE_WIDTH);
        assertEquals("13.3333px", browser.executeScript(
                "return getComputedStyle(document.body).fontSize"), "the print stylesheet's 10pt is in force");
        assertEquals(List.of(), overflows(), name + " printed on A4");
        savePdf(name);
    }

    @Test
    void theFaultyReturnsFindingsSectionShowsItsErrors() throws IOException {
        Path sample = Samples.DIR.resolve("faulty").resolve("southend-q1-unbalanced.json");
        QuarterlyReturn r = (QuarterlyReturn) BcfJson.strict().readDocument(sample);
        Report report = BoardPages.report(r);
        List<String> errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::ruleId).toList();
        assertFalse(errors.isEmpty(), "the faulty sample has errors");
        Files.createDirectories(OUT);
        Path html = OUT.resolve("faulty-findings.html");
        assertEquals(0, Run.of("report", sample.toString(), "--html", html.toString()).status());
        open(html, "screen", A4_WIDTH);
        assertEquals(errors, texts("#findings tr.sev-error td:nth-child(2)"));
        assertEquals(Collections.nCopies(errors.size(), "ERROR"), texts("#findings tr.sev-error td.severity"));
        assertEquals(report.findings().size(), texts("#findings tbody tr").size());
        String first = browser.findElement(By.cssSelector("#findings tbody tr")).getText();
        assertTrue(first.contains(report.findings().get(0).message().substring(0, 40)), first);
        capture(OUT.resolve("faulty-findings.png"), "document.getElementById('findings')");
    }

    @Test
    void aConditionLeftOutShowsAsBlankAndIsNotCountedAsMet() throws IOException {
        QuarterlyReturn r = BoardPages.conditionLeftOut(BoardPages.conditionAnswered(
                (QuarterlyReturn) Samples.read(Samples.NOTTS_Q2), 0, ConditionAnswer.NO, null, null), 1);
        Files.createDirectories(OUT);
        Path html = OUT.resolve("condition-left-out.html");
        Files.writeString(html, BoardPages.html(r), StandardCharsets.UTF_8);
        open(html, "screen", A4_WIDTH);
        List<String> answers = texts("#national-conditions tbody td.answer");
        assertEquals(List.of("No", "blank"), answers.subList(0, 2), answers.toString());
        long met = answers.stream().filter(a -> a.equals("Yes")).count();
        String summary = browser.findElement(By.cssSelector("#national-conditions .conditions-summary")).getText();
        assertEquals(met + " of " + answers.size() + " conditions met, 1 not met, 1 not answered.", summary);
        List<String> blanks = texts("#national-conditions tr.condition-not-met td .blank");
        assertEquals(List.of("blank", "blank"), blanks, "the date and the explanation the return leaves out");
        assertEquals(List.of(), browser.executeScript(BLANK_SHOWN_AS_MET));
        capture(OUT.resolve("condition-left-out.png"), "document.getElementById('national-conditions')");
    }

    /** Each finding has its row, marked with its severity, as many as the header counts. */
    private static void findingsAsCounted(String name) {
        String counted = browser.findElement(By.xpath("//header//dt[.='Findings']/following-sibling::dd[1]"))
                .getText();
        String shown = texts("#findings tr.sev-error").size() + " error" + (texts("#findings tr.sev-error")
                .size() == 1 ? "" : "s") + ", " + texts("#findings tr.sev-warning").size() + " warning"
                + (texts("#findings tr.sev-warning").size() == 1 ? "" : "s") + ", "
                + texts("#findings tr.sev-info").size() + " information";
        assertEquals(counted, shown, name + ": the findings listed against the header's count");
    }

    /** A finding on a workbook names, beside its path, the cell the value was read from. */
    @SuppressWarnings("unchecked")
    private static void findingsNameTheirCells(String name, WorkbookDocument workbook) {
        List<String> paths = texts("#findings tbody td:nth-child(3) code");
        List<String> expected = paths.stream().map(p -> {
            String cell = workbook.cellOf(p.equals("/") ? "" : p);
            return cell == null ? "" : cell;
        }).toList();
        assertEquals(expected, browser.executeScript("return Array.from(document.querySelectorAll('#findings tbody"
                + " td:nth-child(3)')).map(td => td.querySelector('.cell') ? td.querySelector('.cell').innerText : '');"),
                name + ": the findings' cells");
        assertTrue(expected.stream().anyMatch(c -> c.contains("!")), name + ": no finding names a cell " + paths);
    }

    @SuppressWarnings("unchecked")
    private static List<String> texts(String css) {
        return (List<String>) browser.executeScript(TEXTS, css);
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

    /**
     * A board's or council's name written as a long e-mail address, a word with nowhere to break: a
     * sample of each kind with its place's name so replaced wherever it occurs. (Web addresses
     * and words with hyphens break at their slashes and hyphens; the hostile test has a plain long
     * word in prose.)
     */
    @ParameterizedTest
    @MethodSource("placesNamed")
    void longUnbrokenWordsDoNotWidenThePageOfAnyKind(String sample, String place) throws IOException {
        // no break opportunity in it: a full stop before a letter and "@" do not allow one
        String word = "better.care.fund.health.and.wellbeing.board.committee.papers@"
                + place.toLowerCase(java.util.Locale.ROOT).replace("-", "") + ".gov.uk";
        String json = Files.readString(Samples.DIR.resolve(sample), StandardCharsets.UTF_8).replace(place, word);
        Files.createDirectories(OUT);
        Path file = OUT.resolve("long-words-" + sample);
        Files.writeString(file, json, StandardCharsets.UTF_8);
        Path html = OUT.resolve("long-words-" + sample.replace(".json", ".html"));
        Run run = Run.of("report", file.toString(), "--html", html.toString());
        assertEquals(0, run.status(), run.err());
        for (String media : List.of("screen", "print")) {
            open(html, media, media.equals("print") ? A4_PRINTABLE_WIDTH : A4_WIDTH);
            assertTrue(browser.findElement(By.tagName("body")).getText().replaceAll("\\s", "").contains(word),
                    sample + ": the long word is shown");
            assertEquals(List.of(), overflows(), sample + " with long words in " + media);
        }
        screenshot("long-words-" + sample.replace(".json", "") + "-print");
    }

    static Stream<Arguments> placesNamed() {
        return Stream.of(Arguments.of(Samples.SOUTHEND_Q4, "Southend-on-Sea"),
                Arguments.of(Samples.NOTTS_PLAN, "Nottinghamshire"),
                Arguments.of("nottinghamshire-pooled-budget-2017-19.json", "Nottinghamshire"),
                Arguments.of("southend-plan-2017-19.json", "Southend-on-Sea"),
                Arguments.of("mid-notts-alliance-2016-10.json", "Mid-Nottinghamshire"));
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
