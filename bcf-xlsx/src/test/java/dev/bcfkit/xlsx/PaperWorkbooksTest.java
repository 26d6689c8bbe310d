package dev.bcfkit.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.json.BcfJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample workbooks laid out from the papers' renderings: each {@code .layout} file in
 * {@code examples/data/xlsx/layouts/} says which of a paper's lines are the rows of which sheet
 * ({@link PaperLayout}); the workbook beside it holds exactly those rows, typed back as Excel
 * showed them ({@link PaperWorkbook}); and reading it gives the JSON sample of the same name,
 * except for the values the layout lists under {@code differs}, each with its reason. Run with
 * {@code -Dbcf.regenerate=true} to rewrite the workbooks from their layouts:
 * {@code mvn -B -o -pl bcf-xlsx -am test -Dtest=PaperWorkbooksTest -Dsurefire.failIfNoSpecifiedTests=false -Dbcf.regenerate=true -DskipPitest}.
 */
class PaperWorkbooksTest {
    static final Path REPOSITORY = Path.of(System.getProperty("bcf.repository", ".."));
    static final Path LAYOUTS = REPOSITORY.resolve("examples/data/xlsx/layouts");
    private static final boolean REGENERATE = Boolean.getBoolean("bcf.regenerate");

    static List<String> layouts() throws IOException {
        try (Stream<Path> list = Files.list(LAYOUTS)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".layout")).sorted()
                    .collect(Collectors.toList());
        }
    }

    private static PaperLayout layout(String name) throws IOException {
        return PaperLayout.read(LAYOUTS.resolve(name), REPOSITORY.resolve("docs/papers"));
    }

    private static Path workbook(String layout) {
        return LAYOUTS.getParent().resolve(layout.replace(".layout", ".xlsx"));
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void theWorkbookHoldsExactlyTheRowsItsLayoutTakesFromThePaper(String name) throws IOException {
        Path file = workbook(name);
        try (Workbook built = PaperWorkbook.of(layout(name))) {
            if (REGENERATE) {
                try (OutputStream out = Files.newOutputStream(file)) {
                    built.write(out);
                }
            }
            assertTrue(Files.exists(file), file + " is missing; rerun with -Dbcf.regenerate=true to write it");
            try (InputStream in = Files.newInputStream(file); Workbook committed = WorkbookFactory.create(in)) {
                assertEquals(cells(built), cells(committed), file.getFileName() + " is not what its layout makes;"
                        + " rerun with -Dbcf.regenerate=true");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void theWorkbookReadsAsItsJsonSampleSaveTheListedDifferences(String name) throws IOException {
        String sample = name.replace(".layout", ".json");
        BcfDocument json = BcfJson.strict().readDocument(REPOSITORY.resolve("examples/data").resolve(sample));
        WorkbookDocument read = BcfWorkbooks.readWithCells(workbook(name));
        Map<String, String> differing = differences(json, read.document());
        assertEquals(layout(name).differences().keySet(), differing.keySet(),
                "the values that differ from " + sample + " (expected | read): " + differing);
        assertEquals(List.of(), read.notices());
    }

    /** Every cell of every sheet, as "sheet!row,column" to its type, format and value. */
    private static Map<String, String> cells(Workbook wb) {
        Map<String, String> all = new TreeMap<>();
        for (Sheet s : wb) {
            all.put(s.getSheetName(), "sheet " + wb.getSheetIndex(s));
            for (Row r : s) {
                for (Cell c : r) {
                    all.put(s.getSheetName() + "!" + r.getRowNum() + "," + c.getColumnIndex(),
                            c.getCellType() + " " + c.getCellStyle().getDataFormatString() + " " + c);
                }
            }
        }
        return all;
    }

    /** The JSON pointers at which two documents' JSON forms differ, with both values. */
    static Map<String, String> differences(BcfDocument expected, BcfDocument actual) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode e = mapper.readTree(BcfJson.strict().write(expected));
        JsonNode a = mapper.readTree(BcfJson.strict().write(actual));
        Map<String, String> out = new TreeMap<>();
        diff("", e, a, out);
        return out;
    }

    private static void diff(String pointer, JsonNode e, JsonNode a, Map<String, String> out) {
        if (e != null && a != null && e.isContainerNode() && e.getNodeType() == a.getNodeType()) {
            List<String> keys = new ArrayList<>();
            if (e.isObject()) {
                e.fieldNames().forEachRemaining(keys::add);
                for (Iterator<String> it = a.fieldNames(); it.hasNext();) {
                    String k = it.next();
                    if (!keys.contains(k)) {
                        keys.add(k);
                    }
                }
                for (String k : keys) {
                    diff(pointer + "/" + k, e.get(k), a.get(k), out);
                }
            } else {
                for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
                    diff(pointer + "/" + i, e.get(i), a.get(i), out);
                }
            }
        } else if (e == null ? a != null && !a.isNull() : !e.equals(a) && !(e.isNull() && a == null)) {
            out.put(pointer, e + " | " + a);
        }
    }
}
