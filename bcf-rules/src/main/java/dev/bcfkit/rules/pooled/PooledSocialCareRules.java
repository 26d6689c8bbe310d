package dev.bcfkit.rules.pooled;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.funding.SocialCareContribution;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.calc.SocialCareUplift;
import dev.bcfkit.rules.editions.PooledBudgetYears;
import dev.bcfkit.rules.engine.Pointer;
import java.util.List;

/**
 * Rules on the NHS contribution to adult social care, 2017-19 national condition 2 ("NHS
 * contribution to adult social care is maintained in line with inflation", {@code [002:673-676]}),
 * and on keeping the improved BCF out of it ({@code [002:471]}, {@code [002:679]}). The minimums
 * come from {@link SocialCareUplift#minimums(Money, boolean)}: the 2016/17 baseline uplifted by
 * 1.79% then 1.9%, compounded, each year rounded to whole pounds HALF_UP (a choice the papers leave
 * open: they give the percentages, not the rounding).
 */
final class PooledSocialCareRules {

    /**
     * UPLIFT-SOCIAL-CARE-MINIMUM: the planned NHS contribution to adult social care for 2017/18
     * and 2018/19 is at least the minimum computed from the assured 2016/17 baseline. The planned
     * figure is judged as stated; whether part of it is iBCF money is IBCF-NOT-OFFSET's question.
     * A pooled budget that does not state its social-care contribution at all is not judged (the
     * library never invents a baseline). A blank baseline or planned figure is not wrong but
     * missing: UPLIFT-SOCIAL-CARE-STATED's WARNING. A negative baseline is
     * POOL-CONTRIBUTIONS-NON-NEGATIVE's finding and is not uplifted.
     */
    static final Rule<PooledBudget> MINIMUM = Rule.on(PooledBudget.class, "UPLIFT-SOCIAL-CARE-MINIMUM")
            .requirements("R19")
            .title("The planned NHS contribution to adult social care meets the uplifted 2016/17 baseline")
            .severity(Severity.ERROR)
            .editions(Edition.POOLED_BUDGET_2017_19, Edition.PLAN_2017_19)
            .source("[002:673-675] Condition 2: \"the minimum contribution to adult social care will be calculated"
                    + " using the assured figures from 2016/17 as a baseline ... must be increased by 1.79% and 1.9%"
                    + " ... in 2017-18 and in 2018-19 respectively. Local areas can opt to frontload the 2018-19"
                    + " uplift in 2017-18\"")
            .check((budget, ctx, emit) -> {
                SocialCareContribution sc = budget.socialCare();
                if (sc == null || sc.baseline() == null || sc.baseline().signum() < 0) {
                    return;
                }
                SocialCareUplift.Minimums minimums = SocialCareUplift.minimums(sc.baseline(), sc.frontloaded());
                for (FinancialYear year : PooledBudgetYears.BOTH) {
                    Money minimum = PooledBudgetYears.minimumFor(minimums, year);
                    Money planned = sc.planned().get(year);
                    if (planned != null && planned.isLessThan(minimum)) {
                        emit.report(Pointer.of("socialCare", "planned", year), "Planned NHS contribution to adult"
                                + " social care for " + year + " (" + planned.format() + ") is below the minimum of "
                                + minimum.format() + " (" + derivation(sc, year) + ") by "
                                + minimum.minus(planned).format());
                    }
                }
            });

    /**
     * UPLIFT-SOCIAL-CARE-STATED: where the pooled budget states its NHS contribution to adult
     * social care, it gives the assured 2016/17 baseline and the planned contribution for both
     * years, so that the minimum can be checked. A WARNING: a blank figure is an incomplete
     * budget, never an error by itself; a figure below the minimum is UPLIFT-SOCIAL-CARE-MINIMUM's
     * ERROR. A budget without the section is not judged; with a blank baseline, the planned
     * figures are not judged either (there is no minimum to quote).
     */
    static final Rule<PooledBudget> STATED = Rule.on(PooledBudget.class, "UPLIFT-SOCIAL-CARE-STATED")
            .requirements("R19")
            .title("The 2016/17 baseline and the planned NHS contribution to adult social care for each year are"
                    + " given")
            .severity(Severity.WARNING)
            .editions(Edition.POOLED_BUDGET_2017_19, Edition.PLAN_2017_19)
            .source("[002:673-675] Condition 2: the minimum contribution is \"calculated using the assured figures"
                    + " from 2016/17 as a baseline\" for 2017-18 and 2018-19. A WARNING: a blank baseline or planned"
                    + " figure is an incomplete budget; only a figure below the minimum is an error")
            .check((budget, ctx, emit) -> {
                SocialCareContribution sc = budget.socialCare();
                if (sc == null) {
                    return;
                }
                if (sc.baseline() == null) {
                    emit.report(Pointer.of("socialCare", "baseline"), "The assured 2016/17 baseline of the NHS"
                            + " contribution to adult social care is blank, so the minimum contributions for 2017/18"
                            + " and 2018/19 cannot be computed");
                    return;
                }
                SocialCareUplift.Minimums minimums = sc.baseline().signum() < 0 ? null
                        : SocialCareUplift.minimums(sc.baseline(), sc.frontloaded());
                for (FinancialYear year : PooledBudgetYears.BOTH) {
                    if (sc.planned().get(year) == null) {
                        emit.report(Pointer.of("socialCare", "planned", year), "The planned NHS contribution to adult"
                                + " social care for " + year + " is blank" + (minimums == null ? ""
                                        : "; the minimum is "
                                                + PooledBudgetYears.minimumFor(minimums, year).format() + " ("
                                                + derivation(sc, year) + ")"));
                    }
                }
            });

