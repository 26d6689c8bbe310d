package dev.bcfkit.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Southend-on-Sea sample workbooks against the paper they come from ({@code [002]}): every
 * value the reader takes from a workbook, as Excel shows it ("£3,282,763", "94%", "Yes"), is
 * printed on that quarter's pages of the paper (Q1 {@code [002:854-1171]}, Q2
 * {@code [002:1420-1793]}, Q3 {@code [002:1796-2188]}, Q4 {@code [002:2191-2613]}), white space
 * aside. The values it cannot find are listed with the reason, each a place where the paper's
 * renderer split or cut a cell, or where the sample keeps a figure the paper prints only inside
 * a sentence; nothing else may be missing.
 */
class SouthendWorkbooksAgainstThePaperTest {
    private static final Path PAPER = Path.of(System.getProperty("bcf.repository", ".."), "docs", "papers",
            "002_a976cd69fb4e90aa.txt");

    static Stream<Arguments> quarters() {
        return Stream.of(Arguments.of("q1", 854, 1171), Arguments.of("q2", 1420, 1793),
                Arguments.of("q3", 1796, 2188), Arguments.of("q4", 2191, 2613));
    }

    private static final String REABLEMENT = "the reablement block's name is on no page: Q1-Q3 do not render the"
            + " block, Q4 prints its definition alone [002:2456]; the workbook labels it \"Reablement\"";

    /** The values not printed as one run of text on the quarter's pages, by pointer, with the reason. */
    private static final Map<String, String> NOT_AS_PRINTED = Map.ofEntries(
            Map.entry("q1/metrics/5/metric", REABLEMENT), Map.entry("q2/metrics/5/metric", REABLEMENT),
            Map.entry("q3/metrics/5/metric", REABLEMENT), Map.entry("q4/metrics/5/metric", REABLEMENT),
            Map.entry("q1/nationalConditions/3/condition", "the renderer's \"can be taked Standard 9)?\" [002:904]"),
            Map.entry("q2/nationalConditions/3/condition", "the row cut and repeated: \"can be tak of Standard 9)?\""
                    + " [002:1481-1482]"),
            Map.entry("q4/nationalConditions/3/condition", "the row cut after \"can be\" [002:2252-2254]"),
            Map.entry("q4/nationalConditions/4/condition", "OCR \"sereiges?\" for \"services?\" [002:2256-2257]"),
            Map.entry("q3/metrics/1/definition", "split inside a word: \"(a\tged 18+)\" [002:2061]"),
            Map.entry("q4/metrics/2/commentary", "split inside words: \"ser\"/\"vice\", \"ex\"/\"pect\""
                    + " [002:2439-2441]"));

    @ParameterizedTest(name = "southend-2016-17-{0}")
    @MethodSource("quarters")
    void everyValueReadIsPrintedOnTheQuartersPages(String quarter, int first, int last) throws IOException {
        String name = "southend-2016-17-" + quarter + ".json";
        Path file = SampleWorkbookFilesTest.workbook(name);
        List<String> lines = Files.readAllLines(PAPER, StandardCharsets.UTF_8);
        String pages = flat(String.join(" ", lines.subList(first - 1, last)));
        WorkbookDocument read = BcfWorkbooks.readWithCells(file);
        Map<String, String> missing = new TreeMap<>();
        DataFormatter shown = new DataFormatter(java.util.Locale.UK);
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            for (Map.Entry<String, String> e : read.cells().entrySet()) {
                String value = flat(shown.formatCellValue(cell(wb, e.getValue())));
                if (!value.isEmpty() && !pages.contains(value) && !everyWordOn(value, pages)) {
                    missing.put(e.getKey(), e.getValue() + " \"" + value + "\"");
                }
            }
        }
        List<String> unexplained = new ArrayList<>();
        missing.forEach((pointer, what) -> {
            if (!NOT_AS_PRINTED.containsKey(quarter + pointer)) {
                unexplained.add(pointer + " " + what);
            }
        });
        assertEquals(List.of(), unexplained);
        List<String> stale = NOT_AS_PRINTED.keySet().stream().filter(k -> k.startsWith(quarter + "/"))
                .filter(k -> !missing.containsKey(k.substring(quarter.length()))).sorted().toList();
        assertEquals(List.of(), stale, "listed as not printed, but printed");
    }

    /** Whether each word of a value is on the pages: the value's cell was split across the page by the renderer. */
    private static boolean everyWordOn(String value, String pages) {
        for (String word : value.split(" ")) {
            if (!pages.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static Cell cell(Workbook wb, String address) {
        int bang = address.lastIndexOf('!');
        CellReference ref = new CellReference(address.substring(bang + 1));
        return wb.getSheet(address.substring(0, bang)).getRow(ref.getRow()).getCell(ref.getCol());
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
