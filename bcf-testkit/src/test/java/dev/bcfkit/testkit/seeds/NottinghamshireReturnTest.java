package dev.bcfkit.testkit.seeds;

import static dev.bcfkit.testkit.seeds.CitedSeed.assertCell;
import static dev.bcfkit.testkit.seeds.CitedSeed.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.funding.ImprovedBcf;
import dev.bcfkit.core.metrics.MetricFigures;
import dev.bcfkit.core.metrics.MetricUnit;
import dev.bcfkit.core.metrics.MetricKind;
import dev.bcfkit.core.metrics.Rag;
import dev.bcfkit.core.metrics.Trend;
import dev.bcfkit.core.returns.ChangeAssessment;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.HighImpactChange;
import dev.bcfkit.core.returns.HighImpactChangeModel;
import dev.bcfkit.core.returns.MaturityLevel;
import dev.bcfkit.core.returns.MetricAssessment;
import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.core.returns.NationalCondition;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.RedBag;
import dev.bcfkit.core.returns.ReturnCover;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Nottinghamshire Q2 2017/18 return fixture holds every field of seed 000's Appendix 1 and
 * Table 1, and every transcribed string and figure is on the line it cites.
 */
class NottinghamshireReturnTest {
    private static final CitedSeed SEED = CitedSeed.read(CitedSeed.NOTTINGHAMSHIRE_RETURN);
    private static final FinancialYear Y2017_18 = FinancialYear.of(2017);

    private final QuarterlyReturn ret = NottinghamshireReturn.q2of2017to18();

    @Test
    void periodAndSectionsOfThe2017to18Edition() {
        assertEquals(ReportingPeriod.of(Y2017_18, Quarter.Q2), ret.period());
        assertTrue(SEED.line(182).endsWith(ret.period().quarter() + " " + ret.period().year()));
        assertEquals(Edition.QUARTERLY_2017_18, ret.edition());
        assertNull(ret.incomeAndExpenditure());
        assertNull(ret.additionalMeasures());
        assertNull(ret.yearEndFeedback());
        assertNull(ret.additionalIbcf());
    }

    @Test
    void coverIsSignedOffTbc() {
        ReturnCover cover = ret.cover();
        assertEquals(SEED.cell(186, 1), cover.healthAndWellbeingBoard().name());
        assertEquals(SEED.cell(187, 1), cover.completedBy());
        assertEquals(SEED.cell(188, 1), cover.email());
        assertEquals(SEED.cell(189, 1), cover.contactNumber());
        assertEquals("TBC", cover.signedOffBy());
        assertEquals(SEED.cell(190, 1), cover.signedOffBy());
        assertEquals("Who signed off the report on behalf of the Health and Wellbeing Board:", SEED.cell(190, 0));
    }

    @Test
    void fourConditionsAndSection75AllYes() {
        List<ConditionResponse> conditions = ret.nationalConditions();
        assertEquals(NationalCondition.forEdition(Edition.QUARTERLY_2017_18),
                conditions.stream().map(ConditionResponse::condition).collect(Collectors.toList()));
        for (int i = 0; i < 4; i++) {
            ConditionResponse c = conditions.get(i);
            assertEquals(SEED.cell(196 + i, 0), c.condition().wording());
            assertEquals(SEED.cell(196 + i, 1), c.answer().label());
            assertEquals(ConditionAnswer.YES, c.answer());
            assertNull(c.explanation());
            assertNull(c.expectedDate());
            assertTrue(c.previousResponses().isEmpty());
        }
        assertEquals(YesNo.YES, ret.budgetArrangements().pooledViaSection75());
        assertEquals("Have the funds been pooled via a s.75 pooled budget?", SEED.cell(203, 0));
        assertEquals(SEED.cell(203, 1), ret.budgetArrangements().pooledViaSection75().label());
        assertNull(ret.budgetArrangements().expectedPoolingDate());
        assertNull(ret.budgetArrangements().explanation());
        assertNull(ret.budgetArrangements().confirmedNowPooled());
    }

