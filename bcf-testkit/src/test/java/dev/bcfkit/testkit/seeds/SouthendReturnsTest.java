package dev.bcfkit.testkit.seeds;

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
 * Southend-on-Sea's four 2016/17 returns as golden fixtures: first what the model holds, then
 * the same values read back from the seed text itself ({@code docs/papers/002_a976cd69fb4e90aa.txt},
 * on the test classpath as {@code /seeds/}, see this module's pom) at the lines the transcription cites.
 */
class SouthendReturnsTest {

    private static final Money POOLED_FUND = Money.pounds(13_131_049);
    private static final Money FIRST_QUARTER = Money.pounds(3_282_763);
    private static final Money OTHER_QUARTER = Money.pounds(3_282_762);

    private static QuarterlyReturn quarter(int n) {
        return SouthendReturns.all().get(n - 1);
    }

    private static MetricProgress metric(QuarterlyReturn r, MetricKind kind) {
        return r.metrics().stream().filter(m -> m.metric() == kind).findFirst().orElseThrow();
    }

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
        void sixMetricBlocksInTemplateOrderWithTheirAssessments() {
            List<MetricKind> order = List.of(MetricKind.NON_ELECTIVE_ADMISSIONS, MetricKind.DELAYED_TRANSFERS_OF_CARE,
                    MetricKind.LOCAL, MetricKind.PATIENT_EXPERIENCE, MetricKind.RESIDENTIAL_ADMISSIONS,
                    MetricKind.REABLEMENT);
            MetricAssessment onTrack = MetricAssessment.ON_TRACK_TO_MEET_TARGET;
            MetricAssessment noImprovement = MetricAssessment.NO_IMPROVEMENT_IN_PERFORMANCE;
            Map<Integer, List<MetricAssessment>> expected = Map.of(
                    1, Arrays.asList(onTrack, onTrack, onTrack, onTrack, onTrack, null),
                    2, Arrays.asList(noImprovement, onTrack, onTrack, onTrack, onTrack, null),
                    3, Arrays.asList(noImprovement, onTrack, onTrack, onTrack, onTrack, null),
                    4, Arrays.asList(noImprovement, onTrack, onTrack, onTrack, onTrack,
                            MetricAssessment.ON_TRACK_FOR_IMPROVED_PERFORMANCE));
            for (int n = 1; n <= 4; n++) {
                QuarterlyReturn r = quarter(n);
                assertEquals(order, r.metrics().stream().map(MetricProgress::metric).collect(Collectors.toList()));
                assertEquals(expected.get(n), r.metrics().stream().map(MetricProgress::assessment)
                        .collect(Collectors.toList()), "Q" + n);
                for (MetricProgress m : r.metrics()) {
                    assertTrue(m.assessment() == null || m.assessment().editions().contains(Edition.QUARTERLY_2016_17));
                    assertNull(m.challenges());
                    assertNull(m.achievements());
                    assertNull(m.supportNeeds());
                    assertNull(m.specifiedMetric());
                }
            }
        }

        @Test
        void reablementIsOnlyLegibleInQ4() {
            for (int n = 1; n <= 3; n++) {
                assertEquals(new MetricProgress(MetricKind.REABLEMENT, null, null, null, null, null, null, null, null),
                        metric(quarter(n), MetricKind.REABLEMENT), "Q" + n);
            }
            MetricProgress q4 = metric(SouthendReturns.q4(), MetricKind.REABLEMENT);
            assertTrue(q4.definition().startsWith("Proportion of older people (65 and over) who were still at home 91"));
            assertTrue(q4.commentary().startsWith("Our current performance is circa 75% against a target of 86%."));
            assertEquals(new BigDecimal("86"), q4.figures().target());
            assertEquals(new BigDecimal("75"), q4.figures().actual());
            assertTrue(q4.figures().actual().compareTo(q4.figures().target()) < 0, "below target, so not 'on track'");
        }

        @Test
        void commentaryKeepsTheSourceTypos() {
            assertTrue(metric(SouthendReturns.q1(), MetricKind.DELAYED_TRANSFERS_OF_CARE).commentary()
                    .contains("an agreed process to exclate."));
            assertTrue(metric(SouthendReturns.q2(), MetricKind.DELAYED_TRANSFERS_OF_CARE).commentary()
                    .contains("an agreed process to excalate."));
            assertTrue(metric(SouthendReturns.q3(), MetricKind.DELAYED_TRANSFERS_OF_CARE).commentary()
                    .contains("an agreed process to escalate."));
            assertTrue(metric(SouthendReturns.q1(), MetricKind.DELAYED_TRANSFERS_OF_CARE).commentary()
                    .endsWith("and that the"), "cut off in the source");
            assertTrue(metric(SouthendReturns.q4(), MetricKind.REABLEMENT).commentary()
                    .contains("Domicili Care contract"));
            assertTrue(metric(SouthendReturns.q4(), MetricKind.NON_ELECTIVE_ADMISSIONS).commentary()
                    .endsWith("continue into 2017/18."));
            assertTrue(metric(SouthendReturns.q3(), MetricKind.NON_ELECTIVE_ADMISSIONS).commentary()
                    .endsWith("continue into Q4 16/17."));
        }

        @Test
        void patientExperienceFiguresAgainstTheTarget() {
            List<String> actuals = List.of("91.2", "93", "92.5", "90");
            List<String> periods = List.of("Q1 16/17", "Q1 16/17", "Q3 16/17", "Q4 16/17"); // Q2 says "Q1" [002:1684]
            for (int n = 1; n <= 4; n++) {
                MetricProgress m = metric(quarter(n), MetricKind.PATIENT_EXPERIENCE);
                MetricFigures f = m.figures();
                assertEquals(new BigDecimal("91.7"), f.target());
                assertEquals(new BigDecimal(actuals.get(n - 1)), f.actual());
                assertEquals(periods.get(n - 1), f.actualPeriod());
                assertTrue(m.commentary().contains(actuals.get(n - 1) + "% against a target of 91.7%"));
                assertEquals(MetricAssessment.ON_TRACK_TO_MEET_TARGET, m.assessment());
                assertNull(f.reference());
                assertNull(f.reportedRag());
            }
            // "On track" with 91.2% and 90% below the 91.7% target (Q1, Q4): a contradiction rules report.
            assertTrue(metric(SouthendReturns.q4(), MetricKind.PATIENT_EXPERIENCE).figures().actual()
                    .compareTo(new BigDecimal("91.7")) < 0);
            for (QuarterlyReturn r : SouthendReturns.all()) {
                for (MetricKind k : List.of(MetricKind.NON_ELECTIVE_ADMISSIONS, MetricKind.DELAYED_TRANSFERS_OF_CARE,
                        MetricKind.LOCAL, MetricKind.RESIDENTIAL_ADMISSIONS)) {
                    assertNull(metric(r, k).figures(), "the pack gives no figures for " + k);
                }
            }
        }

        @Test
        void yearEndFeedbackOnlyInQ4() {
            for (int n = 1; n <= 3; n++) {
                assertNull(quarter(n).yearEndFeedback());
            }
            YearEndFeedback f = SouthendReturns.q4().yearEndFeedback();
            assertEquals(7, f.statements().size());
            assertTrue(f.statements().stream().allMatch(s -> "Agree".equals(s.response()) && s.comment() == null));
            assertTrue(f.statements().get(3).statement().contains("contributed positively to maging the levels"));
            assertEquals(List.of("the commissioning of a complex care co-ordination service",
                    "the development of a Locality approach", "the introdcution of a moderate needs MDT"),
                    f.successes().stream().map(YearEndFeedback.CategorisedResponse::response).collect(Collectors.toList()));
            assertEquals(List.of(FeedbackCategory.COLLABORATIVE_WORKING, FeedbackCategory.SHARED_VISION,
                    FeedbackCategory.COLLABORATIVE_WORKING),
                    f.successes().stream().map(YearEndFeedback.CategorisedResponse::category).collect(Collectors.toList()));
            assertEquals(List.of("idata sharind", "governance", "tinance"),
                    f.challenges().stream().map(YearEndFeedback.CategorisedResponse::response).collect(Collectors.toList()));
            assertEquals(List.of(FeedbackCategory.DIGITAL_INTEROPERABILITY, FeedbackCategory.MANAGING_CHANGE,
                    FeedbackCategory.DELIVERING_ACROSS_INTERFACES),
                    f.challenges().stream().map(YearEndFeedback.CategorisedResponse::category).collect(Collectors.toList()));
        }

        @Test
        void additionalMeasuresEveryQuarter() {
            for (QuarterlyReturn r : SouthendReturns.all()) {
                AdditionalMeasures m = r.additionalMeasures();
                assertEquals(List.of(CareSetting.values()), new ArrayList<>(m.nhsNumberOnCorrespondence().keySet()));
                assertEquals(YesNo.NO, m.nhsNumberOnCorrespondence().get(CareSetting.MENTAL_HEALTH));
                assertEquals(YesNo.NO, m.nhsNumberOnCorrespondence().get(CareSetting.SPECIALISED_PALLIATIVE));
                assertEquals(YesNo.YES, m.nhsNumberOnCorrespondence().get(CareSetting.GP));
                assertTrue(m.nhsNumberRetrieval().values().stream().allMatch(a -> a == YesNo.YES));
                assertEquals(6, m.nhsNumberRetrieval().size());
                assertEquals(6, m.dataSharing().size());
                long shared = m.dataSharing().values().stream().flatMap(row -> row.values().stream())
                        .filter("Shared via Open API"::equals).count();
                long notShared = m.dataSharing().values().stream().flatMap(row -> row.values().stream())
                        .filter("Not currently shared digitally"::equals).count();
                assertEquals(18, shared);
                assertEquals(18, notShared);
                assertEquals("Shared via Open API",
                        m.dataSharing().get(CareSetting.SOCIAL_CARE).get(CareSetting.SOCIAL_CARE));
                assertEquals(new OpenApiProgress("In development", "31/03/17"), m.openApiProgress().get(CareSetting.GP));
                for (CareSetting s : CareSetting.values()) {
                    assertEquals("31/03/17", m.openApiProgress().get(s).projectedGoLive());
                    if (s != CareSetting.GP) {
                        assertNull(m.openApiProgress().get(s).status(), "blank in the text: " + s);
                    }
                }
                assertEquals("Pilot being scoped", m.integratedCareRecordPilot());
                assertEquals("Yes - in some parts of Health and Wellbeing Board area",
                        m.integratedCareTeams().nonAcute());
            }
            List<String> acute = SouthendReturns.all().stream()
                    .map(r -> r.additionalMeasures().integratedCareTeams().acute()).collect(Collectors.toList());
            assertEquals(List.of("Yes - throughout the Health and Wellbeing Board area",
                    "Yes - throughout the Health and Wellbeing Board area",
                    "Yes - throughout the Health and Wellbeing Board area",
                    "Yes - in some parts of Health and Wellbeing Board area"), acute);
        }

        @Test
        void personalHealthBudgetsRateAsShownAgreesWithTheExactRate() {
            List<String> shown = List.of("13", "13.3", "13.3", "13");
            List<Population> populations = List.of(SouthendReturns.phbPopulation2016(),
                    SouthendReturns.phbPopulation2016(), SouthendReturns.phbPopulation2016(),
                    SouthendReturns.phbPopulation2017());
            for (int n = 1; n <= 4; n++) {
                PersonalHealthBudgets phb = quarter(n).additionalMeasures().personalHealthBudgets();
                assertEquals(24L, phb.total());
                assertEquals(7L, phb.newInQuarter());
                assertEquals(17L, phb.stoppedInQuarter());
                assertEquals(new BigDecimal("94"), phb.percentInContinuingHealthcare());
                assertEquals(new BigDecimal(shown.get(n - 1)), phb.ratePer100kShown());
                Population population = populations.get(n - 1);
                assertEquals(population.count(), phb.population());
                assertEquals(n == 4 ? "Mid 2017" : "Mid 2016", phb.populationLabel());
                assertEquals(quarter(n).period().calendarYear(), population.calendarYear(),
                        "Q4 uses the next calendar year's population [002:2581]");
                // The template shows the rate at 0 or 1 decimal places; computing it at 10 and
                // rounding HALF_UP to the shown scale gives the shown value.
                BigDecimal exact = BigDecimal.valueOf(phb.total()).multiply(BigDecimal.valueOf(100_000))
                        .divide(BigDecimal.valueOf(population.count()), 10, RoundingMode.HALF_UP);
                assertEquals(phb.ratePer100kShown(), exact.setScale(phb.ratePer100kShown().scale(), RoundingMode.HALF_UP));
            }
        }

        @Test
        void populationsForThePersonalHealthBudgetRate() {
            assertEquals(new Population(AgeBand.ALL_AGES, 2016, 180_589, "ONS SNPP Interim 2014-based, mid 2016"),
                    SouthendReturns.phbPopulation2016());
            assertEquals(new Population(AgeBand.ALL_AGES, 2017, 182_046, "ONS SNPP Interim 2014-based, mid 2017"),
                    SouthendReturns.phbPopulation2017());
        }

        @Test
        void narrativeLengthMatchesTheRemainingCharactersCounter() {
            // Line feeds count one character each (as Excel's LEN counts them); paragraphs are
            // separated by an empty line. The counter is then exactly 2 below 32,767 - length in
            // every quarter: 2 characters the rendering does not show (see SouthendNarratives).
            List<Integer> counters = List.of(31_872, 31_872, 31_593, 31_605); // [002:1161] [002:1772] [002:2165] [002:2591]
            List<Integer> lengths = List.of(893, 893, 1172, 1160);
            for (int n = 1; n <= 4; n++) {
                String text = quarter(n).narrative().progress();
                assertEquals(lengths.get(n - 1), text.length(), "Q" + n);
                assertEquals(counters.get(n - 1) + 2, 32_767 - text.length(), "Q" + n);
                assertTrue(text.startsWith("Non Elective, residential admissions and DToC\n\nWe are delighted"));
                assertTrue(text.endsWith("\n\nIncome & Expenditure\n\nIncome & Expenditure has remained on plan."));
                assertFalse(text.contains("\r"));
                assertNull(quarter(n).narrative().successStory(), "2017-19 only");
            }
            assertEquals(SouthendReturns.q1().narrative(), SouthendReturns.q2().narrative());
            assertEquals(12, SouthendReturns.q3().narrative().progress().length()
                    - SouthendReturns.q4().narrative().progress().length());
            assertEquals(31_605 - 31_593, SouthendReturns.q3().narrative().progress().length()
                    - SouthendReturns.q4().narrative().progress().length());
            assertTrue(SouthendReturns.q3().narrative().progress().contains("Essex Success Regime"));
            assertTrue(SouthendReturns.q4().narrative().progress().contains("engagement with the STP."));
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
        private final Seed seed = Seed.load("002_a976cd69fb4e90aa.txt");

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

        @Test
        void metricDefinitions() {
            assertEquals(SouthendMetrics.NEA_DEFINITION, seed.cell(1056, 1));
            assertEquals(SouthendMetrics.DTOC_DEFINITION, seed.cell(1061, 1));
            assertEquals(SouthendMetrics.DTOC_DEFINITION, seed.cell(1670, 1));
            assertEquals(SouthendMetrics.DTOC_DEFINITION, seed.cell(2061, 1) + seed.cell(2061, 2)); // "(a" + "ged 18+)"
            assertEquals(SouthendMetrics.DTOC_DEFINITION, seed.cell(2432, 1) + " " + seed.cell(2432, 2));
            assertEquals(SouthendMetrics.LOCAL_DEFINITION, seed.wrapped(1064, 1065));
            assertEquals(SouthendMetrics.LOCAL_DEFINITION, seed.cell(1673, 1));
            assertEquals(SouthendMetrics.LOCAL_DEFINITION, seed.wrapped(2064, 2064));
            assertEquals(SouthendMetrics.LOCAL_DEFINITION, seed.wrapped(2435, 2436));
            for (int line : new int[] {1072, 1680, 2070, 2444}) {
                assertEquals(SouthendMetrics.PATIENT_EXPERIENCE_DEFINITION, seed.cell(line, 1), "line " + line);
            }
            assertEquals(SouthendMetrics.RESIDENTIAL_DEFINITION, seed.cell(1078, 1));
            assertEquals(SouthendMetrics.REABLEMENT_DEFINITION, seed.wrapped(2456, 2456));
            for (int n = 1; n <= 4; n++) {
                QuarterlyReturn r = quarter(n);
                assertEquals(SouthendMetrics.NEA_DEFINITION, metric(r, MetricKind.NON_ELECTIVE_ADMISSIONS).definition());
                assertEquals(SouthendMetrics.DTOC_DEFINITION, metric(r, MetricKind.DELAYED_TRANSFERS_OF_CARE).definition());
                assertEquals(SouthendMetrics.LOCAL_DEFINITION, metric(r, MetricKind.LOCAL).definition());
                assertEquals(SouthendMetrics.PATIENT_EXPERIENCE_DEFINITION,
                        metric(r, MetricKind.PATIENT_EXPERIENCE).definition());
                assertEquals(SouthendMetrics.RESIDENTIAL_DEFINITION,
                        metric(r, MetricKind.RESIDENTIAL_ADMISSIONS).definition());
            }
            assertEquals(SouthendMetrics.REABLEMENT_DEFINITION,
                    metric(SouthendReturns.q4(), MetricKind.REABLEMENT).definition());
        }

        @Test
        void metricAssessmentsOnTheirLines() {
            Map<Integer, int[]> lines = Map.of(
                    1, new int[] {1058, 1062, 1066, 1075, 1079},
                    2, new int[] {1666, 1671, 1674, 1683, 1687},
                    3, new int[] {2055, 2062, 2066, 2074, 2078},
                    4, new int[] {2427, 2433, 2438, 2448, 2452, 2457});
            for (int n = 1; n <= 4; n++) {
                int[] l = lines.get(n);
                for (int i = 0; i < l.length; i++) {
                    MetricProgress m = quarter(n).metrics().get(i);
                    assertTrue(seed.line(l[i]).contains(m.assessment().label()), m.metric() + " Q" + n + " at " + l[i]);
                }
            }
        }

        @Test
        void metricCommentaryIsTheCitedCellText() {
            MetricKind nea = MetricKind.NON_ELECTIVE_ADMISSIONS;
            MetricKind dtoc = MetricKind.DELAYED_TRANSFERS_OF_CARE;
            MetricKind local = MetricKind.LOCAL;
            MetricKind experience = MetricKind.PATIENT_EXPERIENCE;
            MetricKind residential = MetricKind.RESIDENTIAL_ADMISSIONS;
            assertAll(
                    () -> assertCommentary(1, nea, seed.wrapped(1059, 1059)),
                    () -> assertCommentary(1, dtoc, seed.afterAssessment(1062)),
                    () -> assertCommentary(1, local, seed.wrapped(1067, 1070)),
                    () -> assertCommentary(1, experience, seed.wrapped(1076, 1076)),
                    () -> assertCommentary(1, residential, seed.wrapped(1080, 1082)),
                    () -> assertCommentary(2, nea, seed.wrapped(1667, 1668)),
                    () -> assertCommentary(2, dtoc, seed.afterAssessment(1671)),
                    () -> assertCommentary(2, local, seed.wrapped(1675, 1678)),
                    () -> assertCommentary(2, experience, seed.wrapped(1684, 1684)),
                    () -> assertCommentary(2, residential, seed.wrapped(1688, 1691)),
                    () -> assertCommentary(3, nea, seed.wrapped(2056, 2059)),
                    // the tab between two column fragments is the renderer's, not the board's: one space
                    () -> assertCommentary(3, dtoc, seed.afterAssessment(2062).replace("\t", " ")),
                    () -> assertCommentary(3, local, seed.wrapped(2067, 2068)),
                    () -> assertCommentary(3, experience, seed.wrapped(2075, 2075)),
                    () -> assertCommentary(3, residential, seed.wrapped(2079, 2082)),
                    () -> assertCommentary(4, nea, seed.wrapped(2428, 2430)),
                    () -> assertCommentary(4, dtoc, seed.afterAssessment(2433).replace("\t", " ")),
                    // a tab splitting a word ("ser" / "vice") is dropped; the letters stay as rendered
                    () -> assertCommentary(4, local, seed.wrapped(2439, 2442).replace("\t", "")),
                    () -> assertCommentary(4, experience, seed.wrapped(2449, 2449)),
                    () -> assertCommentary(4, residential, seed.wrapped(2453, 2454)),
                    () -> assertCommentary(4, MetricKind.REABLEMENT, seed.wrapped(2458, 2459)));
            assertTrue(seed.line(2062).contains("deliver th\taged at a System level."), "the column split is a tab");
            assertEquals("We have a System agreed plan re DToC that will continue our historically strong p our system"
                    + " DToC rates. The delivery of the DToC plan is both monitored and man Operational management has"
                    + " an agreed process to escalate. The management te and social care continue to ensure"
                    + " operational resources are in place to deliver th aged at a System level. eams within both"
                    + " health", metric(quarter(3), dtoc).commentary());
            assertTrue(metric(quarter(4), local).commentary().contains("health and social care service for patients"),
                    metric(quarter(4), local).commentary());
        }

        @Test
        void noCommentaryKeepsTheRenderersTabs() {
            for (int n = 1; n <= 4; n++) {
                for (MetricProgress m : quarter(n).metrics()) {
                    String text = m.commentary();
                    assertTrue(text == null || text.indexOf('\t') < 0, m.metric() + " in Q" + n + ": " + text);
                }
            }
        }

        private void assertCommentary(int n, MetricKind kind, String cellText) {
            assertEquals(cellText, metric(quarter(n), kind).commentary(), kind + " in Q" + n);
        }

        @Test
        void yearEndFeedback() {
            YearEndFeedback f = SouthendReturns.q4().yearEndFeedback();
            for (int i = 0; i < 7; i++) {
                int line = 2476 + i;
                String rendered = seed.cell(line, 0).strip().replace("<u>Th</u> e", "The");
                String expected = i == 0 ? f.statements().get(0).statement() : (i + 1) + ". " + f.statements().get(i).statement();
                assertEquals(expected, rendered, "line " + line);
                assertEquals(f.statements().get(i).response(), seed.cell(line, 1));
            }
            for (int i = 0; i < 3; i++) {
                assertEquals(List.of("Success " + (i + 1), f.successes().get(i).response(),
                        f.successes().get(i).category().label()), seed.cells(2490 + i));
                List<String> challenge = seed.cells(2496 + i);
                assertEquals(List.of(f.challenges().get(i).response(), f.challenges().get(i).category().label()),
                        challenge.subList(1, 3));
                assertEquals(i == 1 ? "_" : "Challenge " + (i + 1), challenge.get(0), "the lost label is \"_\"");
            }
        }

        @Test
        void additionalMeasures() {
            int[][] nhsNumber = {{1097, 1099}, {1706, 1708}, {2097, 2100}, {2527, 2529}};
            int[][] sharingRows = {{1107, 1109, 1111, 1113, 1115, 1117}, {1716, 1718, 1720, 1722, 1724, 1726},
                {2108, 2110, 2112, 2114, 2116, 2118}, {2537, 2539, 2541, 2543, 2545, 2547}};
            int[][] openApi = {{1122, 1123}, {1731, 1732}, {2123, 2124}, {2552, 2553}};
            int[] pilot = {1128, 1737, 2128, 2558};
            for (int n = 1; n <= 4; n++) {
                AdditionalMeasures m = quarter(n).additionalMeasures();
                assertEquals(labels(m.nhsNumberOnCorrespondence()), seed.lastCells(nhsNumber[n - 1][0], 6));
                assertEquals(labels(m.nhsNumberRetrieval()), seed.lastCells(nhsNumber[n - 1][1], 6));
                for (CareSetting from : CareSetting.values()) {
                    int line = sharingRows[n - 1][from.ordinal()];
                    // The second rendered line of a row holds "Shared via Open API" or the "digitally"
                    // that ends "Not currently shared digitally".
                    List<String> rendered = seed.lastCells(line, 6).stream()
                            .map(c -> c.equals("digitally") ? "Not currently shared digitally" : c)
                            .collect(Collectors.toList());
                    assertEquals(new ArrayList<>(m.dataSharing().get(from).values()), rendered, "line " + line);
                }
                List<String> status = seed.cells(openApi[n - 1][0]);
                assertEquals("Progress status", status.get(0));
                assertEquals(m.openApiProgress().values().stream().map(p -> p.status() == null ? "" : p.status())
                        .collect(Collectors.toList()), padded(status.subList(1, status.size()), 6));
                assertEquals(m.openApiProgress().values().stream().map(OpenApiProgress::projectedGoLive)
                        .collect(Collectors.toList()), seed.lastCells(openApi[n - 1][1], 6));
                assertEquals(m.integratedCareRecordPilot(), seed.cell(pilot[n - 1], 1));
            }
        }

        @Test
        void personalHealthBudgetsAndPopulations() {
            int[][] labelled = {{1134, 1135, 1136, 1137, 1139, 1140}, {1743, 1744, 1745, 1746, 1748, 1749},
                {2135, 2136, 2138, 2139, 2140, 2142}, {2562, 2563, 2564, 2565, 2567, 2568}};
            for (int n = 1; n <= 4; n++) {
                PersonalHealthBudgets phb = quarter(n).additionalMeasures().personalHealthBudgets();
                int[] l = labelled[n - 1];
                assertEquals(String.valueOf(phb.total()), seed.lastCell(l[0]));
                assertEquals(phb.ratePer100kShown().toPlainString(), seed.lastCell(l[1]));
                assertEquals(String.valueOf(phb.newInQuarter()), seed.lastCell(l[2]));
                assertEquals(String.valueOf(phb.stoppedInQuarter()), seed.lastCell(l[3]));
                assertEquals(phb.percentInContinuingHealthcare().toPlainString() + "%", seed.lastCell(l[4]));
                String population = String.format(java.util.Locale.UK, "%,d", phb.population());
                assertTrue(seed.line(l[5]).matches("Population \\(" + phb.populationLabel() + "\\)[\t ]" + population),
                        seed.line(l[5]));
            }
            assertTrue(seed.line(1140).endsWith(String.format(java.util.Locale.UK, "%,d",
                    SouthendReturns.phbPopulation2016().count())));
            assertTrue(seed.line(2568).endsWith(String.format(java.util.Locale.UK, "%,d",
                    SouthendReturns.phbPopulation2017().count())));
            assertTrue(seed.line(1153).contains("Interim 2014-based"));
            assertTrue(seed.line(2581).contains("mid-year 2017 estimates"));
        }

        @Test
        void integratedCareTeams() {
            int[][] lines = {{1144, 1147}, {1753, 1756}, {2146, 2149}, {2572, 2575}};
            for (int n = 1; n <= 4; n++) {
                AdditionalMeasures.IntegratedCareTeams teams = quarter(n).additionalMeasures().integratedCareTeams();
                int nonAcute = lines[n - 1][0];
                int acute = lines[n - 1][1];
                assertEquals(teams.nonAcute(), seed.lastCellsWrapped(nonAcute, nonAcute + 2), "Q" + n);
                assertEquals(teams.acute(), seed.lastCellsWrapped(acute, acute + 2), "Q" + n);
            }
        }

        @Test
        void narratives() {
            int[][] paragraphs = {{1165, 1167, 1169, 1171}, {1786, 1788, 1790, 1792},
                {2179, 2181, 2183, 2185, 2187}, {2605, 2607, 2609, 2611, 2613}};
            int[] promptLines = {1163, 1784, 2177, 2603};
            int[] counterLines = {1161, 1772, 2165, 2591};
            for (int n = 1; n <= 4; n++) {
                String text = quarter(n).narrative().progress();
                assertTrue(seed.line(promptLines[n - 1]).endsWith(" " + SouthendNarratives.HEADING));
                String rebuilt = SouthendNarratives.HEADING + Arrays.stream(paragraphs[n - 1])
                        .mapToObj(seed::line).map(p -> "\n\n" + p).collect(Collectors.joining());
                assertEquals(rebuilt, text, "Q" + n);
                for (int line = paragraphs[n - 1][0]; line < paragraphs[n - 1][paragraphs[n - 1].length - 1]; line += 2) {
                    assertEquals("", seed.line(line + 1), "one empty line between paragraphs");
                }
                String counter = seed.line(counterLines[n - 1]).replaceAll(".*?([0-9]{2},[0-9]{3})$", "$1");
                int remaining = Integer.parseInt(counter.replace(",", ""));
                assertEquals(remaining + 2, 32_767 - text.length(), "Q" + n + " remaining " + counter);
            }
        }

        private List<String> labels(Map<CareSetting, YesNo> answers) {
            return answers.values().stream().map(YesNo::label).collect(Collectors.toList());
        }

        private List<String> padded(List<String> cells, int size) {
            List<String> out = new ArrayList<>(cells);
            while (out.size() < size) {
                out.add("");
            }
            return out;
        }
    }

    /** The seed text as lines, numbered from 1 as the citations are; cells are tab-separated. */
    private static final class Seed {
        private final List<String> lines;

        private Seed(List<String> lines) {
            this.lines = lines;
        }

        static Seed load(String name) {
            return new Seed(List.of(new String(bytes(name), StandardCharsets.UTF_8).split("\n", -1)));
        }

        static byte[] bytes(String name) {
            try (InputStream in = SouthendReturnsTest.class.getResourceAsStream("/seeds/" + name)) {
                assertNotNull(in, "test resource seeds/" + name);
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static String sha256(String name) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(name)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        String line(int n) {
            return lines.get(n - 1);
        }

        List<String> cells(int n) {
            return List.of(line(n).split("\t", -1));
        }

        String cell(int n, int index) {
            return cells(n).get(index);
        }

        /** The non-blank cells after the first (the label), for questions left unanswered. */
        List<String> valuesAfterLabel(int n) {
            List<String> c = cells(n);
            return c.subList(1, c.size()).stream().filter(s -> !s.isBlank()).collect(Collectors.toList());
        }

        String lastCell(int n) {
            List<String> c = cells(n);
            return c.get(c.size() - 1);
        }

        List<String> lastCells(int n, int count) {
            List<String> c = cells(n);
            return c.subList(c.size() - count, c.size());
        }

        /** The last cells of consecutive lines, joined with a space: a value wrapped in its column. */
        String lastCellsWrapped(int from, int to) {
            return IntStream.rangeClosed(from, to).mapToObj(this::lastCell).collect(Collectors.joining(" "));
        }

        /**
         * A free-text cell wrapped over lines {@code from}-{@code to}: each line without the
         * "Commentary on progress:" label and without leading and trailing tabs, joined with a
         * space. Tabs inside a line (column splits) stay.
         */
        String wrapped(int from, int to) {
            return IntStream.rangeClosed(from, to).mapToObj(this::line)
                    .map(l -> l.startsWith("Commentary on progress:") ? l.substring("Commentary on progress:".length()) : l)
                    .map(l -> l.replaceAll("^\t+|\t+$", ""))
                    .collect(Collectors.joining(" "));
        }

        /** A DTOC line where the drop-down value and the commentary render as one run of text. */
        String afterAssessment(int n) {
            String marker = "On track to meet target ";
            String l = line(n);
            return l.substring(l.indexOf(marker) + marker.length());
        }

        /** How many cells of these lines read exactly "Yes". */
        int yesCells(int... ns) {
            return (int) Arrays.stream(ns).mapToObj(this::cells).flatMap(List::stream).filter("Yes"::equals).count();
        }

        /** An income or expenditure grid row: the four quarters and the annual total after the row label. */
        QuarterlyFigures gridRow(int n, String rowLabel) {
            List<String> c = cells(n);
            int at = c.indexOf(rowLabel);
            assertTrue(at >= 0, "row " + rowLabel + " at line " + n);
            return new QuarterlyFigures(money(c, at + 1), money(c, at + 2), money(c, at + 3), money(c, at + 4),
                    money(c, at + 5));
        }

        /** The pooled-fund cell at the end of a Plan row. */
        Money pooledFund(int planLine) {
            List<String> c = cells(planLine);
            return money(c, c.indexOf("Plan") + 6);
        }

        private static Money money(List<String> cells, int index) {
            String cell = index < cells.size() ? cells.get(index) : "";
            // "£3,282,763", or "£3 282 763" where OCR turned the commas into spaces [002:1639].
            return cell.isEmpty() ? null : Money.parse(cell.replace("£", "").replace(",", "").replace(" ", ""));
        }
    }
}
