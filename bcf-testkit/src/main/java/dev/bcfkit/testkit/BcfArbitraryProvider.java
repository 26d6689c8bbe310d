package dev.bcfkit.testkit;

import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.HealthAndWellbeingBoard;
import dev.bcfkit.core.LocalAuthority;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.outcomes.LocalOutcomeTable;
import dev.bcfkit.core.funding.SocialCareContribution;
import dev.bcfkit.core.metrics.MetricFigures;
import dev.bcfkit.core.metrics.Population;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.PolicyFrameworkPlan;
import dev.bcfkit.core.plan.PlanDetails;
import dev.bcfkit.core.plan.SocialCareProtection;
import dev.bcfkit.core.returns.AdditionalIbcf;
import dev.bcfkit.core.returns.QuarterlyFigures;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.ReturnCover;
import dev.bcfkit.core.returns.YearEndFeedback;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Makes {@code @ForAll QuarterlyReturn r}, {@code @ForAll Plan p}, {@code @ForAll PooledBudget b},
 * {@code @ForAll Money m} and the other bcfkit types below just work, with the valid arbitraries of
 * {@link BcfArbitraries}. Registered in {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider},
 * so having bcf-testkit on the test class path is enough. Types whose validity depends on an
 * edition or a period (condition rows, metric blocks, narratives) are not provided here: use
 * {@link BcfArbitraries} or {@link ValidReturns} for those.
 */
public final class BcfArbitraryProvider implements ArbitraryProvider {
    private static final Map<Class<?>, Supplier<Arbitrary<?>>> PROVIDED = provided();

    /** Creates the provider; jqwik calls this through the service loader. */
    public BcfArbitraryProvider() {
    }

    private static Map<Class<?>, Supplier<Arbitrary<?>>> provided() {
        Map<Class<?>, Supplier<Arbitrary<?>>> m = new LinkedHashMap<>();
        m.put(Money.class, BcfArbitraries::money);
        m.put(FinancialYear.class, BcfArbitraries::financialYears);
        m.put(ReportingPeriod.class, BcfArbitraries::reportingPeriods);
        m.put(Population.class, BcfArbitraries::populations);
        m.put(HealthAndWellbeingBoard.class, BcfArbitraries::boards);
        m.put(LocalAuthority.class, BcfArbitraries::localAuthorities);
        m.put(ReturnCover.class, BcfArbitraries::covers);
        m.put(QuarterlyFigures.class, BcfArbitraries::quarterlyFigures);
        m.put(MetricFigures.class, BcfArbitraries::metricFigures);
        m.put(AdditionalIbcf.class, BcfArbitraries::additionalIbcf);
        m.put(YearEndFeedback.class, BcfArbitraries::yearEndFeedback);
        m.put(QuarterlyReturn.class, BcfArbitraries::quarterlyReturns);
        m.put(PlanDetails.class, BcfArbitraries::planDetails);
        m.put(SocialCareProtection.class, BcfArbitraries::socialCareProtection);
        m.put(Plan.class, BcfArbitraries::plans);
        m.put(SocialCareContribution.class, BcfArbitraries::socialCareContributions);
        m.put(PooledBudget.class, BcfArbitraries::pooledBudgets);
        m.put(LocalOutcomeTable.class, BcfArbitraries::localOutcomeTables);
        m.put(PolicyFrameworkPlan.class, BcfArbitraries::frameworkPlans);
        return m;
    }

    /**
     * @param targetType the parameter's type
     * @return whether it is one of the bcfkit types this provider generates
     */
    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return PROVIDED.keySet().stream().anyMatch(targetType::isOfType);
    }

    /**
     * @param targetType the parameter's type
     * @param subtypeProvider unused: the bcfkit types have no type parameters
     * @return the valid arbitrary for that type
     */
    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        for (Map.Entry<Class<?>, Supplier<Arbitrary<?>>> e : PROVIDED.entrySet()) {
            if (targetType.isOfType(e.getKey())) {
                return Set.of(e.getValue().get());
            }
        }
        return Set.of();
    }
}
