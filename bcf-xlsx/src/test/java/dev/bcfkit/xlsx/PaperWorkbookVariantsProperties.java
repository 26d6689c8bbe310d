package dev.bcfkit.xlsx;

import dev.bcfkit.core.BcfDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What real 2017-19 workbooks vary in, tried on the Dorset and Nottinghamshire workbooks laid out
 * from the papers ({@code [004]}, {@code [000:180-254]}): a tab named with or without its number
 * ("Metrics" or "3. Metrics"), and a table's column words standing alone above it, as the 2018/19
 * High Impact Change Model explains "Challenges", "Milestones met during the quarter / Observed
 * Impact" and "Support Needs" above its table ({@code [004:66-76]}). Neither changes the document
 * read.
 */
class PaperWorkbookVariantsProperties {
    private static final Path XLSX = PaperWorkbooksTest.LAYOUTS.getParent();
    private static final List<String> SAMPLES = List.of("dorset-2018-19-q2.xlsx", "nottinghamshire-2017-18-q2.xlsx");
    /** The sheets whose tables are read by their header rows, and those tables' column words. */
    private static final List<String> TABLE_SHEETS = List.of("2. National Conditions & s75", "3. Metrics",
            "4. High Impact Change Model");
    private static final List<String> COLUMN_WORDS = List.of(Labels2017To19.CONDITION, Labels2017To19.CONFIRMATION,
            Labels2017To19.EXPLANATION, Labels2017To19.STATEMENT, Labels2017To19.RESPONSE, Labels2017To19.METRIC,
            Labels2017To19.DEFINITION, Labels2017To19.ASSESSMENT, Labels2017To19.CHALLENGES,
            Labels2017To19.ACHIEVEMENTS, Labels2017To19.SUPPORT_NEEDS, Labels2017To19.MILESTONES,
            Labels2017To19.SUPPORT, Labels2017To19.RATIONALE);

    @Property(tries = 40)
    void aTabReadsTheSameWithOrWithoutItsNumber(@ForAll("samples") String sample,
            @ForAll("masks") List<Boolean> dropNumber) throws IOException {
        BcfDocument expected = BcfWorkbooks.read(XLSX.resolve(sample));
        Path variant = variant(sample, wb -> {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                if (dropNumber.get(i)) {
                    wb.setSheetName(i, wb.getSheetName(i).replaceFirst("^\\d+\\.\\s*", ""));
                }
            }
        });
        Differences.assertSame(expected, BcfWorkbooks.read(variant));
    }

    @Property(tries = 40)
    void aTablesColumnWordsAloneAboveItDoNotMoveItsHeader(@ForAll("samples") String sample,
            @ForAll("tableSheets") String sheet, @ForAll("words") List<String> above) throws IOException {
        BcfDocument expected = BcfWorkbooks.read(XLSX.resolve(sample));
        Path variant = variant(sample, wb -> {
            Sheet s = wb.getSheet(sheet);
            s.shiftRows(0, s.getLastRowNum(), above.size());
            for (int i = 0; i < above.size(); i++) {
                s.createRow(i).createCell(i % 3).setCellValue(above.get(i));
            }
        });
        Differences.assertSame(expected, BcfWorkbooks.read(variant));
    }

    private static Path variant(String sample, java.util.function.Consumer<XSSFWorkbook> change) throws IOException {
        Path file = Files.createTempFile("bcf-variant", ".xlsx");
        file.toFile().deleteOnExit();
        try (InputStream in = Files.newInputStream(XLSX.resolve(sample)); XSSFWorkbook wb = new XSSFWorkbook(in);
                OutputStream out = Files.newOutputStream(file)) {
            change.accept(wb);
            wb.write(out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return file;
    }

    @Provide
    Arbitrary<String> samples() {
        return Arbitraries.of(SAMPLES);
    }

    @Provide
    Arbitrary<List<Boolean>> masks() {
        return Arbitraries.of(true, false).list().ofSize(6);
    }

    @Provide
    Arbitrary<String> tableSheets() {
        return Arbitraries.of(TABLE_SHEETS);
    }

    @Provide
    Arbitrary<List<String>> words() {
        return Arbitraries.of(COLUMN_WORDS).list().ofMinSize(1).ofMaxSize(5);
    }
}
