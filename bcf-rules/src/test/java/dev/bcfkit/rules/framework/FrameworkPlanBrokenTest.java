package dev.bcfkit.rules.framework;

import static dev.bcfkit.rules.framework.FrameworkPlanFixtures.Y2017;
import static dev.bcfkit.rules.framework.FrameworkPlanFixtures.Y2018;
import static dev.bcfkit.rules.framework.FrameworkPlanFixtures.m;
import static dev.bcfkit.rules.framework.FrameworkPlanFixtures.of;
import static dev.bcfkit.rules.framework.FrameworkPlanFixtures.validate;
import static dev.bcfkit.rules.framework.FrameworkPlanFixtures.whole;
import static dev.bcfkit.rules.framework.FrameworkPlanFixtures.with;
import static dev.bcfkit.rules.framework.FrameworkPlanFixtures.years;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.funding.Contribution;
import dev.bcfkit.core.funding.ContributionSource;
import dev.bcfkit.core.plan.BodyType;
import dev.bcfkit.core.plan.ImprovedBcfConditions;
import dev.bcfkit.core.plan.ImprovedBcfUse;
import dev.bcfkit.core.plan.NhsContributionUse;
import dev.bcfkit.core.plan.OutOfHospitalShare;
import dev.bcfkit.core.plan.PolicyFrameworkPlan;
import dev.bcfkit.core.plan.SignOff;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Report;
import dev.bcfkit.rules.SectionCompletion;
import dev.bcfkit.rules.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 2017-19 plan's rules, each broken once in a whole plan: the finding's rule, severity, exact
 * path and exact message.
 */
class FrameworkPlanBrokenTest {

    private static void only(Report report, String ruleId, Severity severity, String path, String message) {
        assertEquals(List.of(ruleId), report.findings().stream().map(Finding::ruleId).distinct().toList(),
                report.findings()::toString);
        Finding f = of(report, ruleId).get(0);
        assertEquals(severity, f.severity());
        assertEquals(path, f.path());
        assertEquals(message, f.message());
    }

    private static ImprovedBcfConditions conditions(PolicyFrameworkPlan p, YesNo working, YesNo quarterly,
            LocalDate agreed, LocalDate spending, YesNo letter) {
        return new ImprovedBcfConditions(p.improvedBcfConditions().uses(), working, quarterly, agreed, spending,
                letter);
    }

    @Test
    void theWholePlanHasNoFindingAndIsComplete() {
        Report report = validate(whole());
        assertEquals(List.of(), report.findings());
        assertEquals(Edition.PLAN_2017_19, report.edition());
        assertEquals(true, report.isComplete(), report.completion()::toString);
        assertEquals(7, report.completion().size());
    }

    @Test
    void aMissingCcgSignOffIsAWarning() {
        PolicyFrameworkPlan p = with(whole(), "signOffs", whole().signOffs().subList(0, 2));
        only(validate(p), "FPLAN-SIGNED-OFF", Severity.WARNING, "/signOffs",
                "No sign-off on behalf of the CCG \"Anytown CCG\"");
    }

    @Test
    void contributionsBelowTheMinimumAreAnError() {
        PolicyFrameworkPlan p = with(whole(), "minimumPooledFund", years(m(14_500_000), m(15_000_000)));
        only(validate(p), "FPLAN-COVERS-MINIMUM", Severity.ERROR, "/contributions",
                "The contributions to the pooled fund for 2017/18 total £14,000,000, below the minimum of the"
                        + " pooled fund of £14,500,000 by £500,000");
    }

    @Test
    void aBlankMinimumIsAWarning() {
        PolicyFrameworkPlan p = with(whole(), "minimumPooledFund", new java.util.TreeMap<>(java.util.Map.of(Y2017,
                m(14_000_000))));
        only(validate(p), "FPLAN-MINIMUM-STATED", Severity.WARNING, "/minimumPooledFund/2018~119",
                "The minimum of the pooled fund for 2018/19 (BCF allocations spreadsheet) is blank");
    }

    @Test
    void housingAuthoritiesNotInvolvedIsAnErrorAndBlankAWarning() {
        only(validate(with(whole(), "housingAuthoritiesInvolved", YesNo.NO)), "FPLAN-HOUSING-INVOLVED",
                Severity.ERROR, "/housingAuthoritiesInvolved", "housingAuthoritiesInvolved is \"No\": the plan records"
                        + " that local housing authority representatives were not involved in developing and agreeing"
                        + " it");
        only(validate(with(whole(), "housingAuthoritiesInvolved", null)), "FPLAN-ANSWERED", Severity.WARNING,
                "/housingAuthoritiesInvolved", "housingAuthoritiesInvolved is blank: whether local housing authority"
                        + " representatives were involved in developing and agreeing the plan is not recorded");
    }

