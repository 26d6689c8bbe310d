package dev.bcfkit.rules.framework;

import static dev.bcfkit.rules.framework.FrameworkPlanFixtures.Y2018;
import static dev.bcfkit.rules.framework.FrameworkPlanFixtures.whole;
import static dev.bcfkit.rules.framework.FrameworkPlanFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bcfkit.core.ClinicalCommissioningGroup;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.funding.DisabledFacilitiesGrant;
import dev.bcfkit.core.plan.BodyType;
import dev.bcfkit.core.plan.PolicyFrameworkPlan;
import dev.bcfkit.core.plan.SignOff;
import dev.bcfkit.rules.SectionCompletion;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The 2017-19 plan's checklist: a sign-off answers its body's question only when it is that body's
 * and dated; each CCG needs a dated CCG sign-off; a year's question about the NHS contribution's
 * uses, the out-of-hospital share or the Disabled Facilities Grant is answered only by that year's
 * entry, not by another year's.
 */
class FrameworkPlanChecklistTest {
    private static final LocalDate AGREED = LocalDate.of(2017, 9, 11);

    private static SectionCompletion section(PolicyFrameworkPlan plan, String name) {
        return FrameworkPlanChecklist.of(plan, Edition.PLAN_2017_19).stream().filter(s -> s.section().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void aWholePlanAnswersEveryQuestionOfTheAgreement() {
        assertEquals(new SectionCompletion("1. Plans jointly agreed", 9, 9), section(whole(), "1. Plans jointly agreed"));
    }

    @Test
    void eachCcgNeedsADatedSignOffOfACcg() {
        PolicyFrameworkPlan twoCcgs = with(whole(), "ccgs", List.of(
                new ClinicalCommissioningGroup("Anytown CCG"),
                new ClinicalCommissioningGroup("Othertown CCG")));
        assertEquals(new SectionCompletion("1. Plans jointly agreed", 9, 10), section(twoCcgs, "1. Plans jointly agreed"));
        PolicyFrameworkPlan undatedCcg = with(whole(), "signOffs", List.of(
                new SignOff(BodyType.HEALTH_AND_WELLBEING_BOARD, "Anytown HWB", "A Chair", null, AGREED),
                new SignOff(BodyType.COUNCIL, "Anytown Council", "A Director", "Director", AGREED),
                new SignOff(BodyType.CCG, "Anytown CCG", "An Officer", "Accountable Officer", null)));
        assertEquals(new SectionCompletion("1. Plans jointly agreed", 8, 9), section(undatedCcg, "1. Plans jointly agreed"));
    }

    @Test
    void anUndatedBoardSignOffAndAMissingCouncilOneAnswerNeitherBody() {
        PolicyFrameworkPlan p = with(whole(), "signOffs", List.of(
                new SignOff(BodyType.HEALTH_AND_WELLBEING_BOARD, "Anytown HWB", "A Chair", null, null),
                new SignOff(BodyType.CCG, "Anytown CCG", "An Officer", "Accountable Officer", AGREED)));
        assertEquals(new SectionCompletion("1. Plans jointly agreed", 7, 9), section(p, "1. Plans jointly agreed"));
    }

    @Test
    void aYearsEntryAnswersOnlyThatYear() {
        PolicyFrameworkPlan w = whole();
        PolicyFrameworkPlan p = with(with(with(w, "nhsContributionUses",
                w.nhsContributionUses().stream().filter(u -> u.year().equals(Y2018)).toList()),
                "outOfHospital", w.outOfHospital().stream().filter(o -> o.year().equals(Y2018)).toList()),
                "disabledFacilitiesGrants", w.disabledFacilitiesGrants().stream().filter(g -> g.year().equals(Y2018))
                        .toList());
        assertEquals(new SectionCompletion("2. NHS contribution to adult social care", 9, 12),
                section(p, "2. NHS contribution to adult social care"));
        assertEquals(new SectionCompletion("3. NHS commissioned out-of-hospital services", 1, 2),
                section(p, "3. NHS commissioned out-of-hospital services"));
        assertEquals(new SectionCompletion("6. Disabled Facilities Grant", 2, 3), section(p, "6. Disabled Facilities Grant"));
    }

    @Test
    void aGrantForAYearThePlanDoesNotCoverAnswersNoYear() {
        PolicyFrameworkPlan p = with(whole(), "disabledFacilitiesGrants", List.of(
                new DisabledFacilitiesGrant(FinancialYear.of(2019), Money.pounds(1_000_000), Map.of(), false)));
        assertEquals(new SectionCompletion("6. Disabled Facilities Grant", 1, 3), section(p, "6. Disabled Facilities Grant"));
    }
}
