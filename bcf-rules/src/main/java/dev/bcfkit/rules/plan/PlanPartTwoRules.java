package dev.bcfkit.rules.plan;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.engine.Pointer;
import java.util.List;

/**
 * Rules on Part 2 of the 2014 planning template, the Excel workbook of metrics and finance, as
 * far as Part 1 records it: "Part 2 is in Excel and contains metrics and finance. Both parts must
 * be completed as part of your Better Care Fund Submission" ({@code [003:5]}). Part 2's own cells
 * are not modelled; only whether it was completed.
 */
final class PlanPartTwoRules {

    /** PLAN-PART2-ANSWERED: the plan says whether Part 2 was completed; blank is an incomplete plan. */
    static final Rule<Plan> PART2_ANSWERED = Rule.on(Plan.class, "PLAN-PART2-ANSWERED")
            .title("The plan says whether Part 2 (metrics and finance) was completed")
            .severity(Severity.WARNING)
            .editions(Edition.PLAN_2014)
            .source("[003:5] \"Part 2 is in Excel and contains metrics and finance. Both parts must be completed as"
                    + " part of your Better Care Fund Submission\"; not saying is an incomplete plan, not an error")
            .requirements("R85")
            .check((plan, ctx, emit) -> {
                if (plan.part2Completed() == null) {
                    emit.report(Pointer.of("part2Completed"), "The plan does not say whether Part 2 (the Excel"
                            + " workbook of metrics and finance) was completed");
                }
            });

    /** PLAN-PART2-COMPLETED: Part 2 was completed; a plan that says it was not is an ERROR. */
    static final Rule<Plan> PART2_COMPLETED = Rule.on(Plan.class, "PLAN-PART2-COMPLETED")
            .title("Part 2 (metrics and finance) is completed")
            .severity(Severity.ERROR)
            .editions(Edition.PLAN_2014)
            .source("[003:5] \"Both parts must be completed as part of your Better Care Fund Submission\"")
            .requirements("R85")
            .check((plan, ctx, emit) -> {
                if (plan.part2Completed() == YesNo.NO) {
                    emit.report(Pointer.of("part2Completed"), "Part 2 (the Excel workbook of metrics and finance) is"
                            + " recorded as not completed ('" + YesNo.NO.label() + "'); both parts must be completed");
                }
            });

    private PlanPartTwoRules() {
    }

    /** @return this section's rules */
    static List<Rule<Plan>> all() {
        return List.of(PART2_ANSWERED, PART2_COMPLETED);
    }
}
