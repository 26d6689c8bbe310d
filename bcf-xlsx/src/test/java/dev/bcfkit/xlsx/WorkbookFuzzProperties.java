package dev.bcfkit.xlsx;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.core.BcfException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Mutated sample workbooks are read or refused cleanly: {@link BcfWorkbooks#read(Path)} either
 * returns a document or throws the library's {@link BcfException} (a {@code BcfParseException}
 * for what cannot be read) whose message is one line, starts with the file's name and holds no
 * stack trace; no other exception ever escapes. Two kinds of mutation of the sample workbooks in
 * {@code examples/data/xlsx}: of the zip's bytes (a byte flipped, the file cut short, bytes
 * inserted, a range zeroed or duplicated), and of the workbook as Excel shows it, written back by
 * Apache POI (a cell set to random text, a number, a date, a boolean, a 32,767-character string
 * or blanked; a sheet deleted or renamed; rows inserted).
 */
class WorkbookFuzzProperties {
    private static final Path XLSX = SampleWorkbookFilesTest.XLSX;
    private static final List<byte[]> SAMPLES = samples();
    /** What a stack trace or a leaked exception's own rendering looks like inside a message. */
    private static final Pattern TRACE = Pattern.compile("\\bat [a-z]+\\.[\\w.$]+\\(|Exception:|Error:|Caused by");

    @Property(tries = 100)
    void aZipWithMutatedBytesIsReadOrRefusedInOneLine(@ForAll("byteMutations") List<ByteMutation> mutations,
            @ForAll("sample") int sample) throws IOException {
        byte[] bytes = SAMPLES.get(sample);
        for (ByteMutation m : mutations) {
            bytes = m.apply(bytes);
        }
        readsOrRefusesCleanly("mutated-bytes.xlsx", bytes);
    }

