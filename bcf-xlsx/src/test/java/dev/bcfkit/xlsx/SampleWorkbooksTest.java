package dev.bcfkit.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.json.BcfJson;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 2017-19 sample returns go through a workbook unchanged, and the cells of their values are
 * where a person sees them. Golden: Dorset's 2018/19 Q2 iBCF allocation "£ 5,478,595"
 * ({@code [004:146]}) and Nottinghamshire's 2017/18 Q2 national condition 4 "Yes" ({@code [000:200]}).
 */
class SampleWorkbooksTest {
    static final Path DATA = Path.of(System.getProperty("bcf.repository", ".."), "examples", "data");

    @TempDir
    Path dir;

    private WorkbookDocument through(String sample) {
        BcfDocument json = BcfJson.strict().readDocument(read(DATA.resolve(sample)), sample);
        Path file = dir.resolve(sample.replace(".json", ".xlsx"));
        BcfWorkbooks.write(json, file);
        WorkbookDocument read = BcfWorkbooks.readWithCells(file);
        Differences.assertSame(json, read.document());
        return read;
    }

    private static byte[] read(Path p) {
        try {
            return java.nio.file.Files.readAllBytes(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void dorset201819Q2GoesThroughAWorkbookUnchanged() {
        WorkbookDocument d = through("dorset-2018-19-q2.json");
        assertEquals("6. Additional iBCF!B4", d.cellOf("/additionalIbcf/allocation"));
        assertEquals("2. National Conditions & s75!B8", d.cellOf("/nationalConditions/0/answer"));
        assertEquals("1. Cover!A1", d.cellOf("/period"));
        assertTrue(d.notices().isEmpty(), d.notices().toString());
    }

    @Test
    void nottinghamshire201718Q2GoesThroughAWorkbookUnchanged() {
        WorkbookDocument d = through("nottinghamshire-2017-18-q2.json");
        assertEquals("2. National Conditions & s75!B11", d.cellOf("/nationalConditions/3/answer"));
        assertEquals("Metric figures!C4", d.cellOf("/metrics/0/figures/target"));
    }
}
