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

    @Provide
    Arbitrary<QuarterlyReturn> returns2016To17() {
        return BcfArbitraries.quarterlyReturns(Edition.QUARTERLY_2016_17);
    }
}
