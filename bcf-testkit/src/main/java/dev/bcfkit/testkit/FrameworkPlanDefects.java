package dev.bcfkit.testkit;

import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.plan.ImprovedBcfConditions;
import dev.bcfkit.core.plan.PolicyFrameworkPlan;
import java.lang.reflect.RecordComponent;
import java.util.SortedMap;
import java.util.TreeMap;

/** Defects that break one rule of a valid 2017-19 plan ({@link FrameworkPlans}). */
final class FrameworkPlanDefects {
    private static final FinancialYear Y2017 = FinancialYear.of(2017);
    private static final Money STEP = Money.pounds(1_000);

    private FrameworkPlanDefects() {
    }

    /** A copy of the plan with one component changed, by its name. */
    static PolicyFrameworkPlan with(PolicyFrameworkPlan plan, String component, Object value) {
        RecordComponent[] components = PolicyFrameworkPlan.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals(component) ? value : components[i].getAccessor().invoke(plan);
            }
            return PolicyFrameworkPlan.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy a 2017-19 plan with " + component, e);
        }
    }

    private static SortedMap<FinancialYear, Money> raised(SortedMap<FinancialYear, Money> values, Money by) {
        SortedMap<FinancialYear, Money> raised = new TreeMap<>(values);
        raised.put(Y2017, values.get(Y2017).plus(by));
        return raised;
    }

    private static Money pooled(PolicyFrameworkPlan p, boolean ccgOnly) {
        Money total = Money.ZERO;
        for (var c : p.contributions()) {
            if (Y2017.equals(c.year()) && c.amount() != null
                    && (!ccgOnly || c.source() == dev.bcfkit.core.funding.ContributionSource.CCG_MINIMUM)) {
                total = total.plus(c.amount());
            }
        }
        return total;
    }

    /** @return a 2017/18 minimum of the pooled fund £1,000 above what is pooled */
    static Defect<PolicyFrameworkPlan> belowMinimum() {
        return Defect.of("FPLAN-COVERS-MINIMUM", "the 2017/18 minimum of the pooled fund £1,000 above the contributions",
                p -> p.minimumPooledFund().get(Y2017) != null, p -> {
                    SortedMap<FinancialYear, Money> minimum = new TreeMap<>(p.minimumPooledFund());
                    minimum.put(Y2017, pooled(p, false).plus(STEP));
                    return with(p, "minimumPooledFund", minimum);
                });
    }

    /** @return a 2017/18 CCG minimum contribution £1,000 above the CCG money pooled */
    static Defect<PolicyFrameworkPlan> ccgMinimumNotPooled() {
        return Defect.of("FPLAN-CCG-MINIMUM-POOLED", "the 2017/18 CCG minimum £1,000 above the CCG contributions pooled",
                p -> p.ccgMinimumContribution().get(Y2017) != null, p -> {
                    SortedMap<FinancialYear, Money> minimum = new TreeMap<>(p.ccgMinimumContribution());
                    minimum.put(Y2017, pooled(p, true).plus(STEP));
                    return with(p, "ccgMinimumContribution", minimum);
                });
    }

    /** @return housing authorities recorded as not involved */
    static Defect<PolicyFrameworkPlan> housingNotInvolved() {
        return Defect.of("FPLAN-HOUSING-INVOLVED", "housing authorities recorded as not involved (\"No\")", p -> true,
                p -> with(p, "housingAuthoritiesInvolved", YesNo.NO));
    }

    /** @return no Section 151 Officer letter ("No") */
    static Defect<PolicyFrameworkPlan> noSection151Letter() {
        return Defect.of("FPLAN-IBCF-CONDITIONS-MET", "the Section 151 Officer's letter answered \"No\"",
                p -> p.improvedBcfConditions() != null, p -> {
                    ImprovedBcfConditions c = p.improvedBcfConditions();
                    return with(p, "improvedBcfConditions", new ImprovedBcfConditions(c.uses(),
                            c.workingWithCcgAndProviders(), c.quarterlyReports(), c.locallyAgreed(), c.spendingFrom(),
                            YesNo.NO));
                });
    }

    /** @return spending from a week before the plan was locally agreed */
    static Defect<PolicyFrameworkPlan> spentBeforeAgreed() {
        return Defect.of("FPLAN-IBCF-SPENT-ONCE-AGREED", "improved BCF spending from a week before local agreement",
                p -> p.improvedBcfConditions() != null && p.improvedBcfConditions().locallyAgreed() != null, p -> {
                    ImprovedBcfConditions c = p.improvedBcfConditions();
                    return with(p, "improvedBcfConditions", new ImprovedBcfConditions(c.uses(),
                            c.workingWithCcgAndProviders(), c.quarterlyReports(), c.locallyAgreed(),
                            c.locallyAgreed().minusDays(7), c.section151Letter()));
                });
    }
}
