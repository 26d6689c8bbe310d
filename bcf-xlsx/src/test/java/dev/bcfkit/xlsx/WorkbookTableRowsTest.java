package dev.bcfkit.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.metrics.MetricKind;
import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.json.BcfParseException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Nothing in a table is lost: a blank row a council puts inside the national conditions' or the
 * metrics' table does not end it, a row with answers but no name is refused naming its cell, and
 * a label's answer below it is found however many blank rows part them; and
 * a section sheet is found however many rows are inserted above its heading, or refused when its
 * own label is on a sheet that is neither named nor headed as the section. On the sample
 * workbooks laid out from the papers: Nottinghamshire's Q2 2017/18 ({@code [000:180-254]}),
 * Southend's Q1 2016/17 ({@code [002:854-1171]}) and Dorset's Q2 2018/19 ({@code [004]}).
 */
class WorkbookTableRowsTest {
    private static final String NOTTINGHAMSHIRE = "nottinghamshire-2017-18-q2.xlsx";
    private static final String SOUTHEND_Q1 = "southend-2016-17-q1.xlsx";
    private static final String DORSET = "dorset-2018-19-q2.xlsx";

    @Test
    void aBlankRowInsideTheMetricsTableDoesNotEndIt() throws IOException {
        WorkbookDocument before = read(NOTTINGHAMSHIRE, w -> { });
        WorkbookDocument after = read(NOTTINGHAMSHIRE, w -> blankRowAbove(w, before.cellOf("/metrics/1/metric")));
        List<MetricKind> kinds = ((QuarterlyReturn) after.document()).metrics().stream().map(MetricProgress::metric)
                .toList();
        assertEquals(List.of(MetricKind.NON_ELECTIVE_ADMISSIONS, MetricKind.RESIDENTIAL_ADMISSIONS,
                MetricKind.REABLEMENT, MetricKind.DELAYED_TRANSFERS_OF_CARE), kinds, "[000:208-211]");
        Differences.assertSame(before.document(), after.document());
    }

    @Test
    void aBlankRowInsideTheConditionsTableDoesNotEndItInEitherReader() throws IOException {
        for (String sample : List.of(NOTTINGHAMSHIRE, SOUTHEND_Q1)) {
            WorkbookDocument before = read(sample, w -> { });
            WorkbookDocument after = read(sample, w -> blankRowAbove(w, before.cellOf("/nationalConditions/1/condition")));
            Differences.assertSame(before.document(), after.document());
        }
    }

    @Test
    void aMetricRowWithAnswersButNoNameIsRefusedNamingItsCell() throws IOException {
        String cell = read(NOTTINGHAMSHIRE, w -> { }).cellOf("/metrics/1/metric");
        BcfParseException e = assertThrows(BcfParseException.class, () -> read(NOTTINGHAMSHIRE, w -> blank(w, cell)));
        assertTrue(e.getMessage().endsWith(": /metrics/1: " + cell + ": this row of the table has answers but no name;"
                + " expected a metric row such as \"NEA\", \"Res Admissions\", \"Reablement\" or \"Delayed Transfers of"
                + " Care\" in this cell"), e.getMessage());
    }

    @Test
    void aConditionRowWithAnswersButNoNameIsRefusedNamingItsCellInEitherReader() throws IOException {
        for (String sample : List.of(NOTTINGHAMSHIRE, SOUTHEND_Q1)) {
            String cell = read(sample, w -> { }).cellOf("/nationalConditions/1/condition");
            BcfParseException e = assertThrows(BcfParseException.class, () -> read(sample, w -> blank(w, cell)));
            assertTrue(e.getMessage().contains(": /nationalConditions/1: " + cell + ": this row of the table has"
                    + " answers but no name; expected a national condition of the "), e.getMessage());
        }
    }

    @Test
    void theIbcfSheetIsFoundHoweverManyRowsAreInsertedAboveItsHeading() throws IOException {
        WorkbookDocument after = read(DORSET, w -> {
            XSSFSheet s = w.getSheet(Workbook2017To19.TAB_IBCF);
            s.shiftRows(0, s.getLastRowNum(), 6);
        });
        assertEquals("5478595", ((QuarterlyReturn) after.document()).additionalIbcf().allocation().toString(),
                "[004:153]");
    }

    @Test
    void anIbcfSheetNeitherNamedNorHeadedAsTheSectionIsRefusedNotReadAsAbsent() {
        BcfParseException e = assertThrows(BcfParseException.class, () -> read(DORSET, w -> {
            XSSFSheet s = w.getSheet(Workbook2017To19.TAB_IBCF);
            w.setSheetName(w.getSheetIndex(s), "Sheet6");
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && Words.says(c.getStringCellValue(), Labels2017To19.IBCF)) {
                        c.setBlank();
                    }
                }
            }
        }));
        assertTrue(e.getMessage().contains("sheet \"Sheet6\" has the label \"" + Labels2017To19.ALLOCATION
                + "\" of the section \"" + Labels2017To19.IBCF + "\", but neither its tab nor its first rows name that"
                + " section; expected the tab or the heading \"" + Labels2017To19.IBCF + "\""), e.getMessage());
        assertTrue(e.getMessage().contains(": Sheet6!A"), "names the label's cell: " + e.getMessage());
    }

    @Test
    void blankRowsBetweenALabelAndItsAnswerBelowArePassedOver() throws IOException {
        WorkbookDocument before = read(DORSET, w -> { });
        String name = before.cellOf("/cover/healthAndWellbeingBoard/name");
        WorkbookDocument after = read(DORSET, w -> {
            for (int i = 0; i < 4; i++) {
                blankRowAbove(w, name);
            }
        });
        assertEquals("Dorset", ((QuarterlyReturn) after.document()).cover().healthAndWellbeingBoard().name(),
                "[004:15-17]");
        Differences.assertSame(before.document(), after.document());
    }

    private static void blankRowAbove(XSSFWorkbook w, String address) {
        XSSFSheet s = w.getSheet(address.substring(0, address.lastIndexOf('!')));
        int row = new CellReference(address.substring(address.lastIndexOf('!') + 1)).getRow();
        s.shiftRows(row, s.getLastRowNum(), 1);
    }

    private static void blank(XSSFWorkbook w, String address) {
        XSSFSheet s = w.getSheet(address.substring(0, address.lastIndexOf('!')));
        CellReference ref = new CellReference(address.substring(address.lastIndexOf('!') + 1));
        s.getRow(ref.getRow()).getCell(ref.getCol()).setBlank();
    }

    private static WorkbookDocument read(String sample, Consumer<XSSFWorkbook> change) throws IOException {
        byte[] bytes = Files.readAllBytes(SampleWorkbookFilesTest.XLSX.resolve(sample));
        try (XSSFWorkbook w = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            change.accept(w);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            w.write(out);
            return WorkbookLayoutProperties.read(out.toByteArray());
        }
    }
}
