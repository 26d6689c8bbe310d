package dev.bcfkit.testkit.seeds;

import static dev.bcfkit.testkit.seeds.SouthendFixture.FIRST_QUARTER;
import static dev.bcfkit.testkit.seeds.SouthendFixture.OTHER_QUARTER;
import static dev.bcfkit.testkit.seeds.SouthendFixture.POOLED_FUND;
import static dev.bcfkit.testkit.seeds.SouthendFixture.SEED;
import static dev.bcfkit.testkit.seeds.SouthendFixture.metric;
import static dev.bcfkit.testkit.seeds.SouthendFixture.quarter;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.metrics.AgeBand;
import dev.bcfkit.core.metrics.MetricFigures;
import dev.bcfkit.core.metrics.MetricKind;
import dev.bcfkit.core.metrics.Population;
import dev.bcfkit.core.returns.AdditionalMeasures;
import dev.bcfkit.core.returns.AdditionalMeasures.OpenApiProgress;
import dev.bcfkit.core.returns.AdditionalMeasures.PersonalHealthBudgets;
import dev.bcfkit.core.returns.CareSetting;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.FeedbackCategory;
import dev.bcfkit.core.returns.FundFlow;
import dev.bcfkit.core.returns.FundRow;
import dev.bcfkit.core.returns.IncomeAndExpenditure;
import dev.bcfkit.core.returns.MetricAssessment;
import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.core.returns.NationalCondition;
import dev.bcfkit.core.returns.QuarterlyFigures;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.YearEndFeedback;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Southend-on-Sea's four 2016/17 returns as golden fixtures, the cover, budget arrangements and national conditions: first what the model holds,
 * then the same values read back from the seed text itself ({@code docs/papers/002_a976cd69fb4e90aa.txt},
 * on the test classpath as {@code /seeds/}, see this module's pom) at the lines the transcription cites.
 */
class SouthendCoverAndConditionsTest {

    /** What the model holds. */
    @Nested
    class TheModel {

        @Test
        void fourReturnsOfSouthendInQuarterOrder() {
            List<QuarterlyReturn> all = SouthendReturns.all();
            assertEquals(List.of(SouthendReturns.q1(), SouthendReturns.q2(), SouthendReturns.q3(),
                    SouthendReturns.q4()), all);
            for (int n = 1; n <= 4; n++) {
                QuarterlyReturn r = quarter(n);
                assertEquals(ReportingPeriod.of(FinancialYear.of(2016), Quarter.of(n)), r.period());
                assertEquals(Edition.QUARTERLY_2016_17, r.edition());
                assertEquals("Southend-on-Sea", r.cover().healthAndWellbeingBoard().name());
                assertNull(r.cover().healthAndWellbeingBoard().onsCode(), "the seeds give no ONS code");
                assertNull(r.highImpactChangeModel(), "HICM is 2017-19");
                assertNull(r.additionalIbcf(), "additional iBCF is 2018/19");
                assertNotNull(r.incomeAndExpenditure());
                assertNotNull(r.additionalMeasures());
            }
            assertThrows(UnsupportedOperationException.class, () -> all.add(SouthendReturns.q1()));
        }

        @Test
        void coverIsAsTypedEachQuarter() {
            assertEquals("nick faint", SouthendReturns.q1().cover().completedBy()); // lower case as typed [002:861]
            assertEquals("Clr Lesley Salter, Chair HWB", SouthendReturns.q1().cover().signedOffBy());
            assertEquals("Chair of HWB", SouthendReturns.q2().cover().signedOffBy());
            assertEquals("Cllr Lesley Salter", SouthendReturns.q3().cover().signedOffBy());
            assertEquals("Cllr Lesley Salter", SouthendReturns.q4().cover().signedOffBy());
            for (int n = 1; n <= 4; n++) {
                QuarterlyReturn r = quarter(n);
                if (n > 1) {
                    assertEquals("Nick Faint", r.cover().completedBy());
                }
                assertEquals("nickfaint@southend.gov.uk", r.cover().email());
                assertEquals("01702 212 113", r.cover().contactNumber());
            }
        }

        @Test
        void fundsArePooledViaSection75AndNothingElseIsAnswered() {
            for (QuarterlyReturn r : SouthendReturns.all()) {
                assertEquals(YesNo.YES, r.budgetArrangements().pooledViaSection75());
                assertNull(r.budgetArrangements().confirmedNowPooled(), "blank in Q2-Q4, absent in Q1");
                assertNull(r.budgetArrangements().expectedPoolingDate());
                assertNull(r.budgetArrangements().explanation());
            }
        }

        @Test
        void twelveConditionRowsAllYesWithEarlierQuartersCarried() {
            List<NationalCondition> rows = NationalCondition.forEdition(Edition.QUARTERLY_2016_17);
            assertEquals(12, rows.size());
            for (int n = 1; n <= 4; n++) {
                List<ConditionResponse> conditions = quarter(n).nationalConditions();
                assertEquals(rows, conditions.stream().map(ConditionResponse::condition).collect(Collectors.toList()));
                for (ConditionResponse c : conditions) {
                    assertEquals(ConditionAnswer.YES, c.answer(), c.condition() + " in Q" + n);
                    assertNull(c.expectedDate());
                    assertNull(c.explanation());
                    assertEquals(IntStream.range(1, n).mapToObj(Quarter::of).collect(Collectors.toList()),
                            new ArrayList<>(c.previousResponses().keySet()), "previous quarters of Q" + n);
                    assertTrue(c.previousResponses().values().stream().allMatch(a -> a == ConditionAnswer.YES));
                }
            }
        }
    }

    /** The cited seed lines hold what the model holds. */
    @Nested
    class AgainstTheSeed {
        private final Seed seed = Seed.load(SEED);

        @Test
        void thePapersAreUnchanged() {
            Map<String, String> sha256 = Map.of(
                    "000_9b8cad8d0d3e847e.txt", "c156ba7b82a2c04262f330b78759ea2317e930a2966e93ec9f676cb1c1c4db81",
                    "001_e3ad2baa6076af05.txt", "24f14045abd77f74ec3e403dd95b496039d164fb9599f5a8a899edd19a8e02af",
                    "002_a976cd69fb4e90aa.txt", "0643811a80752d504d1547c598fa2d4093513bea4b41f4906b14b7b8b6e72e54",
                    "003_fdb20155cc3201b4.txt", "971ec0f42b2b54f447dba69a4586c98d2e757875a641eb2b3e8bd4e1b280dff7",
                    "004_6d03fb67bfe91ecf.txt", "bda60819055ef1a08bcd9417df5bc2f60b41d80ca065b0f11085e1aeb2aefb21");
            sha256.forEach((name, hash) -> assertEquals(hash, Seed.sha256(name), name));
            assertEquals("Q1 2016/17", seed.line(856));
        }

        @Test
        void cover() {
            QuarterlyReturn q1 = SouthendReturns.q1();
            assertEquals("Health and Well Being Board\t" + q1.cover().healthAndWellbeingBoard().name(), seed.line(858));
            assertEquals("completed by:\t" + q1.cover().completedBy(), seed.line(861));
            assertEquals("E-Mail:\t" + q1.cover().email(), seed.line(862));
            assertEquals("Contact Number:\t" + q1.cover().contactNumber(), seed.line(863));
            assertEquals(q1.cover().signedOffBy(), seed.cell(864, 1));
            QuarterlyReturn q2 = SouthendReturns.q2();
            assertEquals(q2.cover().completedBy(), seed.cell(1426, 1));
            assertEquals(q2.cover().email(), seed.cell(1427, 1));
            assertEquals(q2.cover().contactNumber(), seed.cell(1428, 1));
            assertEquals(q2.cover().signedOffBy(), seed.cell(1429, 1));
            QuarterlyReturn q3 = SouthendReturns.q3();
            assertEquals(List.of(q3.cover().completedBy(), q3.cover().email(), q3.cover().contactNumber(),
                    q3.cover().signedOffBy()), List.of(seed.line(1803), seed.line(1805), seed.line(1806), seed.line(1807)));
            QuarterlyReturn q4 = SouthendReturns.q4();
            assertEquals(List.of(q4.cover().completedBy(), q4.cover().email(), q4.cover().contactNumber(),
                    q4.cover().signedOffBy()), List.of(seed.cell(2197, 1), seed.cell(2199, 1), seed.cell(2200, 1),
                    seed.cell(2202, 1)));
        }

        @Test
        void budgetArrangements() {
            int[] s75 = {881, 1445, 1823, 2219};
            for (int n = 1; n <= 4; n++) {
                assertEquals(quarter(n).budgetArrangements().pooledViaSection75().label(), seed.cell(s75[n - 1], 1));
            }
            assertTrue(seed.valuesAfterLabel(882).isEmpty(), "no pooling date");
            for (int line : new int[] {1446, 1447, 1448, 1449, 1824, 1825, 2220, 2221, 2222, 2223}) {
                assertTrue(seed.valuesAfterLabel(line).isEmpty(), "blank answer at " + line);
            }
        }

        @Test
        void conditionAnswers() {
            // Q1: one "Yes" per row.
            int[] q1 = {896, 897, 899, 902, 906, 907, 908, 909, 910, 911, 912, 913};
            for (int line : q1) {
                assertEquals(1, seed.yesCells(line), "line " + line);
            }
            // Q2: Q1 response and current answer; rows 1, 2 and 3i spread over two renderings.
            int[][] q2 = {{1471, 1472}, {1473, 1474}, {1476, 1478}, {1479}, {1484}, {1485}, {1486}, {1487}, {1488},
                {1489}, {1490}, {1491}};
            for (int[] lines : q2) {
                assertEquals(2, seed.yesCells(lines), "lines " + Arrays.toString(lines));
            }
            int[] q3 = {1849, 1850, 1853, 1858, 1860, 1861, 1862, 1863, 1864, 1865, 1866, 1867};
            for (int line : q3) {
                assertEquals(3, seed.yesCells(line), "line " + line);
            }
            int[] q4 = {2244, 2246, 2250, 2253, 2256, 2259, 2261, 2263, 2266, 2269, 2274};
            for (int line : q4) {
                assertEquals(4, seed.yesCells(line), "line " + line);
            }
            // Row 7 in Q4: "Yes ies Yes Yes", the Q2 response garbled.
            assertEquals(List.of("Yes", "ies", "Yes", "Yes"), seed.cells(2272).subList(1, 5));
            assertTrue(seed.line(2272).startsWith("7) Agreement to invest in NHS commissioned out-of-hospital services"));
            assertEquals(SouthendReturns.q4().nationalConditions().get(10).condition(), NationalCondition.NC2016_7);
        }
    }
}
