package dev.bcfkit.testkit.seeds;

import static dev.bcfkit.testkit.seeds.CitedSeed.assertCell;
import static dev.bcfkit.testkit.seeds.CitedSeed.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.returns.AdditionalIbcf;
import dev.bcfkit.core.returns.AverageFee;
import dev.bcfkit.core.returns.ChangeAssessment;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.FeeServiceType;
import dev.bcfkit.core.returns.HighImpactChange;
import dev.bcfkit.core.returns.MaturityLevel;
import dev.bcfkit.core.returns.MetricAssessment;
import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.core.returns.NationalCondition;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.RedBag;
import dev.bcfkit.core.returns.ReturnCover;
import dev.bcfkit.core.metrics.MetricKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Dorset Q2 2018/19 return fixture holds every field of seed 004, and every transcribed
 * string and figure is on the line it cites.
 */
class DorsetReturnTest {
    private static final CitedSeed SEED = CitedSeed.read(CitedSeed.DORSET_RETURN);
    private static final FinancialYear Y2017_18 = FinancialYear.of(2017);
    private static final FinancialYear Y2018_19 = FinancialYear.of(2018);

    private final QuarterlyReturn ret = DorsetReturn.q2of2018to19();

    @Test
    void periodAndSectionsOfThe2018to19Edition() {
        assertEquals(ReportingPeriod.of(Y2018_19, Quarter.Q2), ret.period());
        assertEquals("Better Care Fund Template Q2 2018/19", SEED.line(3));
        assertEquals(Edition.QUARTERLY_2018_19, ret.edition());
        assertNull(ret.incomeAndExpenditure());
        assertNull(ret.additionalMeasures());
        assertNull(ret.yearEndFeedback());
    }

    @Test
    void cover() {
        ReturnCover cover = ret.cover();
        assertEquals(SEED.line(17), cover.healthAndWellbeingBoard().name());
        assertEquals("Dorset", cover.healthAndWellbeingBoard().name());
        assertEquals("Completed by:", SEED.line(19));
        assertEquals(SEED.line(21), cover.completedBy());
        assertEquals("Ciara Ryan", cover.completedBy());
        assertEquals(SEED.line(25), cover.email());
        assertEquals("ciara.ryan@dorsetccg.nhs.uk", cover.email());
        assertEquals(SEED.line(29), cover.contactNumber());
        assertEquals("7824823004", cover.contactNumber());
        assertEquals("Who signed off the report on behalf of the Health and Wellbeing Board:", SEED.line(31));
        assertEquals(SEED.line(33), cover.signedOffBy());
        assertEquals("Helen Coombes", cover.signedOffBy());
    }

    @Test
    void fourConditionsAndSection75AllYes() {
        List<ConditionResponse> conditions = ret.nationalConditions();
        assertEquals(NationalCondition.forEdition(Edition.QUARTERLY_2018_19),
                conditions.stream().map(ConditionResponse::condition).collect(Collectors.toList()));
        for (int i = 0; i < 4; i++) {
            ConditionResponse c = conditions.get(i);
            assertEquals(SEED.cell(47 + i, 0), c.condition().wording());
            assertEquals(SEED.cell(47 + i, 1), c.answer().label());
            assertEquals(ConditionAnswer.YES, c.answer());
            assertNull(c.explanation());
        }
        assertEquals(YesNo.YES, ret.budgetArrangements().pooledViaSection75());
        assertEquals(SEED.cell(54, 1), ret.budgetArrangements().pooledViaSection75().label());
        assertNull(ret.budgetArrangements().expectedPoolingDate());
    }

    @Test
    void fourMetricBlocksWithTheirAssessments() {
        List<MetricProgress> metrics = ret.metrics();
        assertEquals(List.of(MetricKind.NON_ELECTIVE_ADMISSIONS, MetricKind.RESIDENTIAL_ADMISSIONS,
                MetricKind.REABLEMENT, MetricKind.DELAYED_TRANSFERS_OF_CARE),
                metrics.stream().map(MetricProgress::metric).collect(Collectors.toList()));
        assertEquals(List.of(MetricAssessment.NOT_ON_TRACK_TO_MEET_TARGET, MetricAssessment.NOT_ON_TRACK_TO_MEET_TARGET,
                MetricAssessment.ON_TRACK_TO_MEET_TARGET, MetricAssessment.NOT_ON_TRACK_TO_MEET_TARGET),
                metrics.stream().map(MetricProgress::assessment).collect(Collectors.toList()));
        assertEquals("Metric\tDefinition\tAssessment of progress against the planned target for the quarter\t"
                + "Challenges\tAchievements\tSupport Needs", SEED.line(56));
        for (int i = 0; i < 4; i++) {
            int at = 57 + i;
            MetricProgress m = metrics.get(i);
            String where = m.metric() + " at [004:" + at + "]";
            assertEquals(SEED.cell(at, 1), m.definition(), where);
            assertEquals(SEED.cell(at, 2), m.assessment().label(), where);
            assertCell(SEED.cell(at, 3), m.challenges(), where + " challenges");
            assertCell(SEED.cell(at, 4), m.achievements(), where + " achievements");
            assertCell(SEED.cell(at, 5), m.supportNeeds(), where + " support needs");
            assertNull(m.figures(), "the return gives no targets or actuals");
            assertNull(m.commentary());
        }
        assertEquals("n/a", metrics.get(0).supportNeeds(), "what the cell says, kept");
        assertTrue(metrics.get(3).achievements().contains("reduced significantly from 14 to 9"));
    }

