package dev.bcfkit.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.funding.ImprovedBcfPurpose;
import dev.bcfkit.core.returns.FeeBasis;
import dev.bcfkit.core.returns.FeeBasisItem;
import dev.bcfkit.core.returns.ImprovedBcfProgress;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.json.BcfJson;
import dev.bcfkit.json.BcfParseException;
import dev.bcfkit.testkit.BcfArbitraries;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a return carries that its template has no cell for: the day it was submitted, the improved
 * BCF's progress and the fee basis behind the 2018/19 averages ({@code [004:155-164]}). The
 * workbook keeps each in a labelled "(bcfkit)" row or the "Improved BCF progress" sheet, one value
 * a cell, so that it reads back unchanged and a finding can name its cell.
 */
class FieldsBeyondTheTemplateTest {
    @TempDir
    Path dir;

    /**
     * Nottinghamshire's Q2 2017/18 return: submitted on 17 November 2017, two progress reports
     * ([000:37], [000:52]), both in the board's report rather than the return, so the workbook laid
     * out from the paper has neither; the writer's workbook of the JSON sample keeps them.
     */
    @Test
    void nottinghamshiresSubmissionDayAndProgressReportsAreReadFromTheirCells() {
        Path file = dir.resolve("nottinghamshire-2017-18-q2.xlsx");
        BcfWorkbooks.write(SampleWorkbookFilesTest.json("nottinghamshire-2017-18-q2.json"), file);
        WorkbookDocument read = BcfWorkbooks.readWithCells(file);
        QuarterlyReturn r = (QuarterlyReturn) read.document();
        assertEquals(LocalDate.of(2017, 11, 17), r.cover().submittedOn());
        assertEquals("1. Cover!B9", read.cellOf("/cover/submittedOn"));
        assertEquals(new ImprovedBcfProgress(List.of(), 2), r.improvedBcfProgress());
        assertEquals("Improved BCF progress!B3", read.cellOf("/improvedBcfProgress/progressReportsSubmitted"));
    }

    @Test
    void aFeeBasisAndUsesAreWrittenAndReadBackEachInItsOwnCell() throws IOException {
        Map<FeeBasisItem, YesNo> answers = new EnumMap<>(FeeBasisItem.class);
        answers.put(FeeBasisItem.CLIENT_CONTRIBUTIONS, YesNo.YES);
        answers.put(FeeBasisItem.THIRD_PARTY_TOP_UPS, YesNo.NO);
        QuarterlyReturn r = withAdditions(answers);
        Path file = dir.resolve("with.xlsx");
        BcfWorkbooks.write(r, file);
        WorkbookDocument read = BcfWorkbooks.readWithCells(file);
        Differences.assertSame(r, read.document());
        assertEquals("6. Additional iBCF!B15",
                read.cellOf("/additionalIbcf/feeBasis/answers/Third party top-ups"));
        assertEquals("6. Additional iBCF!B19",
                read.cellOf("/additionalIbcf/feeBasis/answers/Client contributions"));
        assertEquals("Improved BCF progress!B6", read.cellOf("/improvedBcfProgress/uses/0/description"));
    }

