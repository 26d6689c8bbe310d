package dev.bcfkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.funding.ContributionSource;
import dev.bcfkit.core.funding.DisabledFacilitiesGrant;
import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.metrics.AgeBand;
import dev.bcfkit.core.metrics.MetricKind;
import dev.bcfkit.core.metrics.MetricUnit;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.PlanDetails;
import dev.bcfkit.core.returns.ChangeAssessment;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.FeeServiceType;
import dev.bcfkit.core.returns.FundFlow;
import dev.bcfkit.core.returns.FundRow;
import dev.bcfkit.core.returns.HighImpactChange;
import dev.bcfkit.core.returns.MaturityLevel;
import dev.bcfkit.core.returns.MetricAssessment;
import dev.bcfkit.core.returns.NationalCondition;
import dev.bcfkit.core.returns.QuarterlyFigures;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every closed list reads and prints its exact template label; derived accessors say what they model. */
class LabelsAndAccessorsTest {

    @Test
    void labelsRoundTripForEveryClosedList() {
        for (YesNo v : YesNo.values()) {
            assertEquals(v, YesNo.fromLabel(v.label()));
        }
        for (MaturityLevel v : MaturityLevel.values()) {
            assertEquals(v, MaturityLevel.fromLabel(v.label()));
        }
        for (MetricAssessment v : MetricAssessment.values()) {
            assertEquals(v, MetricAssessment.fromLabel(v.label()));
            assertFalse(v.editions().isEmpty());
        }
        for (ConditionAnswer v : ConditionAnswer.values()) {
            assertEquals(v, ConditionAnswer.fromLabel(v.label()));
        }
        assertEquals("Yes", YesNo.YES.label());
        assertEquals("Not on track to meet target", MetricAssessment.NOT_ON_TRACK_TO_MEET_TARGET.label());
        assertThrows(BcfException.class, () -> YesNo.fromLabel("Y"));
    }

    @Test
    void onlyOnTrackToMeetTargetSaysOnTrack() {
        assertTrue(MetricAssessment.ON_TRACK_TO_MEET_TARGET.saysOnTrack());
        assertFalse(MetricAssessment.ON_TRACK_FOR_IMPROVED_PERFORMANCE.saysOnTrack());
        assertFalse(MetricAssessment.NOT_ON_TRACK_TO_MEET_TARGET.saysOnTrack());
    }

    @Test
    void plainEnglishLabelsOfMetricsFeesAndSources() {
        assertEquals("Non-Elective Admissions", MetricKind.NON_ELECTIVE_ADMISSIONS.label());
        assertEquals("aged 65+", AgeBand.AGED_65_PLUS.label());
        assertEquals("%", MetricUnit.PERCENT.label());
        assertEquals("£ per contact hour", FeeServiceType.HOME_CARE.unit());
        assertEquals("Home care", FeeServiceType.HOME_CARE.label());
        assertEquals("Disabled Facilities Grant", ContributionSource.DISABLED_FACILITIES_GRANT.label());
        assertEquals(FinancialYear.of(2017), Edition.QUARTERLY_2017_18.year());
        assertEquals("2016/17 quarterly return", Edition.QUARTERLY_2016_17.label());
    }

    @Test
    void conditionsKnowTheirEditions() {
        assertEquals(java.util.Set.of(Edition.QUARTERLY_2017_18, Edition.QUARTERLY_2018_19),
                NationalCondition.NC2017_1.editions());
        assertEquals(java.util.Set.of(Edition.QUARTERLY_2016_17), NationalCondition.NC2016_8.editions());
    }

