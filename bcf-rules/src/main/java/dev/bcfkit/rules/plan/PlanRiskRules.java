package dev.bcfkit.rules.plan;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Text;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.Risk;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.engine.Pointer;
import java.util.List;

/**
 * Rules on section 4 "Risks" of the 2014 plan ({@code [003:681-718]}): "Please provide details of
 * the most important risks and your plans to mitigate them" ({@code [003:683]}), each with a
 * "Risk rating" of impact and likelihood and "Mitigating Actions" ({@code [003:687]}).
 */
final class PlanRiskRules {

    /**
     * PLAN-RISK-RATED: the register is not empty, and every risk is described, rated and has
     * mitigating actions. A WARNING: the template asks "Please provide details of the most
     * important risks" ({@code [003:683]}) with one "Risk rating" column ({@code [003:687]}); no
     * paper requires a rating scheme, and registers use numeric scores as well as words
     * (Nottinghamshire's 2017 register gives a "Residual score" of 16, {@code [000:33-35]}). So a
     * risk is rated when it has an impact or a likelihood (Nottinghamshire rates both, "HIGH impact
     * MEDIUM likelihood"), and only a risk with neither is a finding. Each blank field is an
     * incomplete register, never an error by itself.
     */
    static final Rule<Plan> RISK_RATED = Rule.on(Plan.class, "PLAN-RISK-RATED")
            .requirements("R84")
            .title("Every risk is described, has a risk rating and has mitigating actions")
            .severity(Severity.WARNING)
            .editions(Edition.PLAN_2014)
            .source("[003:683] \"Please provide details of the most important risks and your plans to mitigate"
                    + " them\"; [003:687] one column Risk | Risk rating | Mitigating Actions, rated \"HIGH impact MEDIUM"
                    + " likelihood\"; registers also use numeric scores [000:33-35], so the rating's form is not"
                    + " fixed")
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
                    if (r.impact() == null && r.likelihood() == null) {
                        emit.report(Pointer.of("risks", i, "impact"), risk + " has no risk rating (neither an impact"
                                + " nor a likelihood)");
                    }
                    if (Text.isBlank(r.mitigatingActions())) {
                        emit.report(Pointer.of("risks", i, "mitigatingActions"), risk + " has no mitigating actions");
                    }
                }
            });

    /** Words by which a risk names NHS service providers (compared ignoring case). */
    private static final List<String> PROVIDER_WORDS = List.of("provider", "hospital", "acute", "nhs", "trust");

    /**
     * PLAN-RISK-PROVIDER-IMPACT: some risk, in its description or mitigating actions, concerns NHS
     * service providers ("This should include risks associated with the impact on NHS service
     * providers", {@code [003:683]}). Derived, a WARNING: the register has no column for it, so the
     * rule looks for a risk that names a provider, hospital, acute sector, NHS or trust; a register
     * where none does is worth a look. Nottinghamshire's does ("financial stability of providers",
     * {@code [003:692]}). An empty register is PLAN-RISK-RATED's finding.
     */
    static final Rule<Plan> RISK_PROVIDER_IMPACT = Rule.on(Plan.class, "PLAN-RISK-PROVIDER-IMPACT")
            .title("Some risk concerns the impact on NHS service providers")
            .severity(Severity.WARNING)
            .editions(Edition.PLAN_2014)
            .source("Derived: [003:683] \"This should include risks associated with the impact on NHS service"
                    + " providers\"; the register has no column for it, so a risk is taken to concern providers when it"
                    + " names a provider, hospital, the acute sector, the NHS or a trust")
            .derived()
            .requirements("R84")
            .check((plan, ctx, emit) -> {
                List<Risk> risks = plan.risks();
                if (risks.isEmpty() || risks.stream().anyMatch(PlanRiskRules::concernsProviders)) {
                    return;
                }
                emit.report(Pointer.of("risks"), (risks.size() == 1 ? "The one risk does not concern"
                        : "None of the " + risks.size() + " risks concerns") + " the impact on NHS service providers"
                        + " (none names a provider, hospital, the acute sector, the NHS or a trust)");
            });

    private static boolean concernsProviders(Risk r) {
        String text = ((r.description() == null ? "" : r.description()) + " "
                + (r.mitigatingActions() == null ? "" : r.mitigatingActions())).toLowerCase(java.util.Locale.ROOT);
        return PROVIDER_WORDS.stream().anyMatch(text::contains);
    }

    private PlanRiskRules() {
    }

    /** @return this section's rules, in catalogue order */
    static List<Rule<Plan>> all() {
        return List.of(RISK_RATED, RISK_PROVIDER_IMPACT);
    }
}