    /** The change rows; a blank line separates Chg 4 and Chg 5. */
    private static final int[] CHANGE_LINES = {80, 81, 82, 83, 85, 86, 87, 88};

    @Test
    void eightChangesWithMaturityForFiveQuarters() {
        List<ChangeAssessment> changes = ret.highImpactChangeModel().changes();
        assertEquals(List.of(HighImpactChange.values()),
                changes.stream().map(ChangeAssessment::change).collect(Collectors.toList()));
        List<ReportingPeriod> columns = new ArrayList<>();
        for (int q = 0; q < 5; q++) {
            columns.add(ReportingPeriod.parse(SEED.cell(79, 2 + q)));
        }
        assertEquals(List.of(ReportingPeriod.of(Y2017_18, Quarter.Q4), ReportingPeriod.of(Y2018_19, Quarter.Q1),
                ReportingPeriod.of(Y2018_19, Quarter.Q2), ReportingPeriod.of(Y2018_19, Quarter.Q3),
                ReportingPeriod.of(Y2018_19, Quarter.Q4)), columns);
        assertEquals("Q2 18/19 (Current)", SEED.cell(79, 4));
        assertTrue(SEED.cell(78, 7).startsWith("If 'Mature' or 'Exemplary'"), "the rationale column");
        assertEquals(List.of("Challenges", "Milestones met during the quarter / Observed impact", "Support needs"),
                List.of(SEED.cell(79, 8), SEED.cell(79, 9), SEED.cell(79, 10)));
        for (int i = 0; i < 8; i++) {
            int at = CHANGE_LINES[i];
            ChangeAssessment c = changes.get(i);
            String where = c.change() + " at [004:" + at + "]";
            assertEquals("Chg " + c.change().number(), SEED.cell(at, 0), where);
            assertEquals(c.change().label(), SEED.cell(at, 1), where);
            assertEquals(columns, new ArrayList<>(c.maturity().keySet()), where);
            for (int q = 0; q < 5; q++) {
                assertEquals(SEED.cell(at, 2 + q), c.maturity().get(columns.get(q)).label(), where + " column " + q);
            }
            assertCell(SEED.cell(at, 7), c.rationale(), where + " rationale");
            assertCell(SEED.cell(at, 8), c.challenges(), where + " challenges");
            assertCell(SEED.cell(at, 9), c.milestones(), where + " milestones");
            assertCell(SEED.cell(at, 10), c.supportNeeds(), where + " support needs");
            assertNull(c.rationale());
            assertEquals("n/a", c.supportNeeds(), where);
        }
        assertTrue(changes.get(0).milestones().contains("U&EC transformation funding of £257k"));
    }

    @Test
    void maturityTalliesAreTheSameInEveryQuarter() {
        for (ReportingPeriod period : ret.highImpactChangeModel().changes().get(0).maturity().keySet()) {
            Map<MaturityLevel, Long> tally = ret.highImpactChangeModel().changes().stream()
                    .collect(Collectors.groupingBy(c -> c.maturity().get(period), TreeMap::new, Collectors.counting()));
            assertEquals(Map.of(MaturityLevel.PLANS_IN_PLACE, 1L, MaturityLevel.ESTABLISHED, 7L), tally,
                    period.toString());
        }
        assertEquals(MaturityLevel.PLANS_IN_PLACE,
                ret.highImpactChangeModel().changes().get(4).maturity().get(ret.period()), "Chg 5 Seven-day service");
    }

    @Test
    void redBagRowWhoseCurrentColumnIsLabelledPlanned() {
        RedBag redBag = ret.highImpactChangeModel().redBag();
        assertEquals("Q2 18/19 (Planned)", SEED.cell(94, 4), "[004:94] labels the reporting quarter (Planned)");
        assertEquals(ret.period(), ReportingPeriod.parse(SEED.cell(94, 4)));
        for (int q = 0; q < 5; q++) {
            ReportingPeriod column = ReportingPeriod.parse(SEED.cell(94, 2 + q));
            assertEquals(SEED.cell(95, 2 + q), redBag.maturity().get(column).label());
        }
        assertTrue(SEED.cell(94, 7).startsWith("If there are no plans to implement such a scheme"));
        assertEquals(List.of("Challenges", "Achievements / Impact", "Support needs"),
                List.of(SEED.cell(94, 8), SEED.cell(94, 9), SEED.cell(94, 10)));
        assertEquals(5, redBag.maturity().size());
        assertEquals("Red Bag scheme", SEED.cell(95, 1));
        assertCell(SEED.cell(95, 7), redBag.alternativeMitigations(), "mitigations");
        assertCell(SEED.cell(95, 8), redBag.challenges(), "challenges");
        assertCell(SEED.cell(95, 9), redBag.achievements(), "achievements");
        assertCell(SEED.cell(95, 10), redBag.supportNeeds(), "support needs");
        assertNull(redBag.alternativeMitigations());
        assertEquals("none ar present", redBag.supportNeeds(), "[sic]");
    }

