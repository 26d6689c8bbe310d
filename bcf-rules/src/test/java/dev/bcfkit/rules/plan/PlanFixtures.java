package dev.bcfkit.rules.plan;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.PlanConditions;
import dev.bcfkit.core.plan.PlanDetails;
import dev.bcfkit.core.plan.PlanningUnitAllocation;
import dev.bcfkit.core.plan.Risk;
import dev.bcfkit.core.plan.SignOff;
import dev.bcfkit.core.plan.SocialCareProtection;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.RuleContext;
import dev.bcfkit.testkit.seeds.NottinghamshirePlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The golden Nottinghamshire plan ({@code [003]}) and one-change edits of it, so that every broken
 * variant in the plan tests reads as "the seed, except ...".
 */
public final class PlanFixtures {
    public static final FinancialYear Y2014_15 = FinancialYear.of(2014);
    public static final FinancialYear Y2015_16 = FinancialYear.of(2015);

    private PlanFixtures() {
    }

    /** @return the golden plan, {@code [003]} */
    public static Plan golden() {
        return NottinghamshirePlan.plan2014();
    }

    /**
     * @param id a plan rule id
     * @return the rule from {@link PlanRules#all()}
     */
    public static Rule<Plan> rule(String id) {
        return PlanRules.all().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException(id));
    }

    /**
     * @param id a plan rule id
     * @param plan a plan
     * @return the rule's findings on the plan, in the default context
     */
    public static List<Finding> run(String id, Plan plan) {
        return run(rule(id), plan);
    }

    /**
     * @param rule a rule
     * @param plan a plan
     * @return its findings on the plan, in the default context
     */
    public static List<Finding> run(Rule<Plan> rule, Plan plan) {
        List<Finding> findings = new ArrayList<>();
        rule.check(plan, RuleContext.of(Edition.PLAN_2014, null), findings::add);
        return findings;
    }

    /**
     * @param plan a plan
     * @return the findings of every plan rule, in catalogue order
     */
    public static List<Finding> runAll(Plan plan) {
        List<Finding> findings = new ArrayList<>();
        PlanRules.all().forEach(r -> findings.addAll(run(r, plan)));
        return findings;
    }

    public static Plan withDetails(Plan p, PlanDetails d) {
        return new Plan(d, p.signOffs(), p.providerEngagement(), p.publicEngagement(), p.relatedDocuments(),
                p.vision(), p.schemes(), p.socialCareProtection(), p.conditions(), p.risks(), p.aimsAndObjectives(),
                p.acuteSectorImpact(), p.governance(), p.part2Completed());
    }

    public static Plan withSignOffs(Plan p, List<SignOff> s) {
        return new Plan(p.details(), s, p.providerEngagement(), p.publicEngagement(), p.relatedDocuments(),
                p.vision(), p.schemes(), p.socialCareProtection(), p.conditions(), p.risks(), p.aimsAndObjectives(),
                p.acuteSectorImpact(), p.governance(), p.part2Completed());
    }

    public static Plan withSocialCare(Plan p, SocialCareProtection s) {
        return new Plan(p.details(), p.signOffs(), p.providerEngagement(), p.publicEngagement(), p.relatedDocuments(),
                p.vision(), p.schemes(), s, p.conditions(), p.risks(), p.aimsAndObjectives(),
                p.acuteSectorImpact(), p.governance(), p.part2Completed());
    }

    public static Plan withConditions(Plan p, PlanConditions c) {
        return new Plan(p.details(), p.signOffs(), p.providerEngagement(), p.publicEngagement(), p.relatedDocuments(),
                p.vision(), p.schemes(), p.socialCareProtection(), c, p.risks(), p.aimsAndObjectives(),
                p.acuteSectorImpact(), p.governance(), p.part2Completed());
    }

    public static Plan withRisks(Plan p, List<Risk> r) {
        return new Plan(p.details(), p.signOffs(), p.providerEngagement(), p.publicEngagement(), p.relatedDocuments(),
                p.vision(), p.schemes(), p.socialCareProtection(), p.conditions(), r, p.aimsAndObjectives(),
                p.acuteSectorImpact(), p.governance(), p.part2Completed());
    }

    /** @return the golden plan with its summary changed by {@code edit} */
    public static Plan editDetails(UnaryOperator<PlanDetails> edit) {
        Plan g = golden();
        return withDetails(g, edit.apply(g.details()));
    }

    public static PlanDetails dates(PlanDetails d, LocalDate agreed, LocalDate submitted) {
        return new PlanDetails(d.healthAndWellbeingBoard(), d.localAuthority(), d.ccgs(), d.boundaryDifferences(),
                agreed, submitted, d.minimumPooledBudget(), d.agreedPooledBudget());
    }

    public static PlanDetails budgets(PlanDetails d, SortedMap<FinancialYear, Money> minimum,
            SortedMap<FinancialYear, Money> agreed) {
        return new PlanDetails(d.healthAndWellbeingBoard(), d.localAuthority(), d.ccgs(), d.boundaryDifferences(),
                d.dateAgreedAtBoard(), d.dateSubmitted(), minimum, agreed);
    }

    /** @return a copy of the map with {@code year} set to {@code amount}, or removed when it is null */
    public static SortedMap<FinancialYear, Money> put(SortedMap<FinancialYear, Money> map, FinancialYear year, Money amount) {
        SortedMap<FinancialYear, Money> copy = new TreeMap<>(map);
        if (amount == null) {
            copy.remove(year);
        } else {
            copy.put(year, amount);
        }
        return copy;
    }

    /** @return the golden plan with sign-off {@code i} replaced, or removed when {@code replacement} is null */
    public static Plan editSignOff(int i, UnaryOperator<SignOff> replacement) {
        Plan g = golden();
        List<SignOff> s = new ArrayList<>(g.signOffs());
        SignOff changed = replacement.apply(s.get(i));
        if (changed == null) {
            s.remove(i);
        } else {
            s.set(i, changed);
        }
        return withSignOffs(g, s);
    }

    public static SignOff position(SignOff s, String position) {
        return new SignOff(s.bodyType(), s.body(), s.signedBy(), position, s.date());
    }

    public static SignOff date(SignOff s, LocalDate date) {
        return new SignOff(s.bodyType(), s.body(), s.signedBy(), s.position(), date);
    }

    public static SignOff body(SignOff s, String body) {
        return new SignOff(s.bodyType(), body, s.signedBy(), s.position(), s.date());
    }

    /** @return the golden plan with planning unit {@code i}'s amount for {@code year} set (null: blank) */
    public static Plan editAllocation(int i, FinancialYear year, Money amount) {
        Plan g = golden();
        SocialCareProtection p = g.socialCareProtection();
        List<PlanningUnitAllocation> a = new ArrayList<>(p.allocations());
        a.set(i, new PlanningUnitAllocation(a.get(i).planningUnit(), put(a.get(i).amounts(), year, amount)));
        return withSocialCare(g, new SocialCareProtection(p.localDefinition(), p.howProtected(), a, p.total(),
                p.careBill()));
    }

    /** @return the golden plan with the stated protecting-social-care total for {@code year} set (null: blank) */
    public static Plan editSocialCareTotal(FinancialYear year, Money total) {
        Plan g = golden();
        SocialCareProtection p = g.socialCareProtection();
        return withSocialCare(g, new SocialCareProtection(p.localDefinition(), p.howProtected(), p.allocations(),
                put(p.total(), year, total), p.careBill()));
    }

    /** @return the golden plan with the given Care Bill funding */
    public static Plan editCareBill(SocialCareProtection.CareBillFunding careBill) {
        Plan g = golden();
        SocialCareProtection p = g.socialCareProtection();
        return withSocialCare(g, new SocialCareProtection(p.localDefinition(), p.howProtected(), p.allocations(),
                p.total(), careBill));
    }

    /** @return the golden plan with joint assessment d) changed by {@code edit} */
    public static Plan editJointAssessment(UnaryOperator<PlanConditions.JointAssessment> edit) {
        Plan g = golden();
        PlanConditions c = g.conditions();
        return withConditions(g, new PlanConditions(c.sevenDayServices(), c.dataSharing(),
                edit.apply(c.jointAssessment())));
    }

    public static PlanConditions.JointAssessment proportions(PlanConditions.JointAssessment j,
            java.math.BigDecimal highRisk, java.math.BigDecimal jointCarePlan) {
        return new PlanConditions.JointAssessment(j.answer(), j.riskStratification(), highRisk, jointCarePlan);
    }

    /** @return the golden plan with risk {@code i} replaced */
    public static Plan editRisk(int i, UnaryOperator<Risk> edit) {
        Plan g = golden();
        List<Risk> r = new ArrayList<>(g.risks());
        r.set(i, edit.apply(r.get(i)));
        return withRisks(g, r);
    }
}