    /** The metric rows; Reablement and DTOC continue on a second physical line. */
    private static final int[][] METRIC_LINES = {{208}, {209}, {210, 212}, {213, 215}};

    @Test
    void fourMetricBlocksAsTheTemplatePrintsThem() {
        List<MetricProgress> metrics = ret.metrics();
        assertEquals(List.of(MetricKind.NON_ELECTIVE_ADMISSIONS, MetricKind.RESIDENTIAL_ADMISSIONS,
                MetricKind.REABLEMENT, MetricKind.DELAYED_TRANSFERS_OF_CARE),
                metrics.stream().map(MetricProgress::metric).collect(Collectors.toList()));
        assertEquals(List.of("NEA", "Res Admissions", "Reablement", "Delayed Transfers of Care*"),
                List.of(SEED.cell(208, 0), SEED.cell(209, 0), SEED.cell(210, 0), SEED.cell(213, 0)));
        assertEquals("Metric\tDefinition\tAssessment of progress against the planned target for the quarter\t"
                + "Challenges\tAchievements\tSupport Needs", SEED.line(207));
        for (int i = 0; i < 4; i++) {
            MetricProgress m = metrics.get(i);
            int[] at = METRIC_LINES[i];
            String where = m.metric() + " at [000:" + at[0] + "]";
            assertEquals(SEED.cell(at[0], 1), m.definition(), where);
            assertEquals(SEED.cell(at[0], 2), m.assessment().label(), where);
            assertCell(SEED.cells(3, at), m.challenges(), where + " challenges");
            assertCell(SEED.cells(4, at), m.achievements(), where + " achievements");
            assertCell(SEED.cells(5, at), m.supportNeeds(), where + " support needs");
            assertNull(m.commentary(), "a 2016/17 field");
            assertNull(m.specifiedMetric(), "a 2016/17 field");
        }
        assertEquals(List.of(MetricAssessment.ON_TRACK_TO_MEET_TARGET, MetricAssessment.ON_TRACK_TO_MEET_TARGET,
                MetricAssessment.ON_TRACK_TO_MEET_TARGET, MetricAssessment.NOT_ON_TRACK_TO_MEET_TARGET),
                metrics.stream().map(MetricProgress::assessment).collect(Collectors.toList()));
    }

    @Test
    void metricCellsKeepTheirParagraphsWithoutTheRenderingsMarkup() {
        MetricProgress reablement = ret.metrics().get(2);
        assertTrue(reablement.challenges().contains("included in this indicator as being discharged from hospital"),
                "[000:210] + [000:212] re-joined mid-sentence");
        assertTrue(reablement.challenges().endsWith("has reduced.\nThe START service are maintaining performance at "
                + "91.4% (as measured in 2015/16), however the new step down discharge services are performing at 71%, "
                + "which has reduced the overall figure to 82%. This indicator is currently off target."));
        MetricProgress dtoc = ret.metrics().get(3);
        assertTrue(dtoc.challenges().startsWith("South\nGrowth at NUH relates to an increase in health DTOCs"));
        assertTrue(dtoc.achievements().contains("attended by Social Care and Community Services as well as"),
                "[000:213] + [000:215] re-joined mid-sentence");
        for (MetricProgress m : ret.metrics()) {
            for (String text : new String[] {m.challenges(), m.achievements(), m.supportNeeds()}) {
                if (text != null) {
                    assertTrue(!text.contains("<") && !text.contains(">") && !text.contains("\t"), text);
                }
            }
        }
    }

