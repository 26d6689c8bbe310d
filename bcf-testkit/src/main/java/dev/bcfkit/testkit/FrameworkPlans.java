package dev.bcfkit.testkit;

import dev.bcfkit.core.ClinicalCommissioningGroup;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.funding.Contribution;
import dev.bcfkit.core.funding.ContributionSource;
import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.plan.BodyType;
import dev.bcfkit.core.plan.ImprovedBcfConditions;
import dev.bcfkit.core.funding.ImprovedBcfPurpose;
import dev.bcfkit.core.plan.ImprovedBcfUse;
import dev.bcfkit.core.plan.NhsContributionUse;
import dev.bcfkit.core.plan.OutOfHospitalShare;
import dev.bcfkit.core.plan.PolicyFrameworkPlan;
import dev.bcfkit.core.plan.SignOff;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Valid 2017-19 plans ({@code [002:395-517]}, Annex A {@code [002:667-688]}): a valid pooled
 * budget ({@link PooledBudgets}) with the plan's answers given and every rule met: sign-offs by
 * the board, the council and the CCG, minimums at or below what is pooled, the earmarked NHS money
 * and the iBCF uses within the pooled amounts, the out-of-hospital share used in full, the iBCF
 * conditions answered "Yes" and spending from the day after local agreement.
 */
final class FrameworkPlans {
    private static final FinancialYear Y2017 = FinancialYear.of(2017);
    private static final FinancialYear Y2018 = FinancialYear.of(2018);

    private FrameworkPlans() {
    }

    /** @return valid 2017-19 plans */
    static Arbitrary<PolicyFrameworkPlan> plans() {
        return Combinators.combine(PooledBudgets.budgets(), Arbitraries.integers().between(0, 100),
                Arbitraries.integers().between(0, 100), Arbitraries.of(ImprovedBcfPurpose.class),
                Arbitraries.integers().between(0, 364))
                .as(FrameworkPlans::plan);
    }

    private static Money share(Money total, int percent) {
        return total.times(BigDecimal.valueOf(percent, 2), 0, RoundingMode.DOWN);
    }

    private static PolicyFrameworkPlan plan(PooledBudget b, int slackPercent, int riskPercent,
            ImprovedBcfPurpose purpose, int day) {
        String ccg = b.contributions().stream().filter(c -> c.source() == ContributionSource.CCG_MINIMUM)
                .map(Contribution::contributor).findFirst().orElse("A CCG");
        LocalDate agreed = LocalDate.of(2017, 4, 1).plusDays(day);
        SortedMap<FinancialYear, Money> minimum = new TreeMap<>();
        SortedMap<FinancialYear, Money> ccgMinimum = new TreeMap<>();
        List<NhsContributionUse> earmarks = new ArrayList<>();
        List<OutOfHospitalShare> outOfHospital = new ArrayList<>();
        for (FinancialYear year : List.of(Y2017, Y2018)) {
            Money total = Money.ZERO;
            Money ccgPooled = Money.ZERO;
            for (Contribution c : b.contributions()) {
                if (year.equals(c.year()) && c.amount() != null) {
                    total = total.plus(c.amount());
                    ccgPooled = c.source() == ContributionSource.CCG_MINIMUM ? ccgPooled.plus(c.amount()) : ccgPooled;
                }
            }
            minimum.put(year, total.minus(share(total, slackPercent / 10)));
            ccgMinimum.put(year, ccgPooled.minus(share(ccgPooled, slackPercent / 10)));
            earmarks.add(new NhsContributionUse(year, share(ccgPooled, 5), share(ccgPooled, 2), share(ccgPooled, 3)));
            Money oohShare = share(ccgPooled, 25);
            Money risk = share(oohShare, riskPercent);
            outOfHospital.add(new OutOfHospitalShare(year, oohShare, oohShare.minus(risk), risk));
        }
        List<ImprovedBcfUse> uses = new ArrayList<>();
        Money allocation = b.improvedBcf().allocations().get(Y2017);
        uses.add(new ImprovedBcfUse(Y2017, purpose, share(allocation, 60), "Discharge to assess"));
        uses.add(new ImprovedBcfUse(Y2017, ImprovedBcfPurpose.MEETING_ADULT_SOCIAL_CARE_NEEDS, share(allocation, 40),
                "Home care capacity"));
        return new PolicyFrameworkPlan(
                b.healthAndWellbeingBoard(),
                b.localAuthority(),
                List.of(new ClinicalCommissioningGroup(ccg)),
                List.of(new SignOff(BodyType.HEALTH_AND_WELLBEING_BOARD, b.healthAndWellbeingBoard().name(), "Chair",
                                null, agreed),
                        new SignOff(BodyType.COUNCIL, b.localAuthority().name(), "Chief Executive", "Chief Executive",
                                agreed),
                        new SignOff(BodyType.CCG, ccg, "Accountable Officer", "Accountable Officer", agreed)),
                YesNo.YES,
                minimum,
                ccgMinimum,
                b.contributions(),
                b.pooledViaSection75(),
                b.expectedPoolingDate(),
                b.socialCare(),
                YesNo.NO,
                null,
                earmarks,
                outOfHospital,
                "Partners fund and implement the eight High Impact Changes together",
                b.improvedBcf(),
                new ImprovedBcfConditions(uses, YesNo.YES, YesNo.YES, agreed, agreed.plusDays(1), YesNo.YES),
                b.disabledFacilitiesGrants(),
                "Adaptations for disabled residents over 2017/18 and 2018/19",
                "Joint commissioning across health and social care by 2020");
    }
}
