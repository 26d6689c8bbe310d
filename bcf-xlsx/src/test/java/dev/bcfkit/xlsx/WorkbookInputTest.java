package dev.bcfkit.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.time.LocalDate;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What users type and what a hostile file holds: the Dorset 2018/19 Q2 workbook
 * ({@code [004]}) edited cell by cell as a person would, and files that must be refused.
 */
class WorkbookInputTest {
    @TempDir
    Path dir;

    private Path dorset() throws IOException {
        byte[] json = Files.readAllBytes(SampleWorkbooksTest.DATA.resolve("dorset-2018-19-q2.json"));
        Path file = dir.resolve("dorset.xlsx");
        BcfWorkbooks.write(BcfJson.strict().readDocument(json, "dorset.json"), file);
        return file;
    }

    /** The Dorset workbook with one edit. */
    private Path edited(Consumer<XSSFWorkbook> edit) throws IOException {
        Path file = dorset();
        Path out = dir.resolve("edited.xlsx");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            edit.accept(wb);
            try (OutputStream o = Files.newOutputStream(out)) {
                wb.write(o);
            }
        }
        return out;
    }

    private static Cell cell(XSSFWorkbook wb, String sheet, String label, int right) {
        Sheet s = wb.getSheet(sheet);
        for (Row r : s) {
            for (Cell c : r) {
                if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && c.getStringCellValue().startsWith(label)) {
                    Row row = c.getRow();
                    return row.getCell(c.getColumnIndex() + right) == null ? row.createCell(c.getColumnIndex() + right)
                            : row.getCell(c.getColumnIndex() + right);
                }
            }
        }
        throw new AssertionError(label);
    }

    @Test
    void amountsTypedAsTextWithPoundsAndCommasAreRead() throws IOException {
        Path f = edited(wb -> cell(wb, "6. Additional iBCF", "Additional improved", 1).setCellValue("£ 5,478,595"));
        QuarterlyReturn r = (QuarterlyReturn) BcfWorkbooks.read(f);
        assertEquals(Money.pounds(5_478_595), r.additionalIbcf().allocation());
    }

    @Test
    void percentagesWithOrWithoutTheSignAreRead() throws IOException {
        Path typed = edited(wb -> cell(wb, "6. Additional iBCF", "1. Please provide", 3).setCellValue("2.5%"));
        assertEquals(new BigDecimal("2.5"),
                ((QuarterlyReturn) BcfWorkbooks.read(typed)).additionalIbcf().fees().get(0).estimatedUpliftPercent());
        Path plain = edited(wb -> {
            Cell c = cell(wb, "6. Additional iBCF", "1. Please provide", 3);
            c.setCellStyle(wb.createCellStyle());
            c.setCellValue(2.5);
        });
        assertEquals(new BigDecimal("2.5"),
                ((QuarterlyReturn) BcfWorkbooks.read(plain)).additionalIbcf().fees().get(0).estimatedUpliftPercent());
    }

    @Test
    void datesAsDayMonthYearTextOrExcelSerialsAreRead() throws IOException {
        Path text = edited(wb -> cell(wb, "2. National Conditions & s75", "Have the funds", 3).setCellValue("31/03/2019"));
        assertEquals(LocalDate.of(2019, 3, 31),
                ((QuarterlyReturn) BcfWorkbooks.read(text)).budgetArrangements().expectedPoolingDate());
        Path serial = edited(wb -> cell(wb, "2. National Conditions & s75", "Have the funds", 3).setCellValue(43555));
        assertEquals(LocalDate.of(2019, 3, 31),
                ((QuarterlyReturn) BcfWorkbooks.read(serial)).budgetArrangements().expectedPoolingDate());
    }

    @Test
    void insertedRowsDoNotMoveWhatIsRead() throws IOException {
        Path f = edited(wb -> {
            Sheet s = wb.getSheet("2. National Conditions & s75");
            s.shiftRows(3, s.getLastRowNum(), 4);
            s.createRow(4).createCell(0).setCellValue("A note the board added");
        });
        WorkbookDocument d = BcfWorkbooks.readWithCells(f);
        Differences.assertSame(BcfWorkbooks.read(dorset()), d.document());
        assertEquals("2. National Conditions & s75!B12", d.cellOf("/nationalConditions/0/answer"));
    }

    @Test
    void aWrongAmountNamesTheFileTheCellThePointerAndTheValue() throws IOException {
        Path f = edited(wb -> cell(wb, "6. Additional iBCF", "Additional improved", 1).setCellValue("five million"));
        BcfParseException e = assertThrows(BcfParseException.class, () -> BcfWorkbooks.read(f));
        assertEquals("edited.xlsx: /additionalIbcf/allocation: 6. Additional iBCF!B4: expected an amount in pounds"
                + " such as £1,234, found \"five million\"", e.getMessage());
    }

    @Test
    void anAnswerNotOnTheDropDownIsRefusedWithTheListItCameFrom() throws IOException {
        Path f = edited(wb -> cell(wb, "2. National Conditions & s75", "1) Plans to be jointly", 1).setCellValue("Y"));
        BcfParseException e = assertThrows(BcfParseException.class, () -> BcfWorkbooks.read(f));
        assertTrue(e.getMessage().startsWith("edited.xlsx: /nationalConditions/0/answer: 2. National Conditions & s75!B8:"
                + " condition answer"), e.getMessage());
        assertTrue(e.getMessage().contains("\"Y\""), e.getMessage());
    }

    @Test
    void aMissingLabelSaysWhichSheetAndLabelWereExpected() throws IOException {
        Path f = edited(wb -> cell(wb, "1. Cover", "Completed by", 0).setCellValue("Filled in by"));
        BcfParseException e = assertThrows(BcfParseException.class, () -> BcfWorkbooks.read(f));
        assertEquals("edited.xlsx: sheet \"1. Cover\": expected the label \"Completed by:\" of the template; it is not"
                + " on the sheet", e.getMessage());
    }

    @Test
    void anUnknownYearIsRefusedNamingTheKnownTemplates() throws IOException {
        Path f = edited(wb -> wb.getSheet("1. Cover").getRow(0).getCell(0)
                .setCellValue("Better Care Fund Template Q2 2019/20"));
        BcfParseException e = assertThrows(BcfParseException.class, () -> BcfWorkbooks.read(f));
        assertTrue(e.getMessage().startsWith("edited.xlsx: /period: 1. Cover: no quarterly return template is known"
                + " for 2019/20"), e.getMessage());
    }

    @Test
    void aFormulaIsNotEvaluatedItsCachedValueIsReadWithANotice() throws IOException {
        Path f = edited(wb -> {
            Cell c = cell(wb, "1. Cover", "Completed by", 1);
            c.setCellFormula("\"Ciara\"&\" Ryan\"");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(c);
        });
        WorkbookDocument d = BcfWorkbooks.readWithCells(f);
        assertEquals("Ciara Ryan", ((QuarterlyReturn) d.document()).cover().completedBy());
        assertEquals(java.util.List.of("1. Cover!B5: a formula (=\"Ciara\"&\" Ryan\") where the template wants a typed"
                + " value; its cached value was read, not recalculated"), d.notices());
    }

    @Test
    void theChecklistCountsAnsweredAndExpectedInputs() throws IOException {
        try (InputStream in = Files.newInputStream(dorset()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet c = wb.getSheet("Checklist");
            Row cover = c.getRow(4);
            assertEquals("1. Cover", cover.getCell(0).getStringCellValue());
            assertEquals(5, cover.getCell(1).getNumericCellValue());
            assertEquals(5, cover.getCell(2).getNumericCellValue());
            assertTrue(wb.getSheet("2. National Conditions & s75").getDataValidations().size() >= 5);
        }
    }

    @Test
    void macroEnabledWorkbooksAreRefused() throws IOException {
        Path f = dir.resolve("return.xlsm");
        Files.copy(dorset(), f);
        BcfParseException e = assertThrows(BcfParseException.class, () -> BcfWorkbooks.read(f));
        assertEquals("return.xlsm: a macro-enabled workbook (.xlsm) is refused; save it as .xlsx", e.getMessage());
    }

    @Test
    void encryptedOrOldBinaryFilesAreRefused() throws IOException {
        Path f = dir.resolve("locked.xlsx");
        byte[] ole2 = new byte[512];
        ole2[0] = (byte) 0xD0;
        ole2[1] = (byte) 0xCF;
        ole2[2] = 0x11;
        ole2[3] = (byte) 0xE0;
        Files.write(f, ole2);
        BcfParseException e = assertThrows(BcfParseException.class, () -> BcfWorkbooks.read(f));
        assertEquals("locked.xlsx: an encrypted workbook or an old binary .xls file is refused; remove the password or"
                + " save it as .xlsx", e.getMessage());
    }

    @Test
    void corruptZipsAreRefusedInOneLine() throws IOException {
        Path f = dir.resolve("cut.xlsx");
        byte[] whole = Files.readAllBytes(dorset());
        Files.write(f, java.util.Arrays.copyOf(whole, whole.length / 3));
        BcfParseException e = assertThrows(BcfParseException.class, () -> BcfWorkbooks.read(f));
        assertTrue(e.getMessage().startsWith("cut.xlsx: "), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void zipBombsAreRefused() throws IOException {
        Path f = dir.resolve("bomb.xlsx");
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(f))) {
            z.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            z.write(new byte[20_000_000]);
            z.closeEntry();
        }
        BcfParseException e = assertThrows(BcfParseException.class, () -> BcfWorkbooks.read(f));
        assertEquals("bomb.xlsx: a zip bomb: [Content_Types].xml inflates more than 100 times its compressed size of"
                + " 19447 bytes", e.getMessage());
    }

    @Test
    void oversizedSheetsAreRefused() throws IOException {
        Path f = edited(wb -> wb.getSheet("5. Narrative").createRow(WorkbookOpening.MAX_ROWS + 1).createCell(0)
                .setCellValue("x"));
        BcfParseException e = assertThrows(BcfParseException.class, () -> BcfWorkbooks.read(f));
        assertEquals("edited.xlsx: sheet \"5. Narrative\" has 5002 rows; a return's sheet has at most 5000",
                e.getMessage());
    }
}