    @Test
    void tableOneFiguresAreAttachedToTheMatchingBlocks() {
        List<MetricFigures> figures = ret.metrics().stream().map(MetricProgress::figures).collect(Collectors.toList());
        assertEquals("REF\tIndicator\t2017/18 Target\t2017/18 (to date)\tRAG and trend\tTrend\tSummary of mitigating "
                + "actions", SEED.line(22));
        for (int i = 0; i < 4; i++) {
            int at = 23 + i;
            MetricFigures f = figures.get(i);
            String where = "[000:" + at + "]";
            assertEquals("BCF" + (i + 1), f.reference());
            assertEquals(SEED.cell(at, 0), f.reference(), where);
            assertEquals(CitedSeed.number(SEED.cell(at, 2)), f.target(), where);
            assertEquals(CitedSeed.qualifier(SEED.cell(at, 2)), f.targetPeriod(), where);
            assertEquals(CitedSeed.number(SEED.cell(at, 3)), f.actual(), where);
            assertEquals(CitedSeed.qualifier(SEED.cell(at, 3)), f.actualPeriod(), where);
            assertEquals(SEED.cell(at, 4), f.reportedRag().letter() + " " + f.reportedTrend().arrow(), where);
            assertEquals(SEED.cell(at, 6), f.mitigatingActions(), where);
        }
        assertEquals(List.of(Rag.GREEN, Rag.GREEN, Rag.AMBER, Rag.RED),
                figures.stream().map(MetricFigures::reportedRag).collect(Collectors.toList()));
        assertEquals(List.of(Trend.IMPROVING, Trend.IMPROVING, Trend.IMPROVING, Trend.WORSENING),
                figures.stream().map(MetricFigures::reportedTrend).collect(Collectors.toList()));
        assertEquals(List.of(new BigDecimal("21722"), new BigDecimal("565.6"), new BigDecimal("85"),
                new BigDecimal("613.7")), figures.stream().map(MetricFigures::target).collect(Collectors.toList()));
        assertEquals(List.of(new BigDecimal("21488"), new BigDecimal("493"), new BigDecimal("84"),
                new BigDecimal("644.14")), figures.stream().map(MetricFigures::actual).collect(Collectors.toList()));
        assertEquals(java.util.Arrays.asList("Q2", null, null, "Q2"),
                figures.stream().map(MetricFigures::targetPeriod).collect(Collectors.toList()));
        assertEquals(List.of("Q2", "YTD", "YTD", "Q2"),
                figures.stream().map(MetricFigures::actualPeriod).collect(Collectors.toList()));
    }

    @Test
    void tableOneFiguresCarryTheUnitsTheIndicatorColumnPrints() {
        List<MetricFigures> figures = ret.metrics().stream().map(MetricProgress::figures).collect(Collectors.toList());
        // BCF1 and BCF2 "... per 100,000 population"; BCF3 "85%", "84% YTD"; BCF4 "... per 100,000
        // population (average per month)". BCF1's figures are transcribed in the unit printed beside
        // them, whatever their size suggests.
        assertTrue(SEED.cell(23, 1).endsWith("per 100,000 population"), SEED.cell(23, 1));
        assertTrue(SEED.cell(24, 1).endsWith("per 100,000 population"), SEED.cell(24, 1));
        assertEquals(List.of("85%", "84% YTD"), List.of(SEED.cell(25, 2), SEED.cell(25, 3)));
        assertTrue(SEED.cell(26, 1).endsWith("per 100,000 population (average per month)"), SEED.cell(26, 1));
        List<MetricUnit> printed = List.of(MetricUnit.PER_100K, MetricUnit.PER_100K, MetricUnit.PERCENT,
                MetricUnit.PER_100K_PER_MONTH);
        assertEquals(printed, figures.stream().map(MetricFigures::targetUnit).collect(Collectors.toList()));
        assertEquals(printed, figures.stream().map(MetricFigures::actualUnit).collect(Collectors.toList()));
    }

    /** The change rows; Chg 4 and Chg 7 continue on a second physical line. */
    private static final int[][] CHANGE_LINES = {{222}, {223}, {224}, {225, 227}, {228}, {229}, {230, 232}, {233}};

