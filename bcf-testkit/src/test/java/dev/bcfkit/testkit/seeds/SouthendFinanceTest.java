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
 * Southend-on-Sea's four 2016/17 returns as golden fixtures, income and expenditure: first what the model holds,
 * then the same values read back from the seed text itself ({@code docs/papers/002_a976cd69fb4e90aa.txt},
 * on the test classpath as {@code /seeds/}, see this module's pom) at the lines the transcription cites.
 */
class SouthendFinanceTest {

    /** What the model holds. */
    @Nested
    class TheModel {

        @Test
        void pooledFundIsPhasedWithTheRemainderPoundInQ1() {
            assertEquals(0, POOLED_FUND.amount().remainder(BigDecimal.valueOf(4)).compareTo(BigDecimal.ONE));
            assertEquals(POOLED_FUND, Money.sum(List.of(FIRST_QUARTER, OTHER_QUARTER, OTHER_QUARTER, OTHER_QUARTER)));
            for (QuarterlyReturn r : SouthendReturns.all()) {
                IncomeAndExpenditure ie = r.incomeAndExpenditure();
                assertEquals(POOLED_FUND, ie.pooledFund());
                assertEquals("£13,131,049", ie.pooledFund().format());
                for (FundFlow flow : List.of(ie.income(), ie.expenditure())) {
                    for (FundRow row : List.of(FundRow.PLAN, FundRow.FORECAST)) {
                        QuarterlyFigures f = row.of(flow);
                        assertEquals(List.of(FIRST_QUARTER, OTHER_QUARTER, OTHER_QUARTER, OTHER_QUARTER), f.quarters());
                        assertEquals(POOLED_FUND, f.annualTotal());
                    }
                }
            }
            // "income forecast Q1 3,282,763 in every quarter"
            SouthendReturns.all().forEach(r -> assertEquals(FIRST_QUARTER,
                    r.incomeAndExpenditure().income().forecast().q1()));
        }

        @Test
        void actualsRunUpToTheReportedQuarterAndOnlyQ4StatesAnActualTotal() {
            for (int n = 1; n <= 4; n++) {
                IncomeAndExpenditure ie = quarter(n).incomeAndExpenditure();
                assertEquals(ie.income(), new FundFlow(ie.expenditure().plan(), ie.expenditure().forecast(),
                        ie.expenditure().actual(), ie.income().differenceComment()), "income = expenditure, Q" + n);
                for (Quarter q : Quarter.values()) {
                    Money actual = ie.income().actual().get(q);
                    if (q.number() <= n) {
                        assertEquals(q == Quarter.Q1 ? FIRST_QUARTER : OTHER_QUARTER, actual, q + " actual in Q" + n);
                    } else {
                        assertNull(actual, q + " actual blank in Q" + n);
                    }
                }
                assertEquals(n == 4 ? POOLED_FUND : null, ie.income().actual().annualTotal());
                assertEquals(n == 4 ? POOLED_FUND : null, ie.expenditure().actual().annualTotal());
            }
            assertEquals(Money.pounds(13_131_049), SouthendReturns.q4().incomeAndExpenditure().income().actual()
                    .annualTotal());
        }

        @Test
        void commentsAreAsTyped() {
            assertEquals(List.of("n/a", "no comment", "nil comment", "nil comment"), SouthendReturns.all().stream()
                    .map(r -> r.incomeAndExpenditure().financialCommentary()).collect(Collectors.toList()));
            for (int n = 1; n <= 3; n++) {
                assertNull(quarter(n).incomeAndExpenditure().income().differenceComment());
                assertNull(quarter(n).incomeAndExpenditure().expenditure().differenceComment());
            }
            assertEquals("nil comment", SouthendReturns.q4().incomeAndExpenditure().income().differenceComment());
            assertEquals("nil comment", SouthendReturns.q4().incomeAndExpenditure().expenditure().differenceComment());
        }

        @Test
        void previouslyReturnedDataIsThePreviousQuartersGrid() {
            assertNull(SouthendReturns.q1().incomeAndExpenditure().previouslyReturned());
            for (int n = 2; n <= 4; n++) {
                IncomeAndExpenditure now = quarter(n).incomeAndExpenditure();
                IncomeAndExpenditure before = quarter(n - 1).incomeAndExpenditure();
                assertNotNull(now.previouslyReturned());
                assertEquals(withoutComment(before.income()), now.previouslyReturned().income(), "Q" + n);
                assertEquals(withoutComment(before.expenditure()), now.previouslyReturned().expenditure(), "Q" + n);
            }
        }

        private FundFlow withoutComment(FundFlow f) {
            return new FundFlow(f.plan(), f.forecast(), f.actual(), null);
        }

        @Test
        void aChangedFixtureIsNotTheGoldenOne() {
            IncomeAndExpenditure ie = SouthendReturns.q1().incomeAndExpenditure();
            QuarterlyFigures tampered = ie.income().plan().with(Quarter.Q1, Money.pounds(3_282_764));
            assertNotEquals(ie.income().plan(), tampered);
            assertNotEquals(ie.income().plan().annualTotal(), Money.sum(tampered.quarters()),
                    "the stated total no longer adds up");
        }
    }

    /** The cited seed lines hold what the model holds. */
    @Nested
    class AgainstTheSeed {
        private final Seed seed = Seed.load(SEED);

        @Test
        void incomeAndExpenditureGridsCellByCell() {
            // {plan, forecast, actual} lines: income then expenditure; amended grid, then previously returned.
            Map<Integer, int[][]> amended = Map.of(
                    1, new int[][] {{1023, 1024, 1025}, {1034, 1035, 1036}},
                    2, new int[][] {{1623, 1624, 1625}, {1644, 1645, 1646}},
                    3, new int[][] {{2009, 2010, 2011}, {2030, 2031, 2032}},
                    4, new int[][] {{2393, 2394, 2395}, {2413, 2414, 2415}});
            Map<Integer, int[][]> previous = Map.of(
                    2, new int[][] {{1616, 1617, 1618}, {1637, 1638, 1639}},
                    3, new int[][] {{2002, 2003, 2004}, {2023, 2024, 2025}},
                    4, new int[][] {{2386, 2387, 2388}, {2406, 2407, 2408}});
            for (int n = 1; n <= 4; n++) {
                IncomeAndExpenditure ie = quarter(n).incomeAndExpenditure();
                assertGrid(amended.get(n)[0], ie.income());
                assertGrid(amended.get(n)[1], ie.expenditure());
                assertEquals(ie.pooledFund(), seed.pooledFund(amended.get(n)[0][0]));
                assertEquals(ie.pooledFund(), seed.pooledFund(amended.get(n)[1][0]));
                if (n > 1) {
                    assertGrid(previous.get(n)[0], ie.previouslyReturned().income());
                    assertGrid(previous.get(n)[1], ie.previouslyReturned().expenditure());
                }
            }
        }

        private void assertGrid(int[] lines, FundFlow flow) {
            assertEquals(seed.gridRow(lines[0], "Plan"), flow.plan(), "line " + lines[0]);
            assertEquals(seed.gridRow(lines[1], "Forecast"), flow.forecast(), "line " + lines[1]);
            assertEquals(seed.gridRow(lines[2], "Actual*"), flow.actual(), "line " + lines[2]);
        }

        @Test
        void aTamperedFigureDoesNotMatchTheSeed() {
            QuarterlyFigures golden = SouthendReturns.q1().incomeAndExpenditure().income().plan();
            assertEquals(seed.gridRow(1023, "Plan"), golden);
            assertNotEquals(seed.gridRow(1023, "Plan"), golden.with(Quarter.Q4, Money.pounds(3_282_763)));
            assertNotEquals(seed.gridRow(1023, "Plan"), golden.withAnnualTotal(null), "a stated total left blank");
        }

        @Test
        void financeComments() {
            assertEquals(SouthendReturns.q1().incomeAndExpenditure().financialCommentary(), seed.cell(1042, 1));
            assertEquals(SouthendReturns.q2().incomeAndExpenditure().financialCommentary(), seed.cell(1653, 1));
            assertEquals(SouthendReturns.q3().incomeAndExpenditure().financialCommentary(), seed.cell(2039, 1));
            assertEquals("Commentary on progress against financial plan:\t", seed.line(2040));
            IncomeAndExpenditure q4 = SouthendReturns.q4().incomeAndExpenditure();
            assertEquals(q4.income().differenceComment(), seed.cell(2397, 1));
            assertEquals(q4.expenditure().differenceComment(), seed.cell(2418, 1));
            assertEquals(q4.financialCommentary(), seed.cell(2419, 1));
        }
    }
}
