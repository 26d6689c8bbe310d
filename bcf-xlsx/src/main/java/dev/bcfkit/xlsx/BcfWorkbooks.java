package dev.bcfkit.xlsx;

import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.json.BcfParseException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads and writes Better Care Fund quarterly returns as Excel workbooks laid out like the
 * template of their edition: the 2016/17 return's sheets "1. Cover" to "Narrative"
 * ({@code [002:1199-1213]}, {@code [002:2206-2214]}), and the 2017/18 and 2018/19 returns' Cover,
 * National Conditions &amp; s75 Pooled Budget, Metrics, High Impact Change Model, Narrative and,
 * in 2018/19, "6. Additional improved Better Care Fund" ({@code [000:180-254]}, {@code [004]}).
 *
 * <p>The reader finds every row and column by the template's own words, not by fixed addresses,
 * so inserted rows, hidden columns and merged cells do not break it; it accepts what users type
 * ("£1,234", "1,234", a percentage with or without "%", DD/MM/YYYY or an Excel date serial, the
 * drop-down texts as the template shows them) and never evaluates a formula: it reads the value
 * Excel cached, and notes the formula ({@link WorkbookDocument#notices()}). Every value it reads
 * keeps its cell, so a finding at a JSON pointer can name the cell a person fixes
 * ({@link WorkbookDocument#cellOf(String)}).
 *
 * <p>Safety: a macro-enabled ({@code .xlsm}), encrypted or old binary ({@code .xls}) file, a
 * corrupt or crafted zip, a zip bomb (an entry that inflates more than 100 times or past 16 MiB),
 * a file over 20 MB, a DTD in any part, a sheet over 5,000 rows, and cells no spreadsheet
 * program writes (a cell twice, a number Excel cannot hold) are refused, each with one
 * {@link BcfParseException} naming the file; so is anything else Apache POI cannot take. Thread-safe: it keeps no state.
 */
public final class BcfWorkbooks {
    private BcfWorkbooks() {
    }

    /**
     * Reads a workbook laid out like its edition's template.
     *
     * @param file an {@code .xlsx} file
     * @return the document
     * @throws BcfParseException if the file is unsafe, corrupt, of an unknown edition or layout,
     *     or a cell holds what its question cannot take; the message names the file, the sheet
     *     and cell, and the value
     */
    public static BcfDocument read(Path file) {
        return readWithCells(file).document();
    }

    /**
     * Reads a workbook and keeps, for every value read, its cell.
     *
     * @param file an {@code .xlsx} file
     * @return the document, its cells and the reader's notices
     * @throws BcfParseException as {@link #read(Path)}
     */
    public static WorkbookDocument readWithCells(Path file) {
        String source = String.valueOf(file.getFileName());
        try (XSSFWorkbook workbook = WorkbookOpening.open(file, source)) {
            return new ReturnReading(workbook, source).read();
        } catch (IOException e) {
            throw WorkbookOpening.unreadable(source, e);
        } catch (BcfException e) {
            throw e;
        } catch (RuntimeException e) {
            // the last guard: a value Apache POI or the reader could not take, whatever the scan let through
            throw WorkbookOpening.refused(source, "a value this reader cannot take: " + WorkbookOpening.oneLine(e));
        }
    }

    /**
     * Writes a document as a workbook laid out like its edition's template, with drop-down lists
     * for the closed answers, number formats for money and rates, and a checklist sheet with the
     * answered and expected counts. Reading the file back gives an equal document.
     *
     * <p>Only quarterly returns have a workbook form, because only their Excel templates are
     * printed in the papers. The 2014 planning template's Part 1 is a Word document and its Excel
     * Part 2 ("metrics and finance") is not printed ({@code [003:3-5]}); the 2017-19 plans and
     * pooled budgets refer to a "BCF allocations spreadsheet" and a planning template
     * ({@code [002:670]}) that are not printed either; the local outcome table is a table in a
     * report ({@code [001:35-41]}). A layout invented for them would be no council's workbook.
     *
     * @param document a quarterly return
     * @param file where to write; replaced whole (written beside it, then moved)
     * @throws BcfException if the document is not a quarterly return, holds a value its
     *     edition's template has no cell for (a 2016/17 success story, a Q1 "previously returned"
     *     grid), a text is longer than an Excel cell holds (32,767 characters), or the file cannot
     *     be written
     */
    public static void write(BcfDocument document, Path file) {
        if (!(document instanceof QuarterlyReturn r)) {
            throw new BcfException(document.kind() + ": only quarterly returns can be written as workbooks (the papers"
                    + " print no Excel template for this kind of document); keep it as JSON");
        }
        Path target = file.toAbsolutePath();
        Path temporary = target.resolveSibling(target.getFileName() + ".part");
        try (XSSFWorkbook workbook = new ReturnWriting(r).workbook();
                OutputStream out = Files.newOutputStream(temporary)) {
            workbook.write(out);
        } catch (IOException e) {
            throw new BcfException(file.getFileName() + ": cannot write the workbook: " + e.getMessage(), e);
        }
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new BcfException(file.getFileName() + ": cannot write the workbook: " + e.getMessage(), e);
        }
    }
}