    @Property(tries = 100)
    void aWorkbookWithMutatedCellsAndSheetsIsReadOrRefusedInOneLine(
            @ForAll("sheetMutations") List<SheetMutation> mutations, @ForAll("sample") int sample) throws IOException {
        byte[] bytes;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(SAMPLES.get(sample)))) {
            for (SheetMutation m : mutations) {
                m.apply(workbook);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            bytes = out.toByteArray();
        }
        readsOrRefusesCleanly("mutated-cells.xlsx", bytes);
    }

    /** The one outcome allowed: a document, or the library's exception in one line naming the file. */
    static void readsOrRefusesCleanly(String name, byte[] bytes) throws IOException {
        Path dir = Files.createTempDirectory("bcf-fuzz");
        Path file = Files.write(dir.resolve(name), bytes);
        try {
            BcfDocument document = BcfWorkbooks.read(file);
            assertNotNull(document);
        } catch (BcfException e) {
            String m = e.getMessage();
            assertTrue(m.startsWith(name + ": "), "names the file: " + m);
            assertFalse(m.contains("\n") || m.contains("\r"), "one line: " + m);
            assertFalse(TRACE.matcher(m).find(), "no stack trace or exception's class: " + m);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    @Provide
    Arbitrary<Integer> sample() {
        return Arbitraries.integers().between(0, SAMPLES.size() - 1);
    }

    @Provide
    Arbitrary<List<ByteMutation>> byteMutations() {
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
        Arbitrary<ByteMutation> one = Arbitraries.oneOf(
                Combinators.combine(at, Arbitraries.integers().between(1, 255))
                        .as((p, x) -> new ByteMutation("flip at " + p + " by " + x, b -> flip(b, p, x))),
                at.map(p -> new ByteMutation("cut at " + p, b -> Arrays.copyOf(b, (int) (b.length * p)))),
                Combinators.combine(at, Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(64))
                        .as((p, x) -> new ByteMutation("insert at " + p + " " + Arrays.toString(x), b -> insert(b, p, x))),
                Combinators.combine(at, Arbitraries.integers().between(1, 4096))
                        .as((p, n) -> new ByteMutation("zero " + n + " at " + p, b -> zero(b, p, n))),
                Combinators.combine(at, Arbitraries.integers().between(1, 4096))
                        .as((p, n) -> new ByteMutation("duplicate " + n + " at " + p, b -> duplicate(b, p, n))));
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<SheetMutation>> sheetMutations() {
        Arbitrary<Integer> sheet = Arbitraries.integers().between(0, 9);
        Arbitrary<Integer> row = Arbitraries.integers().between(0, 120);
        Arbitrary<Integer> column = Arbitraries.integers().between(0, 12);
        Arbitrary<Object> value = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40).map(s -> (Object) s),
                Arbitraries.strings().withChars("£,.%-0123456789 /").ofMaxLength(12).map(s -> (Object) s),
                Arbitraries.doubles().between(-1e12, 1e12).map(d -> (Object) d),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, -0.0, 1e308).map(d -> (Object) d),
                Arbitraries.integers().between(-40_000, 80_000).map(d -> (Object) LocalDate.of(1900, 1, 1).plusDays(d)),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.strings().ofLength(32_767).map(s -> (Object) s),
                Arbitraries.just((Object) Blank.BLANK));
        Arbitrary<SheetMutation> one = Arbitraries.oneOf(
                Combinators.combine(sheet, row, column, value).as(SheetMutations::setCell),
                Combinators.combine(sheet, row, column, value).as(SheetMutations::setCell),
                Combinators.combine(sheet, row, column, value).as(SheetMutations::setCell),
                sheet.map(SheetMutations::deleteSheet),
                Combinators.combine(sheet, Arbitraries.strings().alpha().numeric().withChars(" .&")
                        .ofMinLength(1).ofMaxLength(31)).as(SheetMutations::renameSheet),
                Combinators.combine(sheet, row, Arbitraries.integers().between(1, 20)).as(SheetMutations::insertRows));
        return one.list().ofMinSize(1).ofMaxSize(6);
    }

    /** A change to a workbook's bytes, described for a failing sample. */
    record ByteMutation(String what, UnaryOperator<byte[]> change) {
        byte[] apply(byte[] bytes) {
            return change.apply(bytes);
        }

        @Override
        public String toString() {
            return what;
        }
    }

    /** A change to a workbook as Excel shows it, described for a failing sample. */
    record SheetMutation(String what, Consumer<XSSFWorkbook> change) {
        void apply(XSSFWorkbook workbook) {
            change.accept(workbook);
        }

        @Override
        public String toString() {
            return what;
        }
    }

    /** The changes to a workbook as Excel shows it; one that does not apply to this workbook is skipped. */
    static final class SheetMutations {
        private SheetMutations() {
        }

        static SheetMutation setCell(int sheet, int row, int column, Object value) {
            String shown = value instanceof String t && t.length() > 40 ? "a string of " + t.length() + " characters"
                    : String.valueOf(value);
            return new SheetMutation("set sheet " + sheet + " row " + row + " column " + column + " to " + shown, w -> {
                if (sheet >= w.getNumberOfSheets()) {
                    return;
                }
                XSSFSheet s = w.getSheetAt(sheet);
                Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
                Cell c = r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
                if (value instanceof String text) {
                    c.setCellValue(text);
                } else if (value instanceof Double d) {
                    c.setCellValue(d);
                } else if (value instanceof LocalDate d) {
                    c.setCellValue(d);
                } else if (value instanceof Boolean b) {
                    c.setCellValue(b);
                } else {
                    c.setBlank();
                }
            });
        }

        static SheetMutation deleteSheet(int sheet) {
            return new SheetMutation("delete sheet " + sheet, w -> {
                if (sheet < w.getNumberOfSheets() && w.getNumberOfSheets() > 1) {
                    w.removeSheetAt(sheet);
                }
            });
        }

        static SheetMutation renameSheet(int sheet, String name) {
            return new SheetMutation("rename sheet " + sheet + " to \"" + name + "\"", w -> {
                if (sheet < w.getNumberOfSheets() && w.getSheetIndex(name) < 0) {
                    w.setSheetName(sheet, name);
                }
            });
        }

        static SheetMutation insertRows(int sheet, int row, int count) {
            return new SheetMutation("insert " + count + " rows at sheet " + sheet + " row " + row, w -> {
                if (sheet < w.getNumberOfSheets()) {
                    XSSFSheet s = w.getSheetAt(sheet);
                    if (row <= s.getLastRowNum()) {
                        s.shiftRows(row, s.getLastRowNum(), count);
                    }
                }
            });
        }
    }

    /** A cell set blank. */
    enum Blank {
        BLANK
    }

    private static int at(byte[] b, double p) {
        return Math.min(b.length, (int) (b.length * p));
    }

    private static byte[] flip(byte[] b, double p, int x) {
        byte[] c = b.clone();
        if (c.length > 0) {
            int i = Math.min(c.length - 1, at(c, p));
            c[i] = (byte) (c[i] ^ x);
        }
        return c;
    }

    private static byte[] insert(byte[] b, double p, byte[] x) {
        int i = at(b, p);
        byte[] c = new byte[b.length + x.length];
        System.arraycopy(b, 0, c, 0, i);
        System.arraycopy(x, 0, c, i, x.length);
        System.arraycopy(b, i, c, i + x.length, b.length - i);
        return c;
    }

    private static byte[] zero(byte[] b, double p, int n) {
        byte[] c = b.clone();
        int i = at(c, p);
        Arrays.fill(c, i, Math.min(c.length, i + n), (byte) 0);
        return c;
    }

    private static byte[] duplicate(byte[] b, double p, int n) {
        int i = at(b, p);
        return insert(b, p, Arrays.copyOfRange(b, i, Math.min(b.length, i + n)));
    }

    private static List<byte[]> samples() {
        try (Stream<Path> list = Files.list(XLSX)) {
            List<byte[]> all = new ArrayList<>();
            for (Path p : list.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList()) {
                all.add(Files.readAllBytes(p));
            }
            if (all.isEmpty()) {
                throw new IllegalStateException("no sample workbooks in " + XLSX);
            }
            return List.copyOf(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