    @Test
    void fundRowsSelectTheirRowOfAGrid() {
        QuarterlyFigures plan = QuarterlyFigures.BLANK.with(Quarter.Q1, Money.pounds(1));
        QuarterlyFigures forecast = QuarterlyFigures.BLANK.with(Quarter.Q1, Money.pounds(2));
        QuarterlyFigures actual = QuarterlyFigures.BLANK.with(Quarter.Q1, Money.pounds(3));
        FundFlow flow = new FundFlow(plan, forecast, actual, null);
        assertEquals(plan, FundRow.PLAN.of(flow));
        assertEquals(forecast, FundRow.FORECAST.of(flow));
        assertEquals(actual, FundRow.ACTUAL.of(flow));
        assertEquals(Money.pounds(9), plan.withAnnualTotal(Money.pounds(9)).annualTotal());
        assertEquals(java.util.Arrays.asList(Money.pounds(1), null, null, null), plan.quarters());
    }

    @Test
    void rowsCarryEarlierQuartersAnswers() {
        ConditionResponse r = ConditionResponse.of(NationalCondition.NC2016_1, ConditionAnswer.YES, null, null)
                .withPreviousResponses(Map.of(Quarter.Q2, ConditionAnswer.YES, Quarter.Q1, ConditionAnswer.NO));
        assertEquals(List.of(Quarter.Q1, Quarter.Q2), List.copyOf(r.previousResponses().keySet()));
        assertEquals(ConditionAnswer.YES, r.answer());
        ChangeAssessment c = ChangeAssessment.of(HighImpactChange.TRUSTED_ASSESSORS,
                Map.of(ReportingPeriod.parse("2017/18 Q2"), MaturityLevel.PLANS_IN_PLACE), null, null, null, null);
        assertEquals(MaturityLevel.PLANS_IN_PLACE, c.maturity().get(ReportingPeriod.parse("2017/18 Q2")));
    }

    @Test
    void documentsKnowTheirEdition() {
        PlanDetails details = new PlanDetails(HealthAndWellbeingBoard.named("Nottinghamshire"),
                new LocalAuthority("Nottinghamshire County Council", LocalAuthority.Tier.UPPER_TIER), List.of(),
                null, null, null, new TreeMap<>(), new TreeMap<>());
        Plan plan = new Plan(details, List.of(), null, null, List.of(), null, List.of(), null, null, List.of());
        assertEquals(Edition.PLAN_2014, plan.edition());
        PooledBudget budget = new PooledBudget(HealthAndWellbeingBoard.named("Southend-on-Sea"),
                new LocalAuthority("Southend-on-Sea Borough Council", LocalAuthority.Tier.SINGLE_TIER), List.of(),
                YesNo.YES, null, null, null, List.of());
        assertEquals(Edition.POOLED_BUDGET_2017_19, budget.edition());
        DisabledFacilitiesGrant dfg = new DisabledFacilitiesGrant(FinancialYear.of(2017), Money.pounds(10),
                Map.of(new DistrictCouncil("Mansfield"), Money.pounds(4), new DistrictCouncil("Ashfield"),
                        Money.pounds(6)), false);
        assertEquals(Money.pounds(10), dfg.totalPassedToDistricts());
    }

    @Test
    void textIsQuotedUpToItsLimitWhole() {
        String sixty = "y".repeat(60);
        assertEquals(sixty, Text.abbreviate(sixty));
        assertEquals("", Text.abbreviate(""));
        assertEquals("null", Text.abbreviate(null));
        assertEquals("\\u007f", Text.abbreviate("\u007f"));
    }

    @Test
    void periodsAndQuartersRefuseOverlongText() {
        assertThrows(BcfException.class, () -> ReportingPeriod.parse("2017/18 Q2" + " ".repeat(25)));
        assertEquals(ReportingPeriod.parse("Q2 17/18 (Planned)"), ReportingPeriod.parse("2017/18 Q2"));
        assertEquals(Quarter.Q3, Quarter.parse("q3"));
        assertThrows(BcfException.class, () -> Quarter.parse("X1"));
        assertThrows(BcfException.class, () -> Quarter.parse("Q"));
        assertEquals(java.time.Month.MARCH, Quarter.Q4.lastMonth());
    }
}
