package dev.bcfkit.testkit;

import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.plan.BodyType;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.PlanDetails;
import dev.bcfkit.core.plan.SignOff;
import dev.bcfkit.core.plan.SocialCareProtection;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;

/**
 * Defects in a 2014 plan ({@code [003]}).
 */
final class PlanDefects {
    private PlanDefects() {
    }

    static Plan withDetails(Plan p, PlanDetails d) {
        return new Plan(d, p.signOffs(), p.providerEngagement(), p.publicEngagement(), p.relatedDocuments(),
                p.vision(), p.schemes(), p.socialCareProtection(), p.conditions(), p.risks(), p.aimsAndObjectives(),
                p.acuteSectorImpact(), p.governance(), p.part2Completed());
    }

    static Plan withSignOffs(Plan p, List<SignOff> signOffs) {
        return new Plan(p.details(), signOffs, p.providerEngagement(), p.publicEngagement(), p.relatedDocuments(),
                p.vision(), p.schemes(), p.socialCareProtection(), p.conditions(), p.risks(), p.aimsAndObjectives(),
                p.acuteSectorImpact(), p.governance(), p.part2Completed());
    }

    static Plan withSocialCare(Plan p, SocialCareProtection s) {
        return new Plan(p.details(), p.signOffs(), p.providerEngagement(), p.publicEngagement(),
                p.relatedDocuments(), p.vision(), p.schemes(), s, p.conditions(), p.risks(), p.aimsAndObjectives(),
                p.acuteSectorImpact(), p.governance(), p.part2Completed());
    }

    /** @return the 2014/15 agreed pooled budget £5,000 below the minimum */
    static Defect<Plan> belowMinimum() {
        return Defect.of("PLAN-AGREED-COVERS-MINIMUM", "2014/15 agreed pooled budget £5,000 below the minimum",
                p -> p.details().minimumPooledBudget().get(Plans.Y2014) != null, p -> {
                    PlanDetails d = p.details();
                    SortedMap<FinancialYear, Money> agreed = new TreeMap<>(d.agreedPooledBudget());
                    agreed.put(Plans.Y2014, d.minimumPooledBudget().get(Plans.Y2014).minus(Money.pounds(5_000)));
                    return withDetails(p, new PlanDetails(d.healthAndWellbeingBoard(), d.localAuthority(), d.ccgs(),
                            d.boundaryDifferences(), d.dateAgreedAtBoard(), d.dateSubmitted(),
                            d.minimumPooledBudget(), agreed));
                });
    }

