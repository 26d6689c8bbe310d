package dev.bcfkit.benchmarks;

import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.xlsx.BcfWorkbooks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Reading a return's workbook with {@link BcfWorkbooks#read} (the safety scan, POI's load, the
 * read by the template's labels, the document built) against Apache POI's own open-and-iterate
 * of the same file: open it read-only and visit every cell's value. The target of issue 17: at
 * most 1.5 times POI's cost. The workbook is the sample of Dorset's 2018/19 Q2 return in
 * examples/data/xlsx, laid out from the paper's rendering of it ({@code [004]}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WorkbookBenchmarks {
    /** The sample workbook, relative to the repository (run.sh runs from there). */
    static final String SAMPLE = "examples/data/xlsx/dorset-2018-19-q2.xlsx";

    private Path file;

    /** Creates the benchmarks (JMH does, once per fork). */
    public WorkbookBenchmarks() {
        // the state is made in setUp
    }

    /**
     * Copies the sample to a temporary file, read by every invocation (so that nothing else
     * rewrites it under the run).
     *
     * @throws IOException if the sample cannot be copied
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Files.createTempFile("bcf-workbook-benchmark", ".xlsx");
        Files.copy(Path.of(SAMPLE), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Deletes the workbook.
     *
     * @throws IOException if it cannot be deleted
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    /**
     * The baseline: POI opens the file read-only and every cell's value is visited.
     *
     * @return the number of characters and numbers seen, so that nothing is optimised away
     */
    @Benchmark
    public long poiOpenAndIterate() {
        return iterate(file);
    }

    /**
     * bcfkit's read of the same file.
     *
     * @return the document
     */
    @Benchmark
    public BcfDocument bcfWorkbooksRead() {
        return BcfWorkbooks.read(file);
    }

    /**
     * @param file a workbook
     * @return the characters of its text cells plus the number of its other cells
     */
    static long iterate(Path file) {
        long seen = 0;
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                                : cell.getCellType();
                        if (type == CellType.STRING) {
                            seen += cell.getStringCellValue().length();
                        } else if (type == CellType.NUMERIC) {
                            seen += Double.doubleToLongBits(cell.getNumericCellValue()) & 1;
                            seen++;
                        }
                    }
                }
            }
            pkg.revert();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
        return seen;
    }
}
