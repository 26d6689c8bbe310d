package dev.bcfkit.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.json.BcfJson;
import dev.bcfkit.testkit.BcfArbitraries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Real councils' workbooks vary from the template, and the reader reads them alike. A workbook of
 * every return edition (a generated return written by {@link BcfWorkbooks#write}, or a sample in
 * {@code examples/data/xlsx}) is changed, randomly and in combination, the ways councils change a
 * template ({@link LayoutChanges}): rows and columns inserted above or left of a block, a blank row
 * inside a table (between two conditions, metrics or High Impact Changes), extra
 * sheets (guidance, a checklist, a hidden and a very hidden lookup), tabs reordered and renamed
 * ("3. National Conditions", "3) National Conditions", "National Conditions", trailing spaces),
 * rows and columns hidden, label cells merged, labels typed with line breaks, double or
 * non-breaking spaces, another case, a trailing colon or asterisk; numbers typed as text
 * ("1234", "1,234", "£1,234.00", "£ 1,234", "3.5%"), dates as text or as bare serials, strings
 * inline or as rich text. The document read is the unchanged one's, and every value's cell is
 * the one its cell moved to.
 */
class WorkbookLayoutProperties {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<byte[]> SAMPLES = samples();

    @Property(tries = 15)
    void aGeneratedReturnReadsAlikeHoweverItsWorkbookIsLaidOut(@ForAll("returns") QuarterlyReturn r,
            @ForAll("changes") List<LayoutChanges.Change> changes) throws IOException {
        Path file = Files.createTempFile("bcf-layout", ".xlsx");
        try {
            BcfWorkbooks.write(r, file);
            readsAlike(Files.readAllBytes(file), changes);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Property(tries = 12)
    void aSampleReadsAlikeHoweverItsWorkbookIsLaidOut(@ForAll("sample") int sample,
            @ForAll("changes") List<LayoutChanges.Change> changes) throws IOException {
        readsAlike(SAMPLES.get(sample), changes);
    }

    /** The changed workbook gives the same document, and each pointer's cell is where its cell moved. */
    static void readsAlike(byte[] original, List<LayoutChanges.Change> changes) throws IOException {
        WorkbookDocument before = read(original);
        JsonNode json = MAPPER.readTree(BcfJson.strict().write(before.document()));
        LayoutChanges.Moves moves = new LayoutChanges.Moves(before.cells(), json);
        byte[] changed;
        try (XSSFWorkbook w = new XSSFWorkbook(new ByteArrayInputStream(original))) {
            moves.start(w);
            for (LayoutChanges.Change c : changes) {
                c.apply(w, moves);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            w.write(out);
            changed = out.toByteArray();
        }
        WorkbookDocument after = read(changed);
        Differences.assertSame(before.document(), after.document());
        for (Map.Entry<String, String> e : before.cells().entrySet()) {
            assertEquals(moves.moved(e.getValue()), after.cellOf(e.getKey()), "the cell of " + e.getKey());
        }
    }

    static WorkbookDocument read(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("bcf-layout-read", ".xlsx");
        try {
            Files.write(file, bytes);
            return BcfWorkbooks.readWithCells(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Provide
    Arbitrary<QuarterlyReturn> returns() {
        return Arbitraries.oneOf(BcfArbitraries.quarterlyReturns(Edition.QUARTERLY_2016_17),
                BcfArbitraries.quarterlyReturns(Edition.QUARTERLY_2017_18),
                BcfArbitraries.quarterlyReturns(Edition.QUARTERLY_2018_19));
    }

    @Provide
    Arbitrary<Integer> sample() {
        return Arbitraries.integers().between(0, SAMPLES.size() - 1);
    }

    @Provide
    Arbitrary<List<LayoutChanges.Change>> changes() {
        return LayoutChanges.any().list().ofMinSize(1).ofMaxSize(8);
    }

    private static List<byte[]> samples() {
        try (Stream<Path> list = Files.list(SampleWorkbookFilesTest.XLSX)) {
            List<byte[]> all = new ArrayList<>();
            for (Path p : list.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList()) {
                all.add(Files.readAllBytes(p));
            }
            return List.copyOf(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
