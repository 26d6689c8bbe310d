package dev.bcfkit.rules.plan;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.Text;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.PlanningUnitAllocation;
import dev.bcfkit.core.plan.SocialCareProtection.CareBillFunding;
import dev.bcfkit.core.plan.SocialCareProtection;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.calc.Reconciliation;
import dev.bcfkit.rules.editions.PlanProfile;
import dev.bcfkit.rules.engine.Pointer;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Rules on national condition a) "Protecting social care services" of the 2014 plan
 * ({@code [003:592-626]}): the allocation per planning unit, the countywide total, and the Care
 * Bill funding. Plan figures are whole pounds and are compared exactly: no rounding tolerance.
 */
final class PlanSocialCareRules {

    /**
     * PSC-ALLOCATIONS-ADD-UP: for each year, the planning units' allocations sum to the stated
     * total (Nottinghamshire: 2,227,000 + 6,245,000 + 7,645,000 = 16,117,000, {@code [003:617-620]}).
     * Not judged when the section is missing or allocates nothing (PSC-EVERY-UNIT-ALLOCATES reports
     * that); a blank total for a year the units allocate in is a finding; a unit's blank amount
     * counts as nothing in the sum and is PSC-EVERY-UNIT-ALLOCATES's finding.
     */
    static final Rule<Plan> ALLOCATIONS_ADD_UP = Rule.on(Plan.class, "PSC-ALLOCATIONS-ADD-UP")
            .requirements("R38")
            .title("Protecting social care allocations per planning unit sum to the stated total, each year")
            .severity(Severity.ERROR)
            .editions(Edition.PLAN_2014)
            .source("[003:615-620] Locality / Protecting Social Care Services table: North, Mid and South"
                    + " Nottinghamshire and the Countywide Total £16,117,000 for 2014/15 and 2015/16")
            .check((plan, ctx, emit) -> {
                SocialCareProtection p = plan.socialCareProtection();
                if (p == null || p.allocations().isEmpty()) {
                    return;
                }
                SortedSet<FinancialYear> years = new TreeSet<>(p.total().keySet());
                p.allocations().forEach(a -> years.addAll(a.amounts().keySet()));
                for (FinancialYear year : years) {
                    List<Money> amounts = new ArrayList<>();
                    p.allocations().forEach(a -> {
                        Money m = a.amounts().get(year);
                        if (m != null) {
                            amounts.add(m);
                        }
                    });
                    Money sum = Money.sum(amounts);
                    Money total = p.total().get(year);
                    String path = Pointer.of("socialCareProtection", "total", year);
                    if (total == null) {
                        emit.report(path, "Protecting social care allocations for " + year + " sum to " + sum.format()
                                + " but no total is stated for " + year);
                        continue;
                    }
                    Money difference = Reconciliation.difference(total, sum);
                    if (!difference.isZero()) {
                        emit.report(path, "Protecting social care allocations for " + year + " sum to " + sum.format()
                                + " but the stated total is " + total.format() + " (difference "
                                + difference.abs().format() + ")");
                    }
                }
            });

    /**
     * PSC-EVERY-UNIT-ALLOCATES: every planning unit listed allocates funds to protecting social
     * care. A WARNING, derived: the template asks the plan to "explain how local social care
     * services will be protected" ({@code [003:602]}); it does not require an allocation per
     * planning unit. That is what Nottinghamshire did ("each of the three planning units has
     * explicitly allocated the mandatory funds", {@code [003:613]}), so a unit listed with a blank
     * or nil amount, or a missing or empty table, is worth a look but not a fault. Each of those
     * is a finding, for 2014/15 and 2015/16.
     */
    static final Rule<Plan> EVERY_UNIT_ALLOCATES = Rule.on(Plan.class, "PSC-EVERY-UNIT-ALLOCATES")
            .requirements("R38")
            .title("Every planning unit listed allocates funds to protecting social care, each year")
            .severity(Severity.WARNING)
            .editions(Edition.PLAN_2014)
            .source("Derived: the template asks \"Please explain how local social care services will be protected"
                    + " within your plans\" [003:602], not for an allocation per planning unit; [003:613] \"each of the"
                    + " three planning units has explicitly allocated the mandatory funds\" describes what"
                    + " Nottinghamshire did, so a unit listed without an allocation deserves a look")
            .derived()
            .check((plan, ctx, emit) -> {
                SocialCareProtection p = plan.socialCareProtection();
                if (p == null) {
                    emit.report(Pointer.of("socialCareProtection"),
                            "National condition a) Protecting social care services is not answered");
                    return;
                }
                if (p.allocations().isEmpty()) {
                    emit.report(Pointer.of("socialCareProtection", "allocations"),
                            "No planning unit allocates funds to protecting social care services");
                    return;
                }
                for (int i = 0; i < p.allocations().size(); i++) {
                    PlanningUnitAllocation a = p.allocations().get(i);
                    String unit = Text.isBlank(a.planningUnit()) ? "Planning unit " + (i + 1)
                            : "Planning unit '" + Text.abbreviate(a.planningUnit()) + "'";
                    for (FinancialYear year : PlanProfile.PLAN_2014.years()) {
                        Money m = a.amounts().get(year);
                        String path = Pointer.of("socialCareProtection", "allocations", i, "amounts", year);
                        if (m == null) {
                            emit.report(path, unit + " allocates nothing to protecting social care services for "
                                    + year + " (blank)");
                        } else if (m.signum() <= 0) {
                            emit.report(path, unit + " allocates " + m.format()
                                    + " to protecting social care services for " + year);
                        }
                    }
                }
            });

