package dev.bcfkit.xlsx;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.testkit.BcfArbitraries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Reading what the writer wrote gives back an equal 2016/17 return, for every generated return of
 * each quarter: conditions with the earlier quarters' responses, the I&amp;E grids with the
 * previously returned data, the six metric blocks, the Q4 year-end feedback and the additional
 * measures ({@code [002:854-2613]}).
 */
class Workbook2016To17RoundTripProperties {

    @Property(tries = 40)
    void readingWhatWasWrittenGivesTheSameReturn(@ForAll("returns2016To17") QuarterlyReturn r) throws IOException {
        Path file = Files.createTempFile("bcf-roundtrip-2016", ".xlsx");
        try {
            BcfWorkbooks.write(r, file);
            Differences.assertSame(r, BcfWorkbooks.read(file));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * The papers print a condition's row with and without its number ("7) Agreement to invest"
     * {@code [002:1866]}, "Agreement to invest" {@code [002:1490]}): whichever conditions of a
     * generated return lose their number, and in whatever case, the same return is read.
     */
    @Property(tries = 20)
    void aConditionIsKnownWithOrWithoutItsNumber(@ForAll("returns2016To17") QuarterlyReturn r,
            @ForAll long seed) throws IOException {
        Path written = Files.createTempFile("bcf-numbers-2016", ".xlsx");
        Path edited = Files.createTempFile("bcf-numbers-2016-edited", ".xlsx");
        java.util.Random random = new java.util.Random(seed);
        try {
            BcfWorkbooks.write(r, written);
            try (java.io.InputStream in = Files.newInputStream(written);
                    org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
                for (org.apache.poi.ss.usermodel.Row row : wb.getSheet(Labels2016To17.CONDITIONS)) {
                    org.apache.poi.ss.usermodel.Cell c = row.getCell(0);
                    if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && c.getStringCellValue().matches("^(\\d+|[ivx]+)\\) .*") && random.nextBoolean()) {
                        String bare = c.getStringCellValue().replaceFirst("^(\\d+|[ivx]+)\\) ", "");
                        c.setCellValue(random.nextBoolean() ? bare.toUpperCase(java.util.Locale.ROOT) : " " + bare);
                    }
                }
                try (java.io.OutputStream out = Files.newOutputStream(edited)) {
                    wb.write(out);
                }
            }
            Differences.assertSame(r, BcfWorkbooks.read(edited));
        } finally {
            Files.deleteIfExists(written);
            Files.deleteIfExists(edited);
        }
    }

    @Provide
    Arbitrary<QuarterlyReturn> returns2016To17() {
        return BcfArbitraries.quarterlyReturns(Edition.QUARTERLY_2016_17);
    }
}
