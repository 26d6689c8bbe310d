package dev.bcfkit.testkit.seeds;

import dev.bcfkit.core.ClinicalCommissioningGroup;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.HealthAndWellbeingBoard;
import dev.bcfkit.core.LocalAuthority;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.funding.ImprovedBcf;
import dev.bcfkit.core.plan.ImprovedBcfConditions;
import dev.bcfkit.core.plan.ImprovedBcfUse;
import dev.bcfkit.core.plan.PolicyFrameworkPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Golden fixture: Southend-on-Sea's 2017-19 plan as far as its board's reports state it
 * ({@code [002:33-184]}, 21 June 2017; {@code [002:2617-2730]}, 22 March 2017). The papers print
 * no completed 2017-19 plan: in June 2017 "the publication of the technical planning guidance,
 * which enables a BCF submission, has been delayed" ({@code [002:93]}) and the board was asked to
 * delegate the sign-off ({@code [002:62]}, {@code [002:2657]}). What the reports state is the
 * board, the council and the CCG, the section 75 agreement to be amended for 2017/19
 * ({@code [002:107]}), the improved BCF allocations ({@code [002:128]}) and the nine steps agreed
 * for the 2017/18 iBCF ({@code [002:129-140]}). Everything else is blank: no sign-off is printed
 * (only the delegation of it), no contribution, minimum or social-care figure ("an anticipated
 * uplift", {@code [002:109]}, is not a figure), no DFG, no out-of-hospital share, and the steps
 * carry no amounts and are not assigned to the grant's purposes by the paper. Nothing is invented.
 */
public final class SouthendPlan2017To19 {
    private static final FinancialYear Y2017_18 = FinancialYear.of(2017);

    private SouthendPlan2017To19() {
    }

    /** @return the plan, built afresh on each call */
    public static PolicyFrameworkPlan plan() {
        SortedMap<FinancialYear, Money> allocations = new TreeMap<>();
        allocations.put(Y2017_18, Money.pounds(3_990_000L)); // [002:128] "2017/18 £3.99M"
        allocations.put(FinancialYear.of(2018), Money.pounds(5_429_000L)); // [002:128] "2018/19 £5.429M (indicative)"
        allocations.put(FinancialYear.of(2019), Money.pounds(6_744_000L)); // [002:128] "2019/20 £6.744M (indicative)"
        ImprovedBcf improvedBcf = new ImprovedBcf(allocations, null, new TreeMap<>(), false, null);
        ImprovedBcfConditions conditions = new ImprovedBcfConditions(steps(), null, null, null, null, null);
        return new PolicyFrameworkPlan(
                HealthAndWellbeingBoard.named("Southend-on-Sea"), // [002:33] "Southend Health & Wellbeing Board"
                // [002:3] "Southend-on-Sea Borough Council", a unitary authority
                new LocalAuthority("Southend-on-Sea Borough Council", LocalAuthority.Tier.SINGLE_TIER),
                // [002:62] "Southend Clinical Commissioning Group 'SCCG'"
                List.of(new ClinicalCommissioningGroup("Southend Clinical Commissioning Group")),
                List.of(),                    // no sign-off printed; [002:104] only delegated powers to sign off
                null,                         // housing authorities' involvement not stated
                new TreeMap<>(),              // no minimum of the pooled fund stated
                new TreeMap<>(),              // no CCG minimum contribution stated
                List.of(),                    // no contribution stated
                YesNo.YES,                    // [002:81] s.75 agreement; [002:107] "will be amended to accommodate 2017/19"
                null,
                null,                         // [002:109] "an anticipated uplift": no figure
                null,
                null,
                List.of(),
                List.of(),
                null,                         // no narrative on the High Impact Change Model beyond the iBCF steps
                improvedBcf,
                conditions,
                List.of(),                    // no DFG stated
                null,
                null);
    }

    /** The nine steps of the 2017/18 iBCF plan, [002:132-140], without amounts or purposes. */
    private static List<ImprovedBcfUse> steps() {
        String[] steps = {
            "Step 1 Early Discharge Planning investment to support the development of the integrated discharge team",
            "Step 2 Systems to monitor patient flow investment in applications to predict and determine patient flow",
            "Step 3 MDT, Voluntary Sector investment to enhance MDT working, preventative activity and SPoA",
            "Step 4 Home first investment to support D2A model, Hospital 2 Home service and step-up facility",
            "Step 5 Seven day investment to support realignment of social care",
            "Step 6 Trusted assessor investment to support the development of a model",
            "Step 7 Focus on Choice investment to support asset based approach within MDT environment",
            "Step 8 Enhancing Care in Care Homes GSF investment and training for workforce development",
            "Step 9 Investment to meet adult social care needs"};
        List<ImprovedBcfUse> uses = new ArrayList<>();
        for (String step : steps) {
            uses.add(new ImprovedBcfUse(Y2017_18, null, null, step));
        }
        return List.copyOf(uses);
    }
}