    @Test
    void eightChangesWithMaturityForThreeQuartersAndTheirNarratives() {
        HighImpactChangeModel model = ret.highImpactChangeModel();
        List<ChangeAssessment> changes = model.changes();
        assertEquals(List.of(HighImpactChange.values()),
                changes.stream().map(ChangeAssessment::change).collect(Collectors.toList()));
        List<ReportingPeriod> columns = List.of(ReportingPeriod.parse(SEED.cell(221, 2)),
                ReportingPeriod.parse(SEED.cell(221, 3)), ReportingPeriod.parse(SEED.cell(221, 4)));
        assertEquals(List.of(ReportingPeriod.of(Y2017_18, Quarter.Q2), ReportingPeriod.of(Y2017_18, Quarter.Q3),
                ReportingPeriod.of(Y2017_18, Quarter.Q4)), columns);
        assertEquals(List.of("If 'Mature' or 'Exemplary', please provide further rationale to support this assessment",
                "Challenges", "Milestones met during the quarter / Observed impact", "Support needs"),
                List.of(SEED.cell(221, 5), SEED.cell(221, 6), SEED.cell(221, 7), SEED.cell(221, 8)));
        for (int i = 0; i < 8; i++) {
            ChangeAssessment c = changes.get(i);
            int[] at = CHANGE_LINES[i];
            String where = c.change() + " at [000:" + at[0] + "]";
            assertEquals("Chg " + c.change().number(), SEED.cell(at[0], 0), where);
            assertEquals(c.change().label(), SEED.cell(at[0], 1).replace("- ", "-"), where);
            assertEquals(columns, new ArrayList<>(c.maturity().keySet()), where);
            for (int q = 0; q < 3; q++) {
                assertEquals(SEED.cell(at[0], 2 + q), c.maturity().get(columns.get(q)).label(), where + " column " + q);
            }
            assertCell(SEED.cells(5, at), c.rationale(), where + " rationale");
            assertCell(SEED.cells(6, at), c.challenges(), where + " challenges");
            assertCell(SEED.cells(7, at), c.milestones(), where + " milestones");
            assertCell(SEED.cells(8, at), c.supportNeeds(), where + " support needs");
            assertNull(c.rationale(), "no change is Mature or Exemplary");
        }
        assertEquals("South Discharge to Assess / HomeFirst Pathway went live in September Additional 36 community "
                + "beds secured across Greater Nottingham to support Pathway", changes.get(3).challenges());
        assertEquals("Any key challenges will be noted and acted upon via the Provider to Provider meetings in place "
                + "weekly.", changes.get(3).supportNeeds());
        assertTrue(changes.get(2).supportNeeds().contains("Truster Assessor"), "[sic] kept, [000:224]");
    }

    @Test
    void maturityTallies() {
        ReportingPeriod current = ret.period();
        ReportingPeriod q4 = ReportingPeriod.of(Y2017_18, Quarter.Q4);
        assertEquals(Map.of(MaturityLevel.PLANS_IN_PLACE, 4L, MaturityLevel.ESTABLISHED, 4L), tally(current));
        assertEquals(Map.of(MaturityLevel.PLANS_IN_PLACE, 4L, MaturityLevel.ESTABLISHED, 4L),
                tally(current.next()));
        assertEquals(Map.of(MaturityLevel.ESTABLISHED, 8L), tally(q4));
        List<HighImpactChange> plansInPlace = ret.highImpactChangeModel().changes().stream()
                .filter(c -> c.maturity().get(current) == MaturityLevel.PLANS_IN_PLACE)
                .map(ChangeAssessment::change).collect(Collectors.toList());
        assertEquals(List.of(HighImpactChange.EARLY_DISCHARGE_PLANNING, HighImpactChange.SEVEN_DAY_SERVICE,
                HighImpactChange.TRUSTED_ASSESSORS, HighImpactChange.FOCUS_ON_CHOICE), plansInPlace);
    }

