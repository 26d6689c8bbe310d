package dev.bcfkit.rules.framework;

import dev.bcfkit.core.ClinicalCommissioningGroup;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.HealthAndWellbeingBoard;
import dev.bcfkit.core.LocalAuthority;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.funding.Contribution;
import dev.bcfkit.core.funding.ContributionSource;
import dev.bcfkit.core.funding.DisabledFacilitiesGrant;
import dev.bcfkit.core.funding.ImprovedBcf;
import dev.bcfkit.core.funding.SocialCareContribution;
import dev.bcfkit.core.plan.BodyType;
import dev.bcfkit.core.plan.ImprovedBcfConditions;
import dev.bcfkit.core.funding.ImprovedBcfPurpose;
import dev.bcfkit.core.plan.ImprovedBcfUse;
import dev.bcfkit.core.plan.NhsContributionUse;
import dev.bcfkit.core.plan.OutOfHospitalShare;
import dev.bcfkit.core.plan.PolicyFrameworkPlan;
import dev.bcfkit.core.plan.SignOff;
import dev.bcfkit.rules.BcfValidator;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Report;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A whole 2017-19 plan and one-change edits of it. Hypothetical, not a seed figure: the papers
 * print no completed 2017-19 plan, so this plan uses round figures for a unitary area with one
 * CCG, with every answer given and every rule satisfied; Southend's real, mostly blank plan is
 * {@code SouthendPlan2017To19} in the testkit.
 */
final class FrameworkPlanFixtures {
    static final FinancialYear Y2017 = FinancialYear.of(2017);
    static final FinancialYear Y2018 = FinancialYear.of(2018);
    static final BcfValidator VALIDATOR = BcfValidator.create();

    private FrameworkPlanFixtures() {
    }

    static Money m(long pounds) {
        return Money.pounds(pounds);
    }

    static <V> TreeMap<FinancialYear, V> years(V first, V second) {
        TreeMap<FinancialYear, V> map = new TreeMap<>();
        map.put(Y2017, first);
        map.put(Y2018, second);
        return map;
    }

    /** @return a plan that meets every rule and answers every question */
    static PolicyFrameworkPlan whole() {
        LocalDate agreed = LocalDate.of(2017, 9, 11);
        return new PolicyFrameworkPlan(
                HealthAndWellbeingBoard.named("Anytown"),
                new LocalAuthority("Anytown Council", LocalAuthority.Tier.SINGLE_TIER),
                List.of(new ClinicalCommissioningGroup("Anytown CCG")),
                List.of(new SignOff(BodyType.HEALTH_AND_WELLBEING_BOARD, "Anytown HWB", "A Chair", null, agreed),
                        new SignOff(BodyType.COUNCIL, "Anytown Council", "A Director", "Director", agreed),
                        new SignOff(BodyType.CCG, "Anytown CCG", "An Officer", "Accountable Officer", agreed)),
                YesNo.YES,
                years(m(14_000_000), m(15_000_000)),
                years(m(10_000_000), m(10_190_000)),
                List.of(new Contribution(ContributionSource.CCG_MINIMUM, Y2017, m(10_000_000), "Anytown CCG"),
                        new Contribution(ContributionSource.CCG_MINIMUM, Y2018, m(10_190_000), "Anytown CCG"),
                        new Contribution(ContributionSource.DISABLED_FACILITIES_GRANT, Y2017, m(1_000_000), null),
                        new Contribution(ContributionSource.DISABLED_FACILITIES_GRANT, Y2018, m(1_100_000), null),
                        new Contribution(ContributionSource.IMPROVED_BCF, Y2017, m(3_000_000), null),
                        new Contribution(ContributionSource.IMPROVED_BCF, Y2018, m(4_000_000), null)),
                YesNo.YES,
                null,
                new SocialCareContribution(m(4_000_000), false, years(m(4_071_600), m(4_148_961)), new TreeMap<>()),
                YesNo.NO,
                null,
                List.of(new NhsContributionUse(Y2017, m(600_000), m(260_000), m(500_000)),
                        new NhsContributionUse(Y2018, m(600_000), m(260_000), m(500_000))),
                List.of(new OutOfHospitalShare(Y2017, m(2_800_000), m(2_000_000), m(800_000)),
                        new OutOfHospitalShare(Y2018, m(2_850_000), m(2_850_000), null)),
                "Partners fund the eight changes of the High Impact Change Model through the A&E Delivery Board",
                new ImprovedBcf(years(m(3_000_000), m(4_000_000)), null, years(m(3_000_000), m(4_000_000)), false,
                        null),
                new ImprovedBcfConditions(List.of(
                        new ImprovedBcfUse(Y2017, ImprovedBcfPurpose.MEETING_ADULT_SOCIAL_CARE_NEEDS, m(2_000_000),
                                "Home care capacity"),
                        new ImprovedBcfUse(Y2017, ImprovedBcfPurpose.REDUCING_PRESSURES_ON_THE_NHS, m(1_000_000),
                                "Discharge to assess")),
                        YesNo.YES, YesNo.YES, agreed, agreed.plusDays(1), YesNo.YES),
                List.of(new DisabledFacilitiesGrant(Y2017, m(1_000_000), Map.of(), false),
                        new DisabledFacilitiesGrant(Y2018, m(1_100_000), Map.of(), false)),
                "Adaptations through the home improvement agency over both years",
                "A single integrated commissioning team by 2020");
    }

    /**
     * @param plan a plan
     * @param component the name of one of its components
     * @param value the new value
     * @return the plan with that one component changed
     */
    static PolicyFrameworkPlan with(PolicyFrameworkPlan plan, String component, Object value) {
        RecordComponent[] components = PolicyFrameworkPlan.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean found = false;
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals(component) ? value
                        : components[i].getAccessor().invoke(plan);
                found |= components[i].getName().equals(component);
            }
            if (!found) {
                throw new IllegalArgumentException("no component " + component);
            }
            return PolicyFrameworkPlan.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Report validate(PolicyFrameworkPlan plan) {
        return VALIDATOR.validate(plan);
    }

    /** @return the findings of one rule */
    static List<Finding> of(Report report, String ruleId) {
        return report.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}
