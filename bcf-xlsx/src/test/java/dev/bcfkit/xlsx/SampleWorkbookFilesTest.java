package dev.bcfkit.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample workbooks in {@code examples/data/xlsx/}: one per sample quarterly return in
 * {@code examples/data}. Those laid out from a paper (a {@code .layout} file in
 * {@code examples/data/xlsx/layouts/}) are checked by {@link PaperWorkbooksTest}; the others are
 * made by the writer from the JSON samples and each reads back as a document equal to its JSON
 * sample ({@link SouthendWorkbooksAgainstThePaperTest} checks their values against what the paper
 * prints). Run with {@code -Dbcf.regenerate=true} to rewrite the writer-made ones:
 * {@code mvn -B -o -pl bcf-xlsx -am test -Dtest=SampleWorkbookFilesTest -Dsurefire.failIfNoSpecifiedTests=false -Dbcf.regenerate=true}.
 */
class SampleWorkbookFilesTest {
    static final Path DATA = SampleWorkbooksTest.DATA;
    static final Path XLSX = DATA.resolve("xlsx");
    private static final boolean REGENERATE = Boolean.getBoolean("bcf.regenerate");

    /** The JSON samples that are quarterly returns, by file name. */
    static List<String> returnSamples() throws IOException {
        try (Stream<Path> list = Files.list(DATA)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                    .filter(n -> json(n) instanceof QuarterlyReturn).collect(Collectors.toList());
        }
    }

    /** The return samples whose workbook the writer makes: those with no layout from a paper. */
    static List<String> writerMadeSamples() throws IOException {
        return returnSamples().stream().filter(n -> !Files.exists(PaperWorkbooksTest.LAYOUTS
                .resolve(n.replace(".json", ".layout")))).collect(Collectors.toList());
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
    @MethodSource("writerMadeSamples")
    void theWorkbookReadsBackAsItsJsonSample(String name) throws IOException {
        BcfDocument expected = json(name);
        Path file = workbook(name);
        if (REGENERATE) {
            Files.createDirectories(XLSX);
            BcfWorkbooks.write(expected, file);
        }
        assertTrue(Files.exists(file), "examples/data/xlsx/" + file.getFileName() + " is missing; rerun with"
                + " -Dbcf.regenerate=true to write it");
        WorkbookDocument read = BcfWorkbooks.readWithCells(file);
        Differences.assertSame(expected, read.document());
        assertEquals(List.of(), read.notices());
    }

    @Test
    void everyWorkbookIsASampleReturnsWorkbook() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(XLSX)) {
            files = list.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(returnSamples().stream().map(n -> n.replace(".json", ".xlsx"))
                .collect(Collectors.toCollection(TreeSet::new)), files);
    }
}
