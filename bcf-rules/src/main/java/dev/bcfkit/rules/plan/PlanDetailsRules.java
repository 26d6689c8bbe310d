package dev.bcfkit.rules.plan;

import dev.bcfkit.core.ClinicalCommissioningGroup;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.Text;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.PlanDetails;
import dev.bcfkit.rules.Emitter;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.editions.PlanProfile;
import dev.bcfkit.rules.engine.Blank;
import dev.bcfkit.rules.engine.NameIndex;
import dev.bcfkit.rules.engine.Pointer;
import dev.bcfkit.rules.engine.Work;
import java.util.List;
import java.util.Map;

/**
 * Rules on section 1 a "Summary of Plan" of the 2014 planning template ({@code [003:13-23]}).
 */
final class PlanDetailsRules {

    /**
     * PLAN-DETAILS-REQUIRED: the summary of plan names the local authority and at least one CCG,
     * and gives the dates agreed and submitted and the minimum required and total agreed pooled
     * budget for 2014/15 and 2015/16. Blank is this rule's whole subject: a missing section is one
     * finding at {@code /details}; otherwise each blank field is one finding at its own path.
     * "Boundary Differences" is free text the template does not require to be filled in.
     */
    static final Rule<Plan> DETAILS_REQUIRED = Rule.on(Plan.class, "PLAN-DETAILS-REQUIRED")
            .requirements("R79")
            .title("The summary of plan gives the local authority, the CCGs, the dates and the pooled budget values")
            .severity(Severity.WARNING)
            .editions(Edition.PLAN_2014)
            .source("[003:13-23] 1) Plan details, a) Summary of Plan: Local Authority, Clinical Commissioning Groups,"
                    + " Date agreed at Health and Well-Being Board, Date submitted, Minimum required value of ITF pooled"
                    + " budget and Total agreed value of pooled budget for 2014/15 and 2015/16")
            .check((plan, ctx, emit) -> {
                PlanDetails d = plan.details();
                if (d == null) {
                    emit.report(Pointer.of("details"), "The summary of plan (section 1 a) is missing");
                    return;
                }
                if (d.localAuthority() == null || Text.isBlank(d.localAuthority().name())) {
                    emit.report(Pointer.of("details", "localAuthority"), "Local Authority is blank");
                }
                List<ClinicalCommissioningGroup> ccgs = d.ccgs();
                if (ccgs.isEmpty()) {
                    emit.report(Pointer.of("details", "ccgs"), "No Clinical Commissioning Group is named");
                }
                for (int i = 0; i < ccgs.size(); i++) {
                    if (Text.isBlank(ccgs.get(i).name())) {
                        int at = i;
                        emit.reportLazily(() -> Pointer.of("details", "ccgs", at, "name"),
                                () -> "Clinical Commissioning Group " + (at + 1) + " of " + ccgs.size()
                                        + " has a blank name");
                    }
                }
                if (d.dateAgreedAtBoard() == null) {
                    emit.report(Pointer.of("details", "dateAgreedAtBoard"),
                            "Date agreed at Health and Well-Being Board is blank");
                }
                if (d.dateSubmitted() == null) {
                    emit.report(Pointer.of("details", "dateSubmitted"), "Date submitted is blank");
                }
                requireYears(d.minimumPooledBudget(), "minimumPooledBudget",
                        "Minimum required value of ITF pooled budget", emit);
                requireYears(d.agreedPooledBudget(), "agreedPooledBudget",
                        "Total agreed value of pooled budget", emit);
            });

    /**
     * PLAN-AGREED-COVERS-MINIMUM: for each year, the total agreed pooled budget is at least the
     * minimum required value. A year where either value is blank is not judged here
     * (PLAN-DETAILS-REQUIRED reports the blank).
     */
    static final Rule<Plan> AGREED_COVERS_MINIMUM = Rule.on(Plan.class, "PLAN-AGREED-COVERS-MINIMUM")
            .requirements("R08")
            .title("The total agreed pooled budget covers the minimum required value, each year")
            .severity(Severity.ERROR)
            .editions(Edition.PLAN_2014)
            .source("[003:20-23] Minimum required value of ITF pooled budget against Total agreed value of pooled"
                    + " budget; [002:670] \"Local areas must ensure that their Better Care Fund (BCF) Plan covers the"
                    + " minimum of the pooled fund\"")
            .check((plan, ctx, emit) -> {
                PlanDetails d = plan.details();
                if (d == null) {
                    return;
                }
                for (Map.Entry<FinancialYear, Money> minimum : d.minimumPooledBudget().entrySet()) {
                    FinancialYear year = minimum.getKey();
                    Money agreed = d.agreedPooledBudget().get(year);
                    if (agreed != null && agreed.isLessThan(minimum.getValue())) {
                        emit.report(Pointer.of("details", "agreedPooledBudget", year),
                                "Total agreed pooled budget for " + year + " (" + agreed.format()
                                        + ") is below the minimum required value (" + minimum.getValue().format()
                                        + ") by " + minimum.getValue().minus(agreed).format());
                    }
                }
            });

