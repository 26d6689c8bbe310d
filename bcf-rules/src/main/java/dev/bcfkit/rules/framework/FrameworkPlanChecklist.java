package dev.bcfkit.rules.framework;

import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Text;
import dev.bcfkit.core.plan.BodyType;
import dev.bcfkit.core.plan.ImprovedBcfConditions;
import dev.bcfkit.core.plan.NhsContributionUse;
import dev.bcfkit.core.plan.OutOfHospitalShare;
import dev.bcfkit.core.plan.PolicyFrameworkPlan;
import dev.bcfkit.core.plan.SignOff;
import dev.bcfkit.rules.SectionCompletion;
import dev.bcfkit.rules.editions.PlanProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * How many of a 2017-19 plan's questions are answered, by the framework's sections: the four
 * national conditions of Annex A ({@code [002:667-688]}), the improved BCF ({@code [002:469-485]}),
 * the Disabled Facilities Grant ({@code [002:672]}) and integration by 2020 ({@code [002:626]}).
 * Derived: no 2017-19 planning template is printed, so the questions are the framework's
 * requirements, one per fact the plan records (per year where the framework asks per year).
 */
public final class FrameworkPlanChecklist {
    private FrameworkPlanChecklist() {
    }

    /**
     * @param plan the plan
     * @param edition its edition
     * @return one row per section, in the framework's order
     */
    public static List<SectionCompletion> of(PolicyFrameworkPlan plan, dev.bcfkit.core.Edition edition) {
        List<FinancialYear> years = PlanProfile.of(edition).years();
        List<SectionCompletion> rows = new ArrayList<>();

        Counter agreed = new Counter();
        agreed.ask(signed(plan, BodyType.HEALTH_AND_WELLBEING_BOARD));
        agreed.ask(signed(plan, BodyType.COUNCIL));
        long ccgSignOffs = plan.signOffs().stream().filter(s -> s.bodyType() == BodyType.CCG && s.date() != null)
                .count();
        for (int i = 0; i < Math.max(1, plan.ccgs().size()); i++) {
            agreed.ask(i < ccgSignOffs);
        }
        agreed.ask(!plan.ccgs().isEmpty());
        agreed.ask(plan.housingAuthoritiesInvolved() != null);
        for (FinancialYear y : years) {
            agreed.ask(plan.minimumPooledFund().get(y) != null);
            agreed.ask(PoolTotals.of(plan.contributions(), y, null) != null);
        }
        rows.add(agreed.row("1. Plans jointly agreed"));

        Counter socialCare = new Counter();
        socialCare.ask(plan.socialCare() != null && plan.socialCare().baseline() != null);
        for (FinancialYear y : years) {
            socialCare.ask(plan.socialCare() != null && plan.socialCare().planned().get(y) != null);
            socialCare.ask(plan.ccgMinimumContribution().get(y) != null);
            NhsContributionUse use = plan.nhsContributionUses().stream().filter(u -> y.equals(u.year())).findFirst()
                    .orElse(null);
            socialCare.ask(use != null && use.reablement() != null);
            socialCare.ask(use != null && use.carersBreaks() != null);
            socialCare.ask(use != null && use.careActDuties() != null);
        }
        socialCare.ask(plan.alternativeBaseline() != null);
        rows.add(socialCare.row("2. NHS contribution to adult social care"));

        Counter outOfHospital = new Counter();
        for (FinancialYear y : years) {
            OutOfHospitalShare s = plan.outOfHospital().stream().filter(o -> y.equals(o.year())).findFirst()
                    .orElse(null);
            outOfHospital.ask(s != null && s.share() != null);
        }
        rows.add(outOfHospital.row("3. NHS commissioned out-of-hospital services"));

        Counter transfers = new Counter();
        transfers.ask(!Text.isBlank(plan.transfersOfCare()));
        rows.add(transfers.row("4. Managing transfers of care"));

        Counter ibcf = new Counter();
        for (FinancialYear y : years) {
            ibcf.ask(plan.improvedBcf() != null && plan.improvedBcf().allocations().get(y) != null);
        }
        ImprovedBcfConditions c = plan.improvedBcfConditions();
        ibcf.ask(c != null && !c.uses().isEmpty() && c.uses().stream().allMatch(u -> u.purpose() != null));
        ibcf.ask(c != null && c.workingWithCcgAndProviders() != null);
        ibcf.ask(c != null && c.quarterlyReports() != null);
        ibcf.ask(c != null && c.locallyAgreed() != null);
        ibcf.ask(c != null && c.section151Letter() != null);
        rows.add(ibcf.row("5. Improved BCF"));

        Counter dfg = new Counter();
        for (FinancialYear y : years) {
            dfg.ask(plan.disabledFacilitiesGrants().stream().anyMatch(g -> y.equals(g.year()) && g.allocation() != null));
        }
        dfg.ask(!Text.isBlank(plan.disabledFacilitiesGrantUse()));
        rows.add(dfg.row("6. Disabled Facilities Grant"));

        Counter integration = new Counter();
        integration.ask(!Text.isBlank(plan.integrationBy2020()));
        rows.add(integration.row("7. Integration by 2020"));
        return List.copyOf(rows);
    }

    private static boolean signed(PolicyFrameworkPlan plan, BodyType type) {
        for (SignOff s : plan.signOffs()) {
            if (s.bodyType() == type && s.date() != null) {
                return true;
            }
        }
        return false;
    }

    /** Counts a section's questions and its answered ones. */
    private static final class Counter {
        private int answered;
        private int expected;

        void ask(boolean isAnswered) {
            expected++;
            if (isAnswered) {
                answered++;
            }
        }

        SectionCompletion row(String section) {
            return new SectionCompletion(section, answered, expected);
        }
    }
}
