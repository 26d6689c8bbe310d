package dev.bcfkit.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.json.BcfJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample workbooks in {@code examples/data/xlsx/}: one per sample quarterly return in
 * {@code examples/data}, each laid out from the paper's rendering by its layout in
 * {@code examples/data/xlsx/layouts/} and checked by {@link PaperWorkbooksTest}. This test writes
 * no sample: the writer's own round trip of each JSON sample is checked in a temporary folder.
 */
class SampleWorkbookFilesTest {
    static final Path DATA = SampleWorkbooksTest.DATA;
    static final Path XLSX = DATA.resolve("xlsx");

    @TempDir
    Path dir;

    /** The JSON samples that are quarterly returns, by file name. */
    static List<String> returnSamples() throws IOException {
        try (Stream<Path> list = Files.list(DATA)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                    .filter(n -> json(n) instanceof QuarterlyReturn).collect(Collectors.toList());
        }
    }

    /** The return samples whose workbook is not laid out from a paper. */
    static List<String> samplesWithoutALayout() throws IOException {
        return returnSamples().stream()
                .filter(n -> !Files.exists(PaperWorkbooksTest.LAYOUTS.resolve(n.replace(".json", ".layout"))))
                .collect(Collectors.toList());
    }

    static BcfDocument json(String name) {
        try {
            return BcfJson.strict().readDocument(Files.readAllBytes(DATA.resolve(name)), name);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Path workbook(String jsonName) {
        return XLSX.resolve(jsonName.replace(".json", ".xlsx"));
    }

    @ParameterizedTest
    @MethodSource("returnSamples")
    void theWriterGivesBackEachJsonSample(String name) {
        BcfDocument expected = json(name);
        Path file = dir.resolve(name.replace(".json", ".xlsx"));
        BcfWorkbooks.write(expected, file);
        WorkbookDocument read = BcfWorkbooks.readWithCells(file);
        Differences.assertSame(expected, read.document());
        assertEquals(List.of(), read.notices());
    }

    /** Issue 17: every sample workbook is made from a paper's rendering, none by our writer. */
    @Test
    void everySampleWorkbookIsLaidOutFromAPaper() throws IOException {
        assertEquals(List.of(), samplesWithoutALayout(), "sample returns whose workbook has no layout in"
                + " examples/data/xlsx/layouts/");
    }

    @Test
    void everyWorkbookIsASampleReturnsWorkbook() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(XLSX)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xlsx")).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(returnSamples().stream().map(n -> n.replace(".json", ".xlsx"))
                .collect(Collectors.toCollection(TreeSet::new)), files);
    }
}