    /**
     * PLAN-AGREED-BEFORE-SUBMITTED: the plan's date agreed at the Health and Wellbeing Board is
     * after its date submitted. INFO, derived: no paper orders the two dates, and submitting before
     * the board meets is normal practice: Nottinghamshire submitted its Q2 2017/18 return "pending
     * HWB approval" ({@code [000:37]}), and Southend's board delegated the sign-off of its plans
     * ({@code [002:76]}, {@code [002:2657]}). The finding only points out that the board's
     * agreement followed the submission. Not judged when either date is blank.
     */
    static final Rule<Plan> AGREED_BEFORE_SUBMITTED = Rule.on(Plan.class, "PLAN-AGREED-BEFORE-SUBMITTED")
            .requirements("R07")
            .title("The plan is agreed at the Health and Wellbeing Board before it is submitted, or its later"
                    + " agreement is noted")
            .severity(Severity.INFO)
            .editions(Edition.PLAN_2014)
            .source("Derived: [003:18-19] the template asks for the date agreed at the Health and Well-Being Board"
                    + " and the date submitted but does not order them; submitting \"pending HWB approval\" [000:37]"
                    + " and delegated sign-off [002:76], [002:2657] are normal practice, so a later agreement is"
                    + " information, not a fault")
            .derived()
            .check((plan, ctx, emit) -> {
                PlanDetails d = plan.details();
                if (d == null || d.dateAgreedAtBoard() == null || d.dateSubmitted() == null) {
                    return;
                }
                if (d.dateAgreedAtBoard().isAfter(d.dateSubmitted())) {
                    emit.report(Pointer.of("details", "dateAgreedAtBoard"),
                            "Date agreed at Health and Well-Being Board (" + PlanDates.format(d.dateAgreedAtBoard())
                                    + ") is after the date submitted (" + PlanDates.format(d.dateSubmitted())
                                    + "): the plan was submitted pending the board's approval");
                }
            });

    /**
     * PLAN-CCG-DUPLICATE: the summary of plan names each CCG once ({@code [003:16]} lists six
     * different CCGs). Names are the same when a person would read them as the same: case,
     * spacing, hyphens, "NHS" and "CCG", invisible characters (a zero-width space, a NUL) and the
     * Unicode normalisation form do not count ({@link PlanBodies}). A repeated CCG cannot be told
     * apart from the first in the sign-off rules. Derived, hence a WARNING: the template does not
     * say that a CCG is named once. Blank names are PLAN-DETAILS-REQUIRED's.
     */
    static final Rule<Plan> CCG_DUPLICATE = Rule.on(Plan.class, "PLAN-CCG-DUPLICATE")
            .requirements("R06")
            .title("Each Clinical Commissioning Group is named once in the summary of plan")
            .severity(Severity.WARNING)
            .editions(Edition.PLAN_2014)
            .source("[003:16] Clinical Commissioning Groups: six different names. Derived: that a CCG is named once is"
                    + " not stated; names that differ only in case, spacing, invisible characters or Unicode"
                    + " normalisation are read as one name")
            .derived()
            .check((plan, ctx, emit) -> {
                PlanDetails d = plan.details();
                if (d == null) {
                    return;
                }
                List<ClinicalCommissioningGroup> ccgs = d.ccgs();
                List<String> names = ccgs.stream().map(ClinicalCommissioningGroup::name).toList();
                NameIndex first = NameIndex.of(names, PlanBodies::key, Work.of(ctx));
                for (int i = 0; i < names.size(); i++) {
                    int earlier = first.firstOf(names.get(i));
                    if (earlier >= 0 && earlier != i) {
                        int at = i;
                        emit.reportLazily(() -> Pointer.of("details", "ccgs", at, "name"),
                                () -> "Clinical Commissioning Group " + (at + 1) + " '" + Text.abbreviate(names.get(at))
                                        + "' is the same as Clinical Commissioning Group " + (earlier + 1) + " '"
                                        + Text.abbreviate(names.get(earlier)) + "' at "
                                        + Pointer.of("details", "ccgs", earlier, "name")
                                        + " (names are compared as a person reads them)");
                    }
                }
            });

    private PlanDetailsRules() {
    }

    /** @return this section's rules, in catalogue order */
    static List<Rule<Plan>> all() {
        return List.of(DETAILS_REQUIRED, AGREED_COVERS_MINIMUM, AGREED_BEFORE_SUBMITTED, CCG_DUPLICATE);
    }

    private static void requireYears(Map<FinancialYear, Money> values, String field, String label, Emitter emit) {
        for (FinancialYear year : PlanProfile.PLAN_2014.years()) {
            if (!values.containsKey(year)) {
                emit.report(Pointer.of("details", field, year), label + " for " + year + " is blank");
            }
        }
    }
}