    /**
     * PSC-CARE-BILL-ADDS-UP: the Care Bill revenue plus capital funding equals the stated grand
     * total ("£1,946,000, with an additional £735,000 capital ... a grand total ... of
     * £2,681,000", {@code [003:626]}). The figures are narrative: not judged unless all three are
     * given.
     */
    static final Rule<Plan> CARE_BILL_ADDS_UP = Rule.on(Plan.class, "PSC-CARE-BILL-ADDS-UP")
            .requirements("R34")
            .title("Care Bill revenue and capital funding add up to the stated grand total")
            .severity(Severity.ERROR)
            .editions(Edition.PLAN_2014)
            .source("[003:626] Care Bill new duties: £1,946,000 + £735,000 capital investment = grand total"
                    + " £2,681,000")
            .check((plan, ctx, emit) -> {
                SocialCareProtection p = plan.socialCareProtection();
                CareBillFunding c = p == null ? null : p.careBill();
                if (c == null || c.revenue() == null || c.capital() == null || c.statedTotal() == null) {
                    return;
                }
                Money sum = Money.sum(List.of(c.revenue(), c.capital()));
                Money difference = Reconciliation.difference(c.statedTotal(), sum);
                if (!difference.isZero()) {
                    emit.report(Pointer.of("socialCareProtection", "careBill", "statedTotal"),
                            "Care Bill funding: revenue " + c.revenue().format() + " plus capital "
                                    + c.capital().format() + " is " + sum.format()
                                    + " but the stated grand total is " + c.statedTotal().format() + " (difference "
                                    + difference.abs().format() + ")");
                }
            });

    /**
     * PSC-LOCAL-DEFINITION: national condition a) gives the agreed local definition of protecting
     * adult social care services ({@code [003:594]}) and how they will be protected within the plan
     * ({@code [003:602]}). Each blank is an incomplete plan, a WARNING; a missing section is
     * PSC-EVERY-UNIT-ALLOCATES's finding.
     */
    static final Rule<Plan> LOCAL_DEFINITION = Rule.on(Plan.class, "PSC-LOCAL-DEFINITION")
            .title("Protecting social care gives the local definition and how services will be protected")
            .severity(Severity.WARNING)
            .editions(Edition.PLAN_2014)
            .source("[003:594] \"Please outline your agreed local definition of protecting adult social care"
                    + " services\"; [003:602] \"Please explain how local social care services will be protected within"
                    + " your plans\"")
            .requirements("R39")
            .check((plan, ctx, emit) -> {
                SocialCareProtection p = plan.socialCareProtection();
                if (p == null) {
                    return;
                }
                if (Text.isBlank(p.localDefinition())) {
                    emit.report(Pointer.of("socialCareProtection", "localDefinition"), "a) Protecting social care"
                            + " services: the agreed local definition of protecting adult social care services is not"
                            + " given");
                }
                if (Text.isBlank(p.howProtected())) {
                    emit.report(Pointer.of("socialCareProtection", "howProtected"), "a) Protecting social care"
                            + " services: how local social care services will be protected within the plan is not"
                            + " explained");
                }
            });

    private PlanSocialCareRules() {
    }

    /** @return this section's rules, in catalogue order */
    static List<Rule<Plan>> all() {
        return List.of(LOCAL_DEFINITION, ALLOCATIONS_ADD_UP, EVERY_UNIT_ALLOCATES, CARE_BILL_ADDS_UP);
    }
}
