package dev.bcfkit.rules.plan;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Text;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.engine.Pointer;
import java.util.List;

/**
 * Rules on sections 1 c and 1 d of the 2014 plan, how providers and the public were involved
 * ({@code [003:66-119]}). The answers are narrative: whether they are given is what can be judged.
 * A blank answer is an incomplete plan, a WARNING.
 */
final class PlanEngagementRules {

    /**
     * PLAN-PROVIDER-ENGAGEMENT: section 1 c describes how health and social care providers were
     * involved in the plan and the extent to which they are party to it ({@code [003:68]}).
     */
    static final Rule<Plan> PROVIDER_ENGAGEMENT = Rule.on(Plan.class, "PLAN-PROVIDER-ENGAGEMENT")
            .title("The plan describes how providers were involved and the extent to which they are party to it")
            .severity(Severity.WARNING)
            .editions(Edition.PLAN_2014)
            .source("[003:68] c) Service provider engagement: \"Please describe how health and social care providers"
                    + " have been involved in the development of this plan, and the extent to which they are party to"
                    + " it\"")
            .requirements("R10")
            .check((plan, ctx, emit) -> {
                if (Text.isBlank(plan.providerEngagement())) {
                    emit.report(Pointer.of("providerEngagement"), "1 c) Service provider engagement is not answered:"
                            + " how providers were involved in the plan, and the extent to which they are party to it");
                }
            });

    /**
     * PLAN-PUBLIC-ENGAGEMENT: section 1 d describes how patients, service users and the public
     * were involved ({@code [003:97]}).
     */
    static final Rule<Plan> PUBLIC_ENGAGEMENT = Rule.on(Plan.class, "PLAN-PUBLIC-ENGAGEMENT")
            .title("The plan describes how patients, service users and the public were involved")
            .severity(Severity.WARNING)
            .editions(Edition.PLAN_2014)
            .source("[003:97] d) Patient, service user and public engagement: \"Please describe how patients,"
                    + " service users and the public have been involved in the development of this plan, and the extent"
                    + " to which they are party to it\"")
            .requirements("R83")
            .check((plan, ctx, emit) -> {
                if (Text.isBlank(plan.publicEngagement())) {
                    emit.report(Pointer.of("publicEngagement"), "1 d) Patient, service user and public engagement is"
                            + " not answered: how patients, service users and the public were involved in the plan");
                }
            });

    private PlanEngagementRules() {
    }

    /** @return this section's rules, in template order */
    static List<Rule<Plan>> all() {
        return List.of(PROVIDER_ENGAGEMENT, PUBLIC_ENGAGEMENT);
    }
}