    @Test
    void redBagRow() {
        RedBag redBag = ret.highImpactChangeModel().redBag();
        assertEquals("UEC\tRed Bag scheme", SEED.cell(241, 0) + "\t" + SEED.cell(241, 1));
        assertEquals(List.of("Challenges", "Achievements / Impact", "Support needs"),
                List.of(SEED.cell(239, 4), SEED.cell(239, 5), SEED.cell(239, 6)));
        assertTrue(SEED.cell(239, 3).startsWith("If there are no plans to implement such a scheme"));
        for (int q = 0; q < 3; q++) {
            ReportingPeriod column = ReportingPeriod.parse(SEED.cell(239, q));
            assertEquals(SEED.cell(241, 2 + q), redBag.maturity().get(column).label());
        }
        assertEquals(3, redBag.maturity().size());
        assertCell(SEED.cell(241, 5), redBag.alternativeMitigations(), "mitigations");
        assertCell(SEED.cell(241, 6), redBag.challenges(), "challenges");
        assertCell(SEED.cell(241, 7), redBag.achievements(), "achievements");
        assertCell(SEED.cell(241, 8), redBag.supportNeeds(), "support needs");
        assertNull(redBag.alternativeMitigations());
        assertNull(redBag.challenges());
        assertEquals("South Red bag scheme for care homes to support repatriation being implemented",
                redBag.achievements());
    }

    @Test
    void narrativeIsTheSeedsWords() {
        assertEquals("Progress against local plan for integration of health and social care", SEED.line(246));
        assertEquals(plain(SEED.lines(248, 250)), plain(ret.narrative().progress()));
        assertEquals(2, ret.narrative().progress().split("\n").length);
        assertEquals("Integration success story highlight over the past quarter", SEED.line(252));
        assertEquals(SEED.line(254), ret.narrative().successStory());
    }

    @Test
    void improvedBcfAsTheReportStatesIt() {
        ImprovedBcf ibcf = NottinghamshireReturn.improvedBcf();
        Matcher year = Pattern.compile("(£\\d+\\.\\d+m) in (\\d{4}/\\d{2})").matcher(SEED.line(42));
        Map<FinancialYear, Money> stated = new TreeMap<>();
        while (year.find()) {
            stated.put(FinancialYear.parse(year.group(2)), CitedSeed.millions(year.group(1)));
        }
        assertEquals(stated, ibcf.allocations());
        assertEquals(Map.of(Y2017_18, Money.pounds(16_060_000L), FinancialYear.of(2018), Money.pounds(21_560_000L),
                FinancialYear.of(2019), Money.pounds(26_510_000L)), ibcf.allocations());
        assertTrue(SEED.line(42).contains("£64.13m over three years"));
        assertEquals(CitedSeed.millions("£64.13m"), ibcf.statedTotal());
        assertEquals(ibcf.statedTotal(), Money.sum(ibcf.allocations().values()));
        assertTrue(ibcf.pooled().isEmpty(), "the paper does not say how much is pooled");

        ImprovedBcf.SpendForecast forecast = ibcf.spendForecast();
        assertEquals(Y2017_18, forecast.year());
        String line = SEED.line(53);
        assertTrue(line.contains("Of the total " + forecast.allocation().format() + " improved Better Care Fund"));
        assertTrue(line.contains(forecast.forecastSpend().format() + " is on track to be spent"));
        assertTrue(line.contains(forecast.oneOffAvailable().format() + " has therefore been identified"));
        // the paper's figures do not reconcile by £1, and the stated one is kept
        assertEquals(Money.pounds(560_288L), forecast.allocation().minus(forecast.forecastSpend()));
        assertNotEquals(forecast.oneOffAvailable(), forecast.allocation().minus(forecast.forecastSpend()));
        assertEquals(Money.pounds(560_287L), forecast.oneOffAvailable());
    }

    @Test
    void aPlaceholderIsNotASignOffAndABlankIsNotAnEmptyString() {
        // broken variants: what the fixture must not be
        assertNotEquals(SEED.cell(190, 1), "");
        assertNull(ret.metrics().get(1).challenges(), "a blank cell is null, not \"\"");
        assertNotEquals(plain(SEED.cells(4, METRIC_LINES[3])), plain(SEED.cell(213, 4)),
                "the second physical line of the DTOC achievements is part of the cell");
    }

    private Map<MaturityLevel, Long> tally(ReportingPeriod period) {
        return ret.highImpactChangeModel().changes().stream()
                .collect(Collectors.groupingBy(c -> c.maturity().get(period), TreeMap::new, Collectors.counting()));
    }
}
