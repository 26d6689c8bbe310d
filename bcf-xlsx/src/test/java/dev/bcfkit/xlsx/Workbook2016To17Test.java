package dev.bcfkit.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.FeedbackCategory;
import dev.bcfkit.core.returns.Narrative;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.json.BcfParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 2016/17 workbook layout on Southend-on-Sea's returns ({@code [002]}): golden values read
 * from the cells where the template puts them, a workbook edited as a person would (rows inserted,
 * a drop-down typed wrong, a label deleted), and what the 2016/17 template has no cell for.
 */
class Workbook2016To17Test {
    @TempDir
    Path dir;

    private static QuarterlyReturn sample(String quarter) {
        return (QuarterlyReturn) SampleWorkbookFilesTest.json("southend-2016-17-" + quarter + ".json");
    }

    private Path edited(String quarter, Consumer<XSSFWorkbook> edit) throws IOException {
        Path written = dir.resolve("written.xlsx");
        BcfWorkbooks.write(sample(quarter), written);
        Path out = dir.resolve("edited.xlsx");
        try (InputStream in = Files.newInputStream(written); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            edit.accept(wb);
            try (OutputStream o = Files.newOutputStream(out)) {
                wb.write(o);
            }
        }
        return out;
    }

    private static Cell labelled(XSSFWorkbook wb, String sheet, String label) {
        for (Row r : wb.getSheet(sheet)) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith(label)) {
                    return c;
                }
            }
        }
        throw new AssertionError(label);
    }

    @Test
    void southendQ1PooledFundIsReadFromThePlanRowOfTheIncomeGrid() {
        WorkbookDocument d = BcfWorkbooks.readWithCells(SampleWorkbookFilesTest.workbook("southend-2016-17-q1.json"));
        QuarterlyReturn r = (QuarterlyReturn) d.document();
        // "Plan £3,282,763 £3,282,762 £3,282,762 £3,282,762 £13,131,049 £13,131,049" [002:1023]
        assertEquals(Money.pounds(13_131_049), r.incomeAndExpenditure().pooledFund());
        assertEquals(Money.pounds(3_282_763), r.incomeAndExpenditure().income().plan().q1());
        assertEquals("4. I&E!H12", d.cellOf("/incomeAndExpenditure/pooledFund"));
        assertEquals("4. I&E!C12", d.cellOf("/incomeAndExpenditure/income/plan/q1"));
    }

    @Test
    void southendQ2ShowsTheQ1SubmissionBesideTheAnswer() {
        WorkbookDocument d = BcfWorkbooks.readWithCells(SampleWorkbookFilesTest.workbook("southend-2016-17-q2.json"));
        QuarterlyReturn r = (QuarterlyReturn) d.document();
        // "Q1 Submission Response" then "Please Select": "Yes" and "Yes" [002:1469-1472]
        assertEquals(ConditionAnswer.YES, r.nationalConditions().get(0).previousResponses().get(Quarter.Q1));
        assertEquals("3. National Conditions!B12", d.cellOf("/nationalConditions/0/previousResponses/Q1"));
        assertEquals("3. National Conditions!C12", d.cellOf("/nationalConditions/0/answer"));
    }

    @Test
    void southendQ4YearEndFeedbackKeepsItsCategories() {
        WorkbookDocument d = BcfWorkbooks.readWithCells(SampleWorkbookFilesTest.workbook("southend-2016-17-q4.json"));
        QuarterlyReturn r = (QuarterlyReturn) d.document();
        // "Success 1 the commissioning of a complex care co-ordination service 3. Collaborative working relationships" [002:2490]
        assertEquals(FeedbackCategory.COLLABORATIVE_WORKING, r.yearEndFeedback().successes().get(0).category());
        assertEquals("6. Year End Feedback!C23", d.cellOf("/yearEndFeedback/successes/0/category"));
        assertEquals("8. Narrative!B11", d.cellOf("/narrative/progress"));
    }

    @Test
    void insertedRowsAndColumnsDoNotMoveAnyAnswer() throws IOException {
        Path f = edited("q4", wb -> {
            for (Sheet s : wb) {
                if (!s.getSheetName().equals("Lists") && s.getLastRowNum() > 2) {
                    s.shiftRows(2, s.getLastRowNum(), 3);
                }
            }
        });
        Differences.assertSame(sample("q4"), BcfWorkbooks.read(f));
    }

    @Test
    void aConditionAnswerOutsideTheDropDownIsRefusedNamingTheCell() throws IOException {
        Path f = edited("q2", wb -> {
            Cell c = labelled(wb, "3. National Conditions", "1) Plans to be jointly agreed");
            c.getRow().getCell(c.getColumnIndex() + 2).setCellValue("Maybe");
        });
        BcfParseException e = assertThrows(BcfParseException.class, () -> BcfWorkbooks.read(f));
        assertEquals("edited.xlsx", e.source());
        assertEquals("/nationalConditions/0/answer", e.pointer());
        assertEquals(true, e.getMessage().contains("3. National Conditions!C7"), e.getMessage());
        assertEquals(true, e.getMessage().contains("\"Maybe\""), e.getMessage());
    }

    @Test
    void aConditionPrintedWithoutItsNumberIsStillKnownButOtherWordsAreNot() throws IOException {
        // "Agreement to invest in NHS commissioned out-of-hospital services" without "7)" [002:1490]
        Path unnumbered = edited("q2", wb -> labelled(wb, "3. National Conditions", "7) Agreement to invest")
                .setCellValue("Agreement to invest in NHS commissioned out-of-hospital services"));
        Differences.assertSame(sample("q2"), BcfWorkbooks.read(unnumbered));
        Path other = edited("q2", wb -> labelled(wb, "3. National Conditions", "7) Agreement to invest")
                .setCellValue("7) Agreement to spend the fund elsewhere"));
        BcfParseException e = assertThrows(BcfParseException.class, () -> BcfWorkbooks.read(other));
        assertEquals("/nationalConditions/10", e.pointer());
        assertEquals(true, e.getMessage().contains("found \"7) Agreement to spend the fund elsewhere\""), e.getMessage());
    }

    @Test
    void aWorkbookWithoutTheExpenditureGridIsRefusedSayingWhichLabel() throws IOException {
        Path f = edited("q1", wb -> labelled(wb, "4. I&E", "Expenditure").setCellValue("Spending"));
        BcfParseException e = assertThrows(BcfParseException.class, () -> BcfWorkbooks.read(f));
        assertEquals(true, e.getMessage().contains("sheet \"4. I&E\": expected the label \"Expenditure\" of the 2016/17"
                + " template; it is not on the sheet"), e.getMessage());
    }

    @Test
    void aSuccessStoryHasNoCellIn2016To17AndIsRefusedNotDropped() {
        QuarterlyReturn q1 = sample("q1");
        QuarterlyReturn withStory = new QuarterlyReturn(q1.period(), q1.cover(), q1.budgetArrangements(),
                q1.nationalConditions(), q1.incomeAndExpenditure(), q1.metrics(), null, q1.additionalMeasures(), null,
                new Narrative(q1.narrative().progress(), "a story"), null);
        BcfException e = assertThrows(BcfException.class, () -> BcfWorkbooks.write(withStory, dir.resolve("x.xlsx")));
        assertEquals("narrative/successStory: the 2016/17 template has one narrative cell only", e.getMessage());
    }
}
