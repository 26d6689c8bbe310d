package dev.bcfkit.rules.framework;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.funding.ContributionSource;
import dev.bcfkit.core.plan.NhsContributionUse;
import dev.bcfkit.core.plan.OutOfHospitalShare;
import dev.bcfkit.core.plan.PolicyFrameworkPlan;
import dev.bcfkit.rules.Emitter;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.editions.PlanProfile;
import dev.bcfkit.rules.engine.Pointer;
import java.util.List;

/**
 * Rules on the NHS (CCG) minimum contribution in a 2017-19 plan: the area's minimum is pooled
 * ({@code [002:415]}, {@code [002:670]}), it keeps the reablement, carers' breaks and Care Act
 * money ({@code [002:419]}, {@code [002:427]}), the alternative social-care baseline is agreed
 * ({@code [002:673]}, national condition 2; the uplift itself is judged by the pooled budget's
 * UPLIFT-* rules) and the share for out-of-hospital services is used (condition 3,
 * {@code [002:680-683]}).
 */
final class NhsContributionRules {

    /**
     * FPLAN-CCG-MINIMUM-POOLED: the CCG minimum contributions to the pool for each year add up to
     * at least the area's minimum CCG contribution. A year whose minimum or CCG contributions are
     * blank is not judged (FPLAN-ANSWERED names a year without contributions).
     */
    static final Rule<PolicyFrameworkPlan> CCG_MINIMUM_POOLED = Rule.on(PolicyFrameworkPlan.class,
            "FPLAN-CCG-MINIMUM-POOLED")
            .title("The CCG minimum contribution is pooled in full in each year")
            .severity(Severity.ERROR)
            .editions(Edition.PLAN_2017_19)
            .requirements("R32")
            .source("[002:415] \"The Mandate to NHS England for 2017-18 requires NHS England to ring-fence £3.582"
                    + " billion within its overall allocation to Clinical Commissioning Groups to establish the"
                    + " BCF\"; [002:670] \"Local areas must ensure that their Better Care Fund (BCF) Plan covers the"
                    + " minimum of the pooled fund\"")
            .check((plan, ctx, emit) -> {
                for (FinancialYear year : PlanProfile.of(ctx.edition()).years()) {
                    Money minimum = plan.ccgMinimumContribution().get(year);
                    Money pooled = PoolTotals.of(plan.contributions(), year, ContributionSource.CCG_MINIMUM);
                    if (minimum != null && pooled != null && pooled.isLessThan(minimum)) {
                        emit.report(Pointer.of("ccgMinimumContribution", year), "The CCG minimum contributions"
                                + " pooled for " + year + " total " + pooled.format()
                                + ", below the area's minimum CCG contribution of " + minimum.format() + " by "
                                + minimum.minus(pooled).format());
                    }
                }
            });

    /**
     * FPLAN-NHS-EARMARKS: for each year the plan gives the reablement, carers' breaks and Care Act
     * money its NHS contribution keeps, and together they are not more than the CCG minimum
     * contributions pooled. A WARNING: a blank figure is incomplete, and the comparison is
     * derived (money that "remains in the NHS allocation" is part of it, so cannot exceed it).
     */
    static final Rule<PolicyFrameworkPlan> EARMARKS = Rule.on(PolicyFrameworkPlan.class, "FPLAN-NHS-EARMARKS")
            .title("Reablement, carers' breaks and Care Act money are given and kept within the NHS contribution")
            .severity(Severity.WARNING)
            .editions(Edition.PLAN_2017_19)
            .requirements("R33", "R34")
            .source("[002:419] \"the NHS contribution to the BCF includes funding to support the implementation of"
                    + " the Care Act 2014. Funding previously earmarked for reablement (£300m) and for the provision"
                    + " of carers' breaks (£130m) also remains in the NHS allocation\"; [002:427] for 2018-19."
                    + " Derived: money kept in the NHS contribution cannot be more than the CCG minimum pooled")
            .derived()
            .check((plan, ctx, emit) -> {
                for (FinancialYear year : PlanProfile.of(ctx.edition()).years()) {
                    int at = indexOf(plan.nhsContributionUses(), year);
                    if (at < 0) {
                        emit.report(Pointer.of("nhsContributionUses"), "The reablement, carers' breaks and Care Act"
                                + " money kept in the NHS contribution for " + year + " is not given");
                        continue;
                    }
                    NhsContributionUse use = plan.nhsContributionUses().get(at);
                    blank(use.reablement(), at, "reablement", "reablement", year, emit);
                    blank(use.carersBreaks(), at, "carersBreaks", "carers' breaks", year, emit);
                    blank(use.careActDuties(), at, "careActDuties", "Care Act 2014 duties", year, emit);
                    Money kept = Money.ZERO;
                    for (Money m : new Money[] {use.reablement(), use.carersBreaks(), use.careActDuties()}) {
                        kept = m == null ? kept : kept.plus(m);
                    }
                    Money pooled = PoolTotals.of(plan.contributions(), year, ContributionSource.CCG_MINIMUM);
                    if (pooled != null && kept.isGreaterThan(pooled)) {
                        emit.report(Pointer.of("nhsContributionUses", at), "The reablement, carers' breaks and Care"
                                + " Act money for " + year + " (" + kept.format() + ") is more than the CCG minimum"
                                + " contributions pooled (" + pooled.format() + ") by " + kept.minus(pooled).format());
                    }
                }
            });