    @Test
    void noFeeBasisWritesNoFeeBasisRows() throws IOException {
        QuarterlyReturn dorset = dorset();
        Path file = dir.resolve("dorset.xlsx");
        BcfWorkbooks.write(dorset, file);
        QuarterlyReturn read = (QuarterlyReturn) BcfWorkbooks.read(file);
        assertNull(read.additionalIbcf().feeBasis());
        assertNull(read.improvedBcfProgress());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertNull(wb.getSheet(ImprovedBcfProgressSheet.SHEET));
        }
    }

    @Test
    void aSubmissionDayThatIsNotADateNamesItsCell() throws IOException {
        Path f = edited(withAdditions(Map.of()), wb -> cell(wb, "1. Cover", "Submitted on (bcfkit)")
                .setCellValue("mid November"));
        BcfParseException e = assertThrows(BcfParseException.class, () -> BcfWorkbooks.read(f));
        assertEquals("edited.xlsx: /cover/submittedOn: 1. Cover!B9: expected a date DD/MM/YYYY, found"
                + " \"mid November\"", e.getMessage());
    }

    @Test
    void aFeeBasisAnswerOtherThanYesOrNoNamesItsCellAndValue() throws IOException {
        Path f = edited(withAdditions(Map.of()), wb -> cell(wb, "6. Additional iBCF", "NHS Funded Nursing Care")
                .setCellValue("Partly"));
        BcfParseException e = assertThrows(BcfParseException.class, () -> BcfWorkbooks.read(f));
        assertEquals("edited.xlsx: /additionalIbcf/feeBasis/answers/NHS Funded Nursing Care: 6. Additional iBCF!B16: "
                + "answer: expected one of \"Yes\", \"No\", found \"Partly\"", e.getMessage());
    }

    @Test
    void aPurposeOutsideTheGrantsThreeNamesItsCellAndValue() throws IOException {
        Path f = edited(withAdditions(Map.of()), wb -> cell(wb, ImprovedBcfProgressSheet.SHEET,
                ImprovedBcfPurpose.MEETING_ADULT_SOCIAL_CARE_NEEDS.label()).setCellValue("Roads"));
        BcfParseException e = assertThrows(BcfParseException.class, () -> BcfWorkbooks.read(f));
        assertEquals("edited.xlsx: /improvedBcfProgress/uses/0/purpose: Improved BCF progress!C6: purpose: expected"
                + " one of [\"Meeting adult social care needs\", \"" + ImprovedBcfPurpose.REDUCING_PRESSURES_ON_THE_NHS
                        .label() + "\", \"Stabilising the social care provider market\"], found \"Roads\"",
                e.getMessage());
    }

    /** Generated 2017-19 returns that record all three read back equal. */
    @Property(tries = 25)
    void returnsRecordingAllThreeReadBackUnchanged(@ForAll("recordingAllThree") QuarterlyReturn r)
            throws IOException {
        Path file = Files.createTempFile("bcf-beyond", ".xlsx");
        try {
            BcfWorkbooks.write(r, file);
            Differences.assertSame(r, BcfWorkbooks.read(file));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Provide
    Arbitrary<QuarterlyReturn> recordingAllThree() {
        return BcfArbitraries.quarterlyReturns(Edition.QUARTERLY_2018_19)
                .filter(r -> r.cover() != null && r.cover().submittedOn() != null && r.improvedBcfProgress() != null
                        && r.additionalIbcf() != null && r.additionalIbcf().feeBasis() != null);
    }

    private static QuarterlyReturn dorset() throws IOException {
        byte[] json = Files.readAllBytes(SampleWorkbooksTest.DATA.resolve("dorset-2018-19-q2.json"));
        return (QuarterlyReturn) BcfJson.strict().readDocument(json, "dorset.json");
    }

    /** Dorset's return with test values (not the paper's) in the three fields. */
    private static QuarterlyReturn withAdditions(Map<FeeBasisItem, YesNo> answers) throws IOException {
        QuarterlyReturn d = dorset();
        return d.toBuilder().cover(d.cover().withSubmittedOn(LocalDate.of(2018, 10, 26)))
                .additionalIbcf(d.additionalIbcf().withFeeBasis(new FeeBasis(answers)))
                .improvedBcfProgress(new ImprovedBcfProgress(List.of(new ImprovedBcfProgress.Use("Falls prevention",
                        ImprovedBcfPurpose.MEETING_ADULT_SOCIAL_CARE_NEEDS, Money.of(new BigDecimal("125000")))), 1))
                .build();
    }

    private Path edited(QuarterlyReturn r, Consumer<XSSFWorkbook> edit) throws IOException {
        Path file = dir.resolve("written.xlsx");
        BcfWorkbooks.write(r, file);
        Path out = dir.resolve("edited.xlsx");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            edit.accept(wb);
            try (OutputStream o = Files.newOutputStream(out)) {
                wb.write(o);
            }
        }
        return out;
    }

    /** The cell right of the first cell starting with the label, or the cell itself for a value. */
    private static Cell cell(XSSFWorkbook wb, String sheet, String label) {
        for (Row r : wb.getSheet(sheet)) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith(label)) {
                    if (sheet.equals(ImprovedBcfProgressSheet.SHEET)) {
                        return c;
                    }
                    Cell right = r.getCell(c.getColumnIndex() + 1);
                    return right == null ? r.createCell(c.getColumnIndex() + 1) : right;
                }
            }
        }
        throw new AssertionError(label);
    }
}
