package dev.bcfkit.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.json.BcfParseException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Examples of {@link WorkbookLayoutProperties}: Nottinghamshire's Q2 2017/18 return
 * ({@code [000:180-254]}) with its tabs renamed and columns and rows inserted reads the same, its
 * cells moved; and a workbook missing a label the template requires is refused with a message
 * naming the sheet and the label.
 */
class WorkbookLayoutTest {
    private static final String NOTTINGHAMSHIRE = "nottinghamshire-2017-18-q2.xlsx";

    @Test
    void renamedTabsAndInsertedColumnsAndRowsMoveTheCells() throws IOException {
        WorkbookDocument before = read(w -> { });
        WorkbookDocument after = read(w -> {
            XSSFSheet cover = w.getSheet("1. Cover");
            cover.shiftColumns(0, 10, 2);
            cover.shiftRows(0, cover.getLastRowNum(), 3);
            w.setSheetName(w.getSheetIndex(cover), "1) Cover ");
            w.setSheetOrder("1) Cover ", w.getNumberOfSheets() - 1);
        });
        assertEquals("Joanna Cooper", ((QuarterlyReturn) after.document()).cover().completedBy(), "[000:187]");
        Differences.assertSame(before.document(), after.document());
        String was = before.cellOf("/cover/completedBy");
        org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(
                was.substring(was.indexOf('!') + 1));
        assertEquals("1) Cover !" + new org.apache.poi.ss.util.CellReference(ref.getRow() + 3, ref.getCol() + 2)
                .formatAsString(false), after.cellOf("/cover/completedBy"));
    }

    @Test
    void aDeletedCoverLabelIsRefusedNamingTheSheetAndTheLabel() {
        BcfParseException e = assertThrows(BcfParseException.class, () -> read(w -> blank(w.getSheet("1. Cover"),
                Labels2017To19.COMPLETED_BY)));
        assertTrue(e.getMessage().contains("sheet \"1. Cover\": expected the label \"Completed by:\""), e.getMessage());
    }

    @Test
    void aDeletedColumnHeaderIsRefusedNamingTheSheetAndTheHeader() throws IOException {
        String conditions = "2. National Conditions & s75 Pooled Budget";
        BcfParseException e = assertThrows(BcfParseException.class, () -> read(w -> {
            XSSFSheet s = sheetNamed(w, conditions);
            blank(s, Labels2017To19.CONFIRMATION);
        }));
        assertTrue(e.getMessage().contains(": 2. National Conditions & s75!" + header() + ": expected the column \""
                + Labels2017To19.CONFIRMATION + "\" of the template in this header row, which has the table's other"
                + " columns; no row has them all"), "names the sheet, the header row and the one column missing: "
                + e.getMessage());
    }

    /** The conditions' header row's number: the row above the first condition's. */
    private static int header() throws IOException {
        String first = read(w -> { }).cellOf("/nationalConditions/0/condition");
        return new org.apache.poi.ss.util.CellReference(first.substring(first.lastIndexOf('!') + 1)).getRow();
    }

    private static XSSFSheet sheetNamed(XSSFWorkbook w, String section) {
        for (int i = 0; i < w.getNumberOfSheets(); i++) {
            if (section.startsWith(w.getSheetName(i).strip())) {
                return w.getSheetAt(i);
            }
        }
        throw new AssertionError("no sheet " + section);
    }

    /** Blanks the first cell that says the label. */
    private static void blank(XSSFSheet s, String label) {
        for (Row r : s) {
            for (Cell c : r) {
                if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && Words.says(c.getStringCellValue(), label)) {
                    c.setBlank();
                    return;
                }
            }
        }
        throw new AssertionError("no label " + label + " on " + s.getSheetName());
    }

    private static WorkbookDocument read(Consumer<XSSFWorkbook> change) throws IOException {
        byte[] bytes = Files.readAllBytes(SampleWorkbookFilesTest.XLSX.resolve(NOTTINGHAMSHIRE));
        try (XSSFWorkbook w = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            change.accept(w);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            w.write(out);
            return WorkbookLayoutProperties.read(out.toByteArray());
        }
    }
}
