package dev.bcfkit.rules.plan;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Text;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.engine.Pointer;
import java.util.List;

/**
 * Rules on section 2 "Vision and schemes" of the 2014 plan ({@code [003:133-588]}): the vision,
 * the aims and objectives, the schemes, the implications for the acute sector and the governance
 * arrangements. The answers are narrative; a blank one is an incomplete plan, a WARNING.
 */
final class PlanVisionRules {

    /**
     * PLAN-VISION-AIMS: the plan gives its vision for 2018/19 ({@code [003:137]}), its aims and
     * objectives ({@code [003:172]}) and at least one scheme ({@code [003:222]}); each blank is a
     * finding.
     */
    static final Rule<Plan> VISION_AIMS = Rule.on(Plan.class, "PLAN-VISION-AIMS")
            .title("The plan gives its vision, its aims and objectives, and its schemes")
            .severity(Severity.WARNING)
            .editions(Edition.PLAN_2014)
            .source("[003:137] \"Please describe the vision for health and social care services for this community"
                    + " for 2018/19\"; [003:172] \"Please describe your overall aims and objectives for integrated"
                    + " care\"; [003:222] \"Please provide an overview of the schemes and changes covered by your joint"
                    + " work programme\"")
            .requirements("R80")
            .check((plan, ctx, emit) -> {
                if (Text.isBlank(plan.vision())) {
                    emit.report(Pointer.of("vision"), "2 a) Vision for health and care services is not answered");
                }
                if (Text.isBlank(plan.aimsAndObjectives())) {
                    emit.report(Pointer.of("aimsAndObjectives"), "2 b) Aims and objectives is not answered");
                }
                if (plan.schemes().isEmpty()) {
                    emit.report(Pointer.of("schemes"), "2) The plan lists no schemes or changes of its joint work"
                            + " programme");
                }
            });

    /**
     * PLAN-ACUTE-IMPACT-DESCRIBED: the plan sets out its implications for the acute sector
     * ({@code [003:353]}). A blank answer is an incomplete plan, a WARNING, though the paper says
     * "must" of what the answer holds (see PLAN-ACUTE-IMPACT-QUANTIFIED).
     */
    static final Rule<Plan> ACUTE_IMPACT_DESCRIBED = Rule.on(Plan.class, "PLAN-ACUTE-IMPACT-DESCRIBED")
            .title("The plan sets out its implications for the acute sector")
            .severity(Severity.WARNING)
            .editions(Edition.PLAN_2014)
            .source("[003:351-353] \"2. Implications for the acute sector\": \"Set out the implications of the plan on"
                    + " the delivery of NHS services including clearly identifying where any NHS savings will be"
                    + " realised and the risk of the savings not being realised\"; a blank answer is an incomplete plan")
            .requirements("R81")
            .check((plan, ctx, emit) -> {
                if (Text.isBlank(plan.acuteSectorImpact())) {
                    emit.report(Pointer.of("acuteSectorImpact"), "2) Implications for the acute sector is not"
                            + " answered: where NHS savings will be realised, the risk of their not being realised, and"
                            + " the impact on NHS service delivery targets");
                }
            });

    /**
     * PLAN-ACUTE-IMPACT-QUANTIFIED: the implications for the acute sector hold at least one
     * figure. Derived, a WARNING: the paper says "You must clearly quantify the impact on NHS
     * service delivery targets" ({@code [003:353]}), and an answer without a single figure cannot
     * quantify anything; whether the figures it has are enough is for a reader to judge.
     */
    static final Rule<Plan> ACUTE_IMPACT_QUANTIFIED = Rule.on(Plan.class, "PLAN-ACUTE-IMPACT-QUANTIFIED")
            .title("The implications for the acute sector quantify the impact (hold at least one figure)")
            .severity(Severity.WARNING)
            .editions(Edition.PLAN_2014)
            .source("Derived: [003:353] \"You must clearly quantify the impact on NHS service delivery targets"
                    + " including in the scenario of the required savings not materialising\"; an answer with no figure"
                    + " at all cannot quantify, and whether its figures are enough cannot be read from the text")
            .derived()
            .requirements("R81")
            .check((plan, ctx, emit) -> {
                String text = plan.acuteSectorImpact();
                if (!Text.isBlank(text) && text.chars().noneMatch(Character::isDigit)) {
                    emit.report(Pointer.of("acuteSectorImpact"), "2) Implications for the acute sector gives no figure"
                            + " (\"" + Text.abbreviate(text) + "\"), so it does not quantify the impact on NHS service"
                            + " delivery targets");
                }
            });

    /**
     * PLAN-GOVERNANCE: the plan gives its arrangements for oversight and governance of progress
     * and outcomes ({@code [003:567]}).
     */
    static final Rule<Plan> GOVERNANCE = Rule.on(Plan.class, "PLAN-GOVERNANCE")
            .title("The plan gives its arrangements for oversight and governance")
            .severity(Severity.WARNING)
            .editions(Edition.PLAN_2014)
            .source("[003:565-567] \"3. Governance\": \"Please provide details of the arrangements are in place for"
                    + " oversight and governance for progress and outcomes\"")
            .requirements("R82")
            .check((plan, ctx, emit) -> {
                if (Text.isBlank(plan.governance())) {
                    emit.report(Pointer.of("governance"), "2) Governance is not answered: the arrangements for"
                            + " oversight and governance of progress and outcomes");
                }
            });

    private PlanVisionRules() {
    }

    /** @return this section's rules, in template order */
    static List<Rule<Plan>> all() {
        return List.of(VISION_AIMS, ACUTE_IMPACT_DESCRIBED, ACUTE_IMPACT_QUANTIFIED, GOVERNANCE);
    }
}
