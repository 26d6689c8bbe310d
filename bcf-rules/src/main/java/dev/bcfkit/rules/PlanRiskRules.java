package dev.bcfkit.rules;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Text;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.Risk;
import java.util.List;

/**
 * Rules on section 4 "Risks" of the 2014 plan ({@code [003:681-718]}): "Please provide details of
 * the most important risks and your plans to mitigate them" ({@code [003:683]}), each with a
 * "Risk rating" of impact and likelihood and "Mitigating Actions" ({@code [003:687]}).
 */
final class PlanRiskRules {

    /**
     * PLAN-RISK-RATED: the register is not empty, and every risk is described and has an impact,
     * a likelihood and mitigating actions (all 22 Nottinghamshire risks do). Blank is this rule's
     * subject: an empty register is one finding, each blank field of a risk another.
     */
    static final Rule<Plan> RISK_RATED = Rule.on(Plan.class, "PLAN-RISK-RATED")
            .title("Every risk is rated for impact and likelihood and has mitigating actions")
            .severity(Severity.ERROR)
            .editions(Edition.PLAN_2014)
            .source("[003:683] \"Please provide details of the most important risks and your plans to mitigate"
                    + " them\"; [003:687] Risk | Risk rating | Mitigating Actions, rated \"HIGH impact MEDIUM"
                    + " likelihood\"")
            .check((plan, ctx, emit) -> {
                List<Risk> risks = plan.risks();
                if (risks.isEmpty()) {
                    emit.report(Pointer.of("risks"), "The risk register (section 4) lists no risks");
                    return;
                }
                for (int i = 0; i < risks.size(); i++) {
                    Risk r = risks.get(i);
                    String risk = Text.isBlank(r.description()) ? "Risk " + (i + 1)
                            : "Risk " + (i + 1) + " '" + Text.abbreviate(r.description()) + "'";
                    if (Text.isBlank(r.description())) {
                        emit.report(Pointer.of("risks", i, "description"), risk + " is not described");
                    }
                    if (r.impact() == null) {
                        emit.report(Pointer.of("risks", i, "impact"), risk + " has no impact rating");
                    }
                    if (r.likelihood() == null) {
                        emit.report(Pointer.of("risks", i, "likelihood"), risk + " has no likelihood rating");
                    }
                    if (Text.isBlank(r.mitigatingActions())) {
                        emit.report(Pointer.of("risks", i, "mitigatingActions"), risk + " has no mitigating actions");
                    }
                }
            });

    private PlanRiskRules() {
    }

    /** @return this section's rules, in catalogue order */
    static List<Rule<Plan>> all() {
        return List.of(RISK_RATED);
    }
}