    /**
     * FPLAN-ALTERNATIVE-BASELINE-AGREED: a plan whose social-care baseline is an alternative to the
     * assured 2016/17 figures records the Integration Partnership Board's agreement to it. A
     * WARNING: the agreement is a fact outside the figures, recorded as an answer.
     */
    static final Rule<PolicyFrameworkPlan> ALTERNATIVE_BASELINE_AGREED = Rule.on(PolicyFrameworkPlan.class,
            "FPLAN-ALTERNATIVE-BASELINE-AGREED")
            .title("An alternative social-care baseline has the Integration Partnership Board's agreement")
            .severity(Severity.WARNING)
            .editions(Edition.PLAN_2017_19)
            .requirements("R20")
            .source("[002:673] \"the minimum contribution to adult social care will be calculated using the assured"
                    + " figures from 2016/17 as a baseline. This will apply except where a Health and Wellbeing Board"
                    + " secures the agreement of the Integration Partnership Board to an alternative baseline\". A"
                    + " WARNING: the paper says \"will\", not \"must\"")
            .check((plan, ctx, emit) -> {
                if (plan.alternativeBaseline() == YesNo.YES && plan.alternativeBaselineAgreed() != YesNo.YES) {
                    emit.report(Pointer.of("alternativeBaselineAgreed"), "The social-care baseline is an"
                            + " alternative to the assured 2016/17 figures, but alternativeBaselineAgreed is "
                            + (plan.alternativeBaselineAgreed() == null ? "blank"
                                    : "\"" + plan.alternativeBaselineAgreed().label() + "\"")
                            + ": the Integration Partnership Board's agreement is not recorded");
                }
            });

    /**
     * FPLAN-OUT-OF-HOSPITAL: for each year the plan gives its share of the money for
     * NHS-commissioned out-of-hospital services, and the part commissioned plus the part held in a
     * risk share account for the whole share. A WARNING: condition 3 says "should".
     */
    static final Rule<PolicyFrameworkPlan> OUT_OF_HOSPITAL = Rule.on(PolicyFrameworkPlan.class, "FPLAN-OUT-OF-HOSPITAL")
            .title("The share for NHS-commissioned out-of-hospital services is given and spent on them or held in a"
                    + " risk share")
            .severity(Severity.WARNING)
            .editions(Edition.PLAN_2017_19)
            .requirements("R12")
            .source("[002:680] \"Local areas should agree how they will use their share of the £1.018 billion in"
                    + " 2017/18 and £1.037 billion in 2018/19\"; [002:682] \"Local areas can choose to put an"
                    + " appropriate proportion of their share of the £1.018bn into a local risk-sharing agreement"
                    + " ... with the balance spent on NHS commissioned out-of-hospital services\"")
            .check((plan, ctx, emit) -> {
                for (FinancialYear year : PlanProfile.of(ctx.edition()).years()) {
                    int at = -1;
                    for (int i = 0; i < plan.outOfHospital().size(); i++) {
                        if (year.equals(plan.outOfHospital().get(i).year())) {
                            at = i;
                        }
                    }
                    OutOfHospitalShare s = at < 0 ? null : plan.outOfHospital().get(at);
                    if (s == null || s.share() == null) {
                        emit.report(at < 0 ? Pointer.of("outOfHospital") : Pointer.of("outOfHospital", at, "share"),
                                "The share for NHS-commissioned out-of-hospital services for " + year + " is blank");
                        continue;
                    }
                    if (s.commissioned() == null && s.riskShare() == null) {
                        emit.report(Pointer.of("outOfHospital", at, "commissioned"), "How the share for"
                                + " NHS-commissioned out-of-hospital services for " + year + " (" + s.share().format()
                                + ") is used is blank: neither the part commissioned nor a risk share is given");
                        continue;
                    }
                    Money commissioned = s.commissioned() == null ? Money.ZERO : s.commissioned();
                    Money riskShare = s.riskShare() == null ? Money.ZERO : s.riskShare();
                    Money used = commissioned.plus(riskShare);
                    if (!used.equals(s.share())) {
                        emit.report(Pointer.of("outOfHospital", at), "The share for NHS-commissioned out-of-hospital"
                                + " services for " + year + " is " + s.share().format() + ", but the part commissioned ("
                                + commissioned.format() + ") and the risk share (" + riskShare.format()
                                + ") add up to " + used.format());
                    }
                }
            });

    private NhsContributionRules() {
    }

    /** @return this section's rules, in catalogue order */
    static List<Rule<PolicyFrameworkPlan>> all() {
        return List.of(CCG_MINIMUM_POOLED, EARMARKS, ALTERNATIVE_BASELINE_AGREED, OUT_OF_HOSPITAL);
    }

    private static int indexOf(List<NhsContributionUse> uses, FinancialYear year) {
        for (int i = 0; i < uses.size(); i++) {
            if (year.equals(uses.get(i).year())) {
                return i;
            }
        }
        return -1;
    }

    private static void blank(Money value, int at, String field, String what, FinancialYear year, Emitter emit) {
        if (value == null) {
            emit.report(Pointer.of("nhsContributionUses", at, field), "The " + what + " money kept in the NHS"
                    + " contribution for " + year + " is blank");
        }
    }
}
