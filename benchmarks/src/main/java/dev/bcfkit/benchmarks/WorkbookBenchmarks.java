package dev.bcfkit.benchmarks;

import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.json.BcfJson;
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
 * most 1.5 times POI's cost. The workbook is Dorset's 2018/19 Q2 return ({@code [004]}),
 * written by {@link BcfWorkbooks#write} from the sample in examples/data.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WorkbookBenchmarks {
    /** The sample the workbook is made from, relative to the repository (run.sh runs from there). */
    static final String SAMPLE = "examples/data/dorset-2018-19-q2.json";

    private Path file;

    /** Creates the benchmarks (JMH does, once per fork). */
    public WorkbookBenchmarks() {
        // the state is made in setUp
    }

    /**
     * Writes the workbook read by every invocation.
     *
     * @throws IOException if the sample cannot be read or the workbook written
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        BcfDocument dorset = BcfJson.strict().readDocument(Path.of(SAMPLE));
        file = Files.createTempFile("bcf-workbook-benchmark", ".xlsx");
        BcfWorkbooks.write(dorset, file);
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
