package dev.bcfkit.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The label search visits each text cell of a sheet once, however many labels are looked up:
 * work counted in cells visited ({@link Reading#labelCellsVisited}), not time. It finds what a
 * scan found: the first cell in reading order that says the label, a long label by its first
 * words ({@link Words#says}).
 */
class LabelIndexTest {
    private static final int FILLER = 2_000;
    private static final int LABELS = 60;

    @Test
    void lookingUpManyLabelsVisitsEachCellOnce() throws IOException {
        try (XSSFWorkbook w = new XSSFWorkbook()) {
            XSSFSheet s = w.createSheet("3. Metrics");
            for (int i = 0; i < FILLER; i++) {
                cell(s, i / 10, i % 10, "filler text " + i);
            }
            int top = FILLER / 10;
            for (int i = 0; i < LABELS; i++) {
                cell(s, top + i, 2, "Label number " + i + ":");
            }
            Reading reading = new Reading("scaling.xlsx");
            Grid g = new Grid(s, reading);
            for (int i = 0; i < LABELS; i++) {
                String label = "label  NUMBER " + i;
                assertEquals(new Grid.At(top + i, 2), g.find(label));
                assertEquals(2, g.column(top + i, label));
                assertEquals(top + i, g.rowSaying(0, 2, label, Integer.MAX_VALUE));
                assertNull(g.findFrom(top + i + 1, label));
            }
            assertEquals(FILLER + LABELS, reading.labelCellsVisited,
                    "each text cell visited once, not once per label (" + LABELS + " x " + FILLER + ")");
        }
    }

    @Test
    void findsTheFirstInReadingOrderAndALongLabelByItsFirstWords() throws IOException {
        String question = "If the answer is \"No\" please provide an explanation as to why the condition was not met";
        try (XSSFWorkbook w = new XSSFWorkbook()) {
            XSSFSheet s = w.createSheet("2. National Conditions");
            cell(s, 3, 4, "Confirmation");
            cell(s, 3, 1, "Confirmation:");
            cell(s, 1, 6, question.substring(0, 45) + " within the quarter");
            cell(s, 5, 0, "Confirmation*");
            Grid g = new Grid(s, new Reading("order.xlsx"));
            assertEquals(new Grid.At(3, 1), g.find("CONFIRMATION"), "row by row, left to right");
            assertEquals(new Grid.At(5, 0), g.findFrom(4, "Confirmation"));
            assertEquals(new Grid.At(1, 6), g.find(question), "a long label by its first 40 characters");
            assertNull(g.find(question.substring(0, 39)), "a short label only whole");
            assertEquals(-1, g.column(2, "Confirmation"));
            assertEquals(5, g.rowSaying(4, 0, "confirmation", 10));
            assertEquals(-1, g.rowSaying(0, 0, "confirmation", 4));
        }
    }

    /** A whole read: text cells added to a sheet cost one visit each, not one per label of the sheet. */
    @Test
    void readingAWorkbookIsLinearInItsCells() throws IOException {
        for (String sample : new String[] {"nottinghamshire-2017-18-q2.xlsx", "southend-2016-17-q4.xlsx"}) {
            byte[] bytes = Files.readAllBytes(SampleWorkbookFilesTest.XLSX.resolve(sample));
            long base = visited(bytes, 0);
            long more = visited(bytes, FILLER);
            assertTrue(more - base <= 2L * FILLER, sample + ": " + FILLER + " more text cells cost "
                    + (more - base) + " visits");
            assertTrue(more - base >= FILLER, sample + ": each added text cell is visited once");
        }
    }

    /** Cells visited reading the workbook with this many text cells added far below the cover's labels. */
    private static long visited(byte[] bytes, int filler) throws IOException {
        try (XSSFWorkbook w = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet cover = w.getSheetAt(0);
            int top = cover.getLastRowNum() + 10;
            for (int i = 0; i < filler; i++) {
                cell(cover, top + i / 20, 20 + i % 20, "note " + i);
            }
            ReturnReading book = new ReturnReading(w, "scaling.xlsx");
            book.read();
            return book.reading().labelCellsVisited;
        }
    }

    private static void cell(XSSFSheet s, int row, int column, String text) {
        Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
        r.createCell(column).setCellValue(text);
    }
}