    private static List<Integer> indexesOf(Plan p, BodyType type) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < p.signOffs().size(); i++) {
            if (p.signOffs().get(i).bodyType() == type) {
                found.add(i);
            }
        }
        return found;
    }

    private static Defect<Plan> missingSignOff(String ruleId, BodyType type, String who) {
        return Defect.random(ruleId, "the " + who + " sign-off missing", p -> !indexesOf(p, type).isEmpty(),
                p -> Arbitraries.of(indexesOf(p, type)).map(i -> withSignOffs(p, ReturnEdits.remove(p.signOffs(), i))));
    }

    /** @return one CCG's sign-off missing */
    static Defect<Plan> ccgSignOff() {
        return missingSignOff("PLAN-CCG-SIGN-OFF", BodyType.CCG, "a CCG's");
    }

    /** @return the council's sign-off missing */
    static Defect<Plan> councilSignOff() {
        return missingSignOff("PLAN-COUNCIL-SIGN-OFF", BodyType.COUNCIL, "council's");
    }

    /** @return the board chair's sign-off missing */
    static Defect<Plan> boardSignOff() {
        return missingSignOff("PLAN-BOARD-SIGN-OFF", BodyType.HEALTH_AND_WELLBEING_BOARD, "board chair's");
    }

    /** @return the plan agreed at the board after it was submitted */
    static Defect<Plan> agreedAfterSubmitted() {
        return Defect.random("PLAN-AGREED-BEFORE-SUBMITTED", "the board agreed the plan after it was submitted",
                p -> p.details().dateSubmitted() != null && p.details().dateAgreedAtBoard() != null,
                p -> Arbitraries.integers().between(1, 30).map(days -> {
                    PlanDetails d = p.details();
                    return withDetails(p, new PlanDetails(d.healthAndWellbeingBoard(), d.localAuthority(), d.ccgs(),
                            d.boundaryDifferences(), d.dateSubmitted().plusDays(days), d.dateSubmitted(),
                            d.minimumPooledBudget(), d.agreedPooledBudget()));
                }));
    }

    /** @return the stated 2014/15 protecting-social-care total £1,000 more than the allocations */
    static Defect<Plan> allocationsDoNotAddUp() {
        return Defect.of("PSC-ALLOCATIONS-ADD-UP",
                "protecting social care: the stated 2014/15 total £1,000 more than the planning units' allocations",
                p -> p.socialCareProtection() != null && p.socialCareProtection().total().get(Plans.Y2014) != null,
                p -> {
                    SocialCareProtection s = p.socialCareProtection();
                    SortedMap<FinancialYear, Money> total = new TreeMap<>(s.total());
                    total.put(Plans.Y2014, total.get(Plans.Y2014).plus(Money.pounds(1_000)));
                    return withSocialCare(p, new SocialCareProtection(s.localDefinition(), s.howProtected(),
                            s.allocations(), total, s.careBill()));
                });
    }

    static Plan withConditions(Plan p, dev.bcfkit.core.plan.PlanConditions c) {
        return new Plan(p.details(), p.signOffs(), p.providerEngagement(), p.publicEngagement(),
                p.relatedDocuments(), p.vision(), p.schemes(), p.socialCareProtection(), c, p.risks(),
                p.aimsAndObjectives(), p.acuteSectorImpact(), p.governance(), p.part2Completed());
    }

    static Plan withRisks(Plan p, List<dev.bcfkit.core.plan.Risk> risks) {
        return new Plan(p.details(), p.signOffs(), p.providerEngagement(), p.publicEngagement(),
                p.relatedDocuments(), p.vision(), p.schemes(), p.socialCareProtection(), p.conditions(), risks,
                p.aimsAndObjectives(), p.acuteSectorImpact(), p.governance(), p.part2Completed());
    }

    /** @return condition b), 7-day services, left unanswered */
    static Defect<Plan> conditionUnanswered() {
        return Defect.of("PLAN-CONDITIONS-ANSWERED", "national condition b) 7-day services left unanswered",
                p -> p.conditions() != null, p -> withConditions(p, new dev.bcfkit.core.plan.PlanConditions(null,
                        p.conditions().dataSharing(), p.conditions().jointAssessment())));
    }

    /** @return the 2015/16 minimum pooled budget left blank */
    static Defect<Plan> detailMissing() {
        return Defect.of("PLAN-DETAILS-REQUIRED", "the 2015/16 minimum pooled budget left blank",
                p -> p.details().minimumPooledBudget().containsKey(Plans.Y2015), p -> {
                    PlanDetails d = p.details();
                    SortedMap<FinancialYear, Money> minimum = new TreeMap<>(d.minimumPooledBudget());
                    minimum.remove(Plans.Y2015);
                    return withDetails(p, new PlanDetails(d.healthAndWellbeingBoard(), d.localAuthority(), d.ccgs(),
                            d.boundaryDifferences(), d.dateAgreedAtBoard(), d.dateSubmitted(), minimum,
                            d.agreedPooledBudget()));
                });
    }

    /** @return a risk without any rating: the template's one "Risk rating" column is blank ([003:687]) */
    static Defect<Plan> riskUnrated() {
        return Defect.random("PLAN-RISK-RATED", "a risk without a risk rating", p -> !p.risks().isEmpty(),
                p -> Arbitraries.integers().between(0, p.risks().size() - 1).map(i -> withRisks(p,
                        ReturnEdits.replace(p.risks(), i, r -> new dev.bcfkit.core.plan.Risk(r.planningUnit(),
                                r.description(), null, null, r.mitigatingActions())))));
    }

    /** @return a sign-off without the name of who signed */
    static Defect<Plan> signOffIncomplete() {
        return Defect.random("PLAN-SIGN-OFF-COMPLETE", "a sign-off without the name of who signed",
                p -> !p.signOffs().isEmpty(), p -> Arbitraries.integers().between(0, p.signOffs().size() - 1)
                        .map(i -> withSignOffs(p, ReturnEdits.replace(p.signOffs(), i, s -> new SignOff(s.bodyType(),
                                s.body(), null, s.position(), s.date())))));
    }

    /** @return a planning unit allocating nothing in 2014/15, the total reduced to match */
    static Defect<Plan> unitAllocatesNothing() {
        return Defect.random("PSC-EVERY-UNIT-ALLOCATES",
                "protecting social care: a planning unit allocates £0 in 2014/15 (the total still adds up)",
                p -> p.socialCareProtection() != null && !p.socialCareProtection().allocations().isEmpty()
                        && p.socialCareProtection().allocations().stream()
                                .allMatch(a -> a.amounts().get(Plans.Y2014) != null)
                        && p.socialCareProtection().total().get(Plans.Y2014) != null,
                p -> Arbitraries.integers().between(0, p.socialCareProtection().allocations().size() - 1).map(i -> {
                    SocialCareProtection s = p.socialCareProtection();
                    dev.bcfkit.core.plan.PlanningUnitAllocation unit = s.allocations().get(i);
                    SortedMap<FinancialYear, Money> amounts = new TreeMap<>(unit.amounts());
                    Money old = amounts.put(Plans.Y2014, Money.ZERO);
                    SortedMap<FinancialYear, Money> total = new TreeMap<>(s.total());
                    total.put(Plans.Y2014, total.get(Plans.Y2014).minus(old));
                    return withSocialCare(p, new SocialCareProtection(s.localDefinition(), s.howProtected(),
                            ReturnEdits.replace(s.allocations(), i,
                                    a -> new dev.bcfkit.core.plan.PlanningUnitAllocation(a.planningUnit(), amounts)),
                            total, s.careBill()));
                }));
    }

    /** @return the Care Bill funding's stated total £1,000 more than revenue plus capital */
    static Defect<Plan> careBillDoesNotAddUp() {
        return Defect.of("PSC-CARE-BILL-ADDS-UP", "Care Bill funding: stated total £1,000 more than revenue plus capital",
                p -> p.socialCareProtection() != null && p.socialCareProtection().careBill() != null
                        && p.socialCareProtection().careBill().statedTotal() != null, p -> {
                    SocialCareProtection s = p.socialCareProtection();
                    SocialCareProtection.CareBillFunding c = s.careBill();
                    return withSocialCare(p, new SocialCareProtection(s.localDefinition(), s.howProtected(),
                            s.allocations(), s.total(), new SocialCareProtection.CareBillFunding(c.revenue(),
                                    c.capital(), c.statedTotal().plus(Money.pounds(1_000)))));
                });
    }
}