    @Test
    void theCcgMinimumNotPooledInFullIsAnError() {
        PolicyFrameworkPlan p = with(whole(), "ccgMinimumContribution", years(m(10_000_000), m(10_200_000)));
        only(validate(p), "FPLAN-CCG-MINIMUM-POOLED", Severity.ERROR, "/ccgMinimumContribution/2018~119",
                "The CCG minimum contributions pooled for 2018/19 total £10,190,000, below the area's minimum CCG"
                        + " contribution of £10,200,000 by £10,000");
    }

    @Test
    void earmarkedMoneyBlankOrAboveTheNhsContributionIsAWarning() {
        PolicyFrameworkPlan blank = with(whole(), "nhsContributionUses", List.of(
                new NhsContributionUse(Y2017, m(600_000), null, m(500_000)), whole().nhsContributionUses().get(1)));
        only(validate(blank), "FPLAN-NHS-EARMARKS", Severity.WARNING, "/nhsContributionUses/0/carersBreaks",
                "The carers' breaks money kept in the NHS contribution for 2017/18 is blank");
        PolicyFrameworkPlan over = with(whole(), "nhsContributionUses", List.of(whole().nhsContributionUses().get(0),
                new NhsContributionUse(Y2018, m(10_000_000), m(190_000), m(1))));
        only(validate(over), "FPLAN-NHS-EARMARKS", Severity.WARNING, "/nhsContributionUses/1",
                "The reablement, carers' breaks and Care Act money for 2018/19 (£10,190,001) is more than the CCG"
                        + " minimum contributions pooled (£10,190,000) by £1");
    }

    @Test
    void anAlternativeBaselineWithoutAgreementIsAWarning() {
        only(validate(with(whole(), "alternativeBaseline", YesNo.YES)), "FPLAN-ALTERNATIVE-BASELINE-AGREED",
                Severity.WARNING, "/alternativeBaselineAgreed", "The social-care baseline is an alternative to the"
                        + " assured 2016/17 figures, but alternativeBaselineAgreed is blank: the Integration"
                        + " Partnership Board's agreement is not recorded");
    }

    @Test
    void anOutOfHospitalShareNotAccountedForIsAWarning() {
        PolicyFrameworkPlan p = with(whole(), "outOfHospital", List.of(
                new OutOfHospitalShare(Y2017, m(2_800_000), m(2_000_000), m(700_000)), whole().outOfHospital().get(1)));
        only(validate(p), "FPLAN-OUT-OF-HOSPITAL", Severity.WARNING, "/outOfHospital/0",
                "The share for NHS-commissioned out-of-hospital services for 2017/18 is £2,800,000, but the part"
                        + " commissioned (£2,000,000) and the risk share (£700,000) add up to £2,700,000");
    }

    @Test
    void anIbcfUseWithoutAPurposeOrAboveTheAllocationIsAWarning() {
        PolicyFrameworkPlan p = whole();
        List<ImprovedBcfUse> uses = new ArrayList<>(p.improvedBcfConditions().uses());
        uses.add(new ImprovedBcfUse(Y2017, null, m(1), "Step 9 Investment to meet adult social care needs"));
        ImprovedBcfConditions c = p.improvedBcfConditions();
        PolicyFrameworkPlan broken = with(p, "improvedBcfConditions", new ImprovedBcfConditions(uses,
                c.workingWithCcgAndProviders(), c.quarterlyReports(), c.locallyAgreed(), c.spendingFrom(),
                c.section151Letter()));
        Report report = validate(broken);
        assertEquals(List.of(
                "/improvedBcfConditions/uses/2/purpose The planned improved BCF use 3 (\"Step 9 Investment to meet"
                        + " adult social care needs\") for 2017/18 names none of the grant's three purposes",
                "/improvedBcfConditions/uses The improved BCF uses planned for 2017/18 total £3,000,001, more than"
                        + " the year's allocation of £3,000,000 by £1"),
                of(report, "FPLAN-IBCF-PURPOSES").stream().map(f -> f.path() + " " + f.message()).toList());
        assertEquals(List.of("FPLAN-IBCF-PURPOSES"), report.findings().stream().map(Finding::ruleId).distinct()
                .toList());
    }

    @Test
    void blankReablementOrCareActMoneyIsAWarningAtItsCell() {
        PolicyFrameworkPlan reablement = with(whole(), "nhsContributionUses", List.of(
                new NhsContributionUse(Y2017, null, m(260_000), m(500_000)), whole().nhsContributionUses().get(1)));
        only(validate(reablement), "FPLAN-NHS-EARMARKS", Severity.WARNING, "/nhsContributionUses/0/reablement",
                "The reablement money kept in the NHS contribution for 2017/18 is blank");
        PolicyFrameworkPlan careAct = with(whole(), "nhsContributionUses", List.of(whole().nhsContributionUses().get(0),
                new NhsContributionUse(Y2018, m(600_000), m(260_000), null)));
        only(validate(careAct), "FPLAN-NHS-EARMARKS", Severity.WARNING, "/nhsContributionUses/1/careActDuties",
                "The Care Act 2014 duties money kept in the NHS contribution for 2018/19 is blank");
    }