    @Test
    void narrativeIsTheSeedsWordsAndFitsTheRemainingCharactersCounter() {
        assertEquals("Progress against local plan for integration of health and social care", SEED.line(109));
        assertEquals(SEED.line(111), ret.narrative().progress());
        assertEquals("Remaining Characters:", SEED.line(105));
        int remaining = Integer.parseInt(SEED.line(107).replace(",", ""));
        assertEquals(18_871, remaining);
        int used = ret.narrative().progress().length();
        assertEquals(1_128, used);
        // the counter fits a 20,000-character box less one character lost in the rendering
        assertEquals(19_999, used + remaining);
        assertEquals(1, 20_000 - used - remaining);

        String story = ret.narrative().successStory();
        assertEquals("Integration success story highlight over the past quarter", SEED.line(115));
        assertEquals(plain(SEED.lines(117, 131) + " " + SEED.lines(135, 141)), plain(story));
        assertFalse(story.contains(SEED.line(133)), "the template prompt [004:133] is not part of the answer");
        assertFalse(ret.narrative().progress().contains(SEED.line(113)), "nor is [004:113]");
        assertTrue(story.length() > 20_000 - remaining, "so the counter cannot be the success story's");
        assertEquals(12, story.split("\n").length);
    }

    @Test
    void additionalIbcfAllocationAndAverageFees() {
        AdditionalIbcf ibcf = ret.additionalIbcf();
        assertEquals("Additional improved Better Care Fund Allocation for 2018/19:", SEED.line(151));
        assertEquals(Money.pounds(5_478_595L), ibcf.allocation());
        assertEquals(CitedSeed.pounds(SEED.line(153)), ibcf.allocation());
        assertEquals("\t2017/18\t2018/19", SEED.line(177).substring(0, 16));

        List<AverageFee> fees = ibcf.fees();
        assertEquals(List.of(FeeServiceType.HOME_CARE, FeeServiceType.RESIDENTIAL_65_PLUS,
                FeeServiceType.NURSING_65_PLUS), fees.stream().map(AverageFee::serviceType).collect(Collectors.toList()));
        int[] lines = {178, 180, 181};
        for (int i = 0; i < 3; i++) {
            AverageFee fee = fees.get(i);
            int at = lines[i];
            String where = fee.serviceType() + " at [004:" + at + "]";
            assertEquals(CitedSeed.pounds(SEED.cell(at, 1)), fee.previousYearRate(), where);
            assertEquals("", plain(SEED.cell(at, 2)), where + ": 2018/19 blank");
            assertNull(fee.currentYearRate(), where + ": blank, never zero");
            assertEquals(plain(SEED.cell(at, 3)), fee.estimatedUpliftPercent().toPlainString() + "%", where);
            assertEquals(new BigDecimal("2.5"), fee.estimatedUpliftPercent(), where);
        }
        assertEquals(Money.of(new BigDecimal("20.00")), fees.get(0).previousYearRate());
        assertEquals(2, fees.get(0).previousYearRate().amount().scale(), "pence as printed, £ 20.00");
        assertEquals("£20.00", fees.get(0).previousYearRate().format());
        assertEquals(Money.pounds(803L), fees.get(1).previousYearRate());
        assertEquals(Money.pounds(743L), fees.get(2).previousYearRate());
        assertTrue(SEED.line(178).contains("(£ per contact hour"));
        assertTrue(SEED.line(180).contains("without nursing for clients aged 65+") && SEED.line(180).contains("(£ per client per week"));
        assertTrue(SEED.line(181).contains("with nursing for clients aged 65+") && SEED.line(181).contains("(£ per client per week"));

        assertEquals("n/a", ibcf.feeCommentary());
        assertEquals(plain(SEED.cell(182, 1)), ibcf.feeCommentary());
        assertTrue(SEED.line(182).contains("Please do not use more than 250 characters."));
    }

    @Test
    void blankIsNotZero() {
        // broken variant: a fee entered as 0 would be a different fixture, and the rules tell them apart
        AverageFee homeCare = ret.additionalIbcf().fees().get(0);
        AverageFee enteredAsZero = new AverageFee(homeCare.serviceType(), homeCare.previousYearRate(), Money.ZERO,
                homeCare.estimatedUpliftPercent());
        assertNotEquals(enteredAsZero, homeCare);
        assertNull(homeCare.currentYearRate());
    }
}
