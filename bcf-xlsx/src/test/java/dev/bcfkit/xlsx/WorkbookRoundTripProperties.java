package dev.bcfkit.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.testkit.BcfArbitraries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Reading what the writer wrote gives back an equal return, for every generated 2017-19 return. */
class WorkbookRoundTripProperties {

    @Property(tries = 40)
    void readingWhatWasWrittenGivesTheSameReturn(@ForAll("returns2017To19") QuarterlyReturn r) throws IOException {
        Path file = Files.createTempFile("bcf-roundtrip", ".xlsx");
        try {
            BcfWorkbooks.write(r, file);
            Differences.assertSame(r, BcfWorkbooks.read(file));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Provide
    Arbitrary<QuarterlyReturn> returns2017To19() {
        return Arbitraries.oneOf(BcfArbitraries.quarterlyReturns(Edition.QUARTERLY_2017_18),
                BcfArbitraries.quarterlyReturns(Edition.QUARTERLY_2018_19));
    }
}
