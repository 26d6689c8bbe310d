package dev.bcfkit.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.json.BcfJson;
import dev.bcfkit.json.BcfParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 2017-19 sample returns go through a workbook unchanged, and the cells of their values are
 * where a person sees them. Golden: Dorset's 2018/19 Q2 iBCF allocation "£ 5,478,595"
 * ({@code [004:153]}) and Nottinghamshire's 2017/18 Q2 national condition 4 "Yes" ({@code [000:199]}),
 * in the writer's workbooks and in the sample workbooks laid out from the papers, where each
 * paper's line is a row ({@link PaperWorkbooksTest}).
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

    private static WorkbookDocument paperMade(String sample) {
        return BcfWorkbooks.readWithCells(DATA.resolve("xlsx").resolve(sample));
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

    /** Dorset's sheets open with the template's title, so the paper's line 143 is row 1 of "6. Additional iBCF". */
    @Test
    void dorsetsPaperWorkbookHoldsEachValueInTheCellOfItsPrintedLine() {
        WorkbookDocument d = paperMade("dorset-2018-19-q2.xlsx");
        QuarterlyReturn r = (QuarterlyReturn) d.document();
        assertEquals(Money.of(new BigDecimal("5478595")), r.additionalIbcf().allocation());
        assertEquals("6. Additional iBCF!A11", d.cellOf("/additionalIbcf/allocation"));
        assertEquals("6. Additional iBCF!B36", d.cellOf("/additionalIbcf/fees/0/previousYearRate"));
        assertEquals("6. Additional iBCF!D36", d.cellOf("/additionalIbcf/fees/0/estimatedUpliftPercent"));
        assertEquals(new BigDecimal("2.5"), r.additionalIbcf().fees().get(0).estimatedUpliftPercent());
        assertEquals("1. Cover!A1", d.cellOf("/period"));
        assertEquals("1. Cover!A15", d.cellOf("/cover/healthAndWellbeingBoard/name"));
        assertEquals("2. National Conditions & s75!B11", d.cellOf("/nationalConditions/0/answer"));
        assertEquals("3. Metrics!F3", d.cellOf("/metrics/1/supportNeeds"));
        assertEquals("4. High Impact Change Model!G19", d.cellOf("/highImpactChangeModel/changes/0/maturity/2018~119 Q4"));
        assertEquals("4. High Impact Change Model!K34", d.cellOf("/highImpactChangeModel/redBag/supportNeeds"));
        assertEquals("none ar present", r.highImpactChangeModel().redBag().supportNeeds());
        assertEquals("5. Narrative!A21", d.cellOf("/narrative/successStory"));
        assertTrue(r.narrative().successStory().startsWith("Support for Carers\nShaping of the carers offer"));
    }

    /**
     * Nottinghamshire's return starts at the title, [000:182]; the Red Bag row, [000:241], is row 20
     * of its sheet (from [000:218]), as two changes' rows broken by a page are joined (lines 225-227, 230-232).
     */
    @Test
    void nottinghamshiresPaperWorkbookHoldsEachValueInTheCellOfItsPrintedLine() {
        WorkbookDocument d = paperMade("nottinghamshire-2017-18-q2.xlsx");
        QuarterlyReturn r = (QuarterlyReturn) d.document();
        assertEquals("2. National Conditions & s75!B8", d.cellOf("/nationalConditions/3/answer"));
        assertEquals("2. National Conditions & s75!B12", d.cellOf("/budgetArrangements/pooledViaSection75"));
        assertEquals("3. Metrics!D6", d.cellOf("/metrics/2/challenges"));
        assertEquals("4. High Impact Change Model!H20", d.cellOf("/highImpactChangeModel/redBag/achievements"));
        assertEquals("5. Narrative!A5", d.cellOf("/narrative/progress"));
        assertNull(r.metrics().get(0).figures(), "Table 1's figures are the board report's, not the return's");
    }

    /** A HICM sheet whose header row lost a column is refused, naming the sheet and the columns it wants. */
    @Test
    void aHighImpactChangeHeaderWithoutItsMilestonesColumnIsRefusedNamingSheetAndColumns() throws IOException {
        Path file = dir.resolve("dorset-no-milestones.xlsx");
        try (InputStream in = Files.newInputStream(DATA.resolve("xlsx/dorset-2018-19-q2.xlsx"));
                XSSFWorkbook wb = new XSSFWorkbook(in); OutputStream out = Files.newOutputStream(file)) {
            Row header = wb.getSheet("4. High Impact Change Model").getRow(17);
            assertEquals("Milestones met during the quarter / Observed impact", header.getCell(9).getStringCellValue());
            header.getCell(9).setCellValue("Milestones");
            wb.write(out);
        }
        BcfParseException e = assertThrows(BcfParseException.class, () -> BcfWorkbooks.read(file));
        assertTrue(e.getMessage().contains(": 4. High Impact Change Model!18: expected the column \"Milestones met"
                + " during the quarter / Observed impact\" of the template in this header row, which has the table's"
                + " other columns; no row has them all"), e.getMessage());
    }
}