    /**
     * UPLIFT-FRONTLOAD-CARRIED-OVER: an area that frontloads the 2018/19 uplift into 2017/18
     * carries the same contribution over into 2018/19. WARNING: the policy says areas "can" do
     * so. Not judged unless frontloaded and both years are given.
     */
    static final Rule<PooledBudget> FRONTLOAD_CARRIED_OVER = Rule.on(PooledBudget.class,
                    "UPLIFT-FRONTLOAD-CARRIED-OVER")
            .requirements("R21")
            .title("A frontloaded contribution carries the same level over into 2018/19")
            .severity(Severity.WARNING)
            .editions(Edition.POOLED_BUDGET_2017_19, Edition.PLAN_2017_19)
            .source("[002:675] \"Local areas can opt to frontload the 2018-19 uplift in 2017-18 and then carry over"
                    + " the same level of contribution in 2018-19 as in 2017-18\"")
            .check((budget, ctx, emit) -> {
                SocialCareContribution sc = budget.socialCare();
                if (sc == null || !sc.frontloaded()) {
                    return;
                }
                Money first = sc.planned().get(PooledBudgetYears.FIRST);
                Money second = sc.planned().get(PooledBudgetYears.SECOND);
                if (first != null && second != null && !first.equals(second)) {
                    emit.report(Pointer.of("socialCare", "planned", PooledBudgetYears.SECOND),
                            "The 2018/19 uplift is frontloaded into 2017/18, so the same contribution should carry"
                                    + " over: planned " + second.format() + " for 2018/19 against " + first.format()
                                    + " for 2017/18");
                }
            });

    /**
     * IBCF-NOT-OFFSET: the improved BCF is not used to meet the NHS minimum contribution to adult
     * social care. The papers forbid offsetting the iBCF <em>against the minimum</em>
     * ({@code [002:471]}, {@code [002:679]}); they do not forbid a plan that shows iBCF-funded
     * social care beside an NHS contribution that meets the minimum on its own. So the finding is
     * made only where the planned contribution without its iBCF-funded part falls below the
     * minimum. Not judged when the section is missing, the baseline or the year's planned figure is
     * blank or negative (UPLIFT-SOCIAL-CARE-STATED and POOL-CONTRIBUTIONS-NON-NEGATIVE report
     * those), or for a year outside 2017-19; a blank iBCF-funded part means none.
     */
    static final Rule<PooledBudget> IBCF_NOT_OFFSET = Rule.on(PooledBudget.class, "IBCF-NOT-OFFSET")
            .requirements("R22")
            .title("The NHS contribution without its iBCF-funded part meets the minimum: the improved BCF is not"
                    + " offset against it")
            .severity(Severity.ERROR)
            .editions(Edition.POOLED_BUDGET_2017_19, Edition.PLAN_2017_19)
            .source("[002:471] \"This funding does not replace, and must not be offset against the NHS minimum"
                    + " contribution to adult social care\"; [002:679] \"does not replace, and cannot not [sic] be"
                    + " offset against, the NHS minimum contribution to adult social care\"")
            .check((budget, ctx, emit) -> {
                SocialCareContribution sc = budget.socialCare();
                if (sc == null || sc.baseline() == null || sc.baseline().signum() < 0) {
                    return;
                }
                SocialCareUplift.Minimums minimums = SocialCareUplift.minimums(sc.baseline(), sc.frontloaded());
                for (FinancialYear year : PooledBudgetYears.BOTH) {
                    Money fromIbcf = sc.fundedFromIbcf().get(year);
                    Money planned = sc.planned().get(year);
                    if (fromIbcf == null || fromIbcf.signum() <= 0 || planned == null) {
                        continue;
                    }
                    Money minimum = PooledBudgetYears.minimumFor(minimums, year);
                    Money own = planned.minus(fromIbcf);
                    if (own.isLessThan(minimum)) {
                        emit.report(Pointer.of("socialCare", "fundedFromIbcf", year), fromIbcf.format()
                                + " of the planned NHS contribution to adult social care for " + year + " ("
                                + planned.format() + ") is funded from the improved BCF grant; without it the NHS"
                                + " contribution (" + own.format() + ") is below the minimum of " + minimum.format()
                                + " by " + minimum.minus(own).format() + ", so the iBCF is offset against the"
                                + " minimum, which it must not be");
                    }
                }
            });

    private PooledSocialCareRules() {
    }

    /** @return this section's rules, in catalogue order */
    static List<Rule<PooledBudget>> all() {
        return List.of(MINIMUM, STATED, FRONTLOAD_CARRIED_OVER, IBCF_NOT_OFFSET);
    }

    private static String derivation(SocialCareContribution sc, FinancialYear year) {
        String baseline = "the 2016/17 baseline " + sc.baseline().format() + " uplifted by 1.79%";
        if (sc.frontloaded()) {
            return baseline + " and 1.9%, frontloaded into 2017/18";
        }
        return year.equals(PooledBudgetYears.FIRST) ? baseline : baseline + " and then 1.9%";
    }
}