    @Test
    void aSignOffWithoutSignatoryOrDateIsAWarningNamingTheBody() {
        List<SignOff> signOffs = new ArrayList<>(whole().signOffs());
        signOffs.set(0, new SignOff(BodyType.HEALTH_AND_WELLBEING_BOARD, " ", " ", null, null));
        assertEquals(List.of("/signOffs/0/signedBy The sign-off on behalf of HEALTH_AND_WELLBEING_BOARD does not name"
                + " who signed", "/signOffs/0/date The sign-off on behalf of HEALTH_AND_WELLBEING_BOARD has no date"),
                of(validate(with(whole(), "signOffs", signOffs)), "FPLAN-SIGNED-OFF").stream()
                        .map(f -> f.path() + " " + f.message()).toList());
    }

    @Test
    void anIbcfConditionAnsweredNoIsAnError() {
        PolicyFrameworkPlan p = whole();
        ImprovedBcfConditions c = p.improvedBcfConditions();
        only(validate(with(p, "improvedBcfConditions", conditions(p, YesNo.YES, YesNo.YES, c.locallyAgreed(),
                c.spendingFrom(), YesNo.NO))), "FPLAN-IBCF-CONDITIONS-MET", Severity.ERROR,
                "/improvedBcfConditions/section151Letter", "section151Letter is \"No\": no Section 151 Officer letter"
                        + " confirms that the spending is additional to prior plans for social care spending");
        only(validate(with(p, "improvedBcfConditions", conditions(p, YesNo.NO, YesNo.YES, c.locallyAgreed(),
                c.spendingFrom(), YesNo.YES))), "FPLAN-IBCF-CONDITIONS-MET", Severity.ERROR,
                "/improvedBcfConditions/workingWithCcgAndProviders", "workingWithCcgAndProviders is \"No\": the local"
                        + " authority does not work with the CCG and providers to meet national condition 4");
        only(validate(with(p, "improvedBcfConditions", conditions(p, YesNo.YES, YesNo.NO, c.locallyAgreed(),
                c.spendingFrom(), YesNo.YES))), "FPLAN-IBCF-CONDITIONS-MET", Severity.ERROR,
                "/improvedBcfConditions/quarterlyReports", "quarterlyReports is \"No\": the local authority does not"
                        + " provide the quarterly reports");
    }

    @Test
    void spendingBeforeTheLocalAgreementIsAnError() {
        PolicyFrameworkPlan p = whole();
        only(validate(with(p, "improvedBcfConditions", conditions(p, YesNo.YES, YesNo.YES, LocalDate.of(2017, 9, 11),
                LocalDate.of(2017, 6, 1), YesNo.YES))), "FPLAN-IBCF-SPENT-ONCE-AGREED", Severity.ERROR,
                "/improvedBcfConditions/spendingFrom", "Spending of the improved BCF starts on 2017-06-01, before the"
                        + " plan was locally agreed on 2017-09-11");
    }

    @Test
    void aDfgNotInThePoolIsAWarning() {
        List<Contribution> contributions = new ArrayList<>(whole().contributions());
        contributions.set(3, new Contribution(ContributionSource.DISABLED_FACILITIES_GRANT, Y2018, m(1_000_000), null));
        PolicyFrameworkPlan p = with(with(whole(), "contributions", contributions), "minimumPooledFund",
                years(m(14_000_000), m(14_000_000)));
        only(validate(p), "FPLAN-DFG-IN-POOL", Severity.WARNING, "/disabledFacilitiesGrants/1/allocation",
                "The Disabled Facilities Grant for 2018/19 is £1,100,000, but the pooled fund's DFG contributions for"
                        + " 2018/19 are £1,000,000");
    }

    @Test
    void blankAnswersAreWarningsAndShowInTheChecklist() {
        Report report = validate(with(with(whole(), "integrationBy2020", " "), "disabledFacilitiesGrantUse", null));
        assertEquals(List.of("/disabledFacilitiesGrantUse disabledFacilitiesGrantUse is blank: how the Disabled"
                + " Facilities Grant will be used over the two years is not set out",
                "/integrationBy2020 integrationBy2020 is blank: how the area expects to progress to further"
                        + " integration by 2020 is not set out"),
                of(report, "FPLAN-ANSWERED").stream().map(f -> f.path() + " " + f.message()).toList());
        assertEquals(false, report.hasErrors());
        assertEquals(List.of(new SectionCompletion("6. Disabled Facilities Grant", 2, 3),
                new SectionCompletion("7. Integration by 2020", 0, 1)),
                report.completion().stream().filter(s -> !s.isComplete()).toList());
    }

    @Test
    void thePooledBudgetRulesJudgeThePlansPooledBudget() {
        PolicyFrameworkPlan p = with(whole(), "pooledViaSection75", YesNo.NO);
        Report report = validate(p);
        assertEquals(List.of("POOL-SECTION-75"), report.findings().stream().map(Finding::ruleId).distinct().toList(),
                report.findings()::toString);
        assertEquals("/expectedPoolingDate", of(report, "POOL-SECTION-75").get(0).path());
    }
}
