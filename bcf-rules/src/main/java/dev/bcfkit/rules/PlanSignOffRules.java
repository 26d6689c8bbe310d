package dev.bcfkit.rules;

import dev.bcfkit.core.ClinicalCommissioningGroup;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.LocalAuthority;
import dev.bcfkit.core.Text;
import dev.bcfkit.core.plan.BodyType;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.PlanDetails;
import dev.bcfkit.core.plan.SignOff;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Rules on section 1 b "Authorisation and signoff" of the 2014 planning template
 * ({@code [003:25-64]}): a block for every CCG, the council and the Health and Wellbeing Board,
 * each with "By", "Position" and "Date" (the board's block has no position). "The plans should be
 * signed off by the Health and Wellbeing Board itself, and by the constituent councils and
 * Clinical Commissioning Groups" ({@code [002:671]}).
 *
 * <p>The presence rules (CCG, council, board) ask only that a block exists for the body; a block
 * that exists but lacks its signatory, position or date is reported once, by
 * PLAN-SIGN-OFF-COMPLETE.
 */
final class PlanSignOffRules {

    /**
     * PLAN-CCG-SIGN-OFF: every CCG named in the plan has a sign-off block on its behalf. One person
     * may sign for several CCGs (Amanda Sullivan for Mansfield and Ashfield and for Newark and
     * Sherwood, {@code [003:33]}, {@code [003:38]}). A CCG with a blank name is not judged here
     * (PLAN-DETAILS-REQUIRED reports it).
     */
    static final Rule<Plan> CCG_SIGN_OFF = Rule.on(Plan.class, "PLAN-CCG-SIGN-OFF")
            .title("Every CCG named in the plan has signed it off")
            .severity(Severity.ERROR)
            .editions(Edition.PLAN_2014)
            .source("[003:16] Clinical Commissioning Groups against [003:27-55] \"Signed on behalf of the Clinical"
                    + " Commissioning Group\"; [002:671] \"signed off ... by the constituent councils and Clinical"
                    + " Commissioning Groups\"")
            .check((plan, ctx, emit) -> {
                PlanDetails d = plan.details();
                if (d == null) {
                    return;
                }
                for (int i = 0; i < d.ccgs().size(); i++) {
                    String name = d.ccgs().get(i).name();
                    if (!Text.isBlank(name) && !signedFor(plan.signOffs(), BodyType.CCG, name)) {
                        emit.report(Pointer.of("details", "ccgs", i),
                                "No sign-off recorded on behalf of the Clinical Commissioning Group '"
                                        + Text.abbreviate(name) + "'");
                    }
                }
            });

    /**
     * PLAN-SIGN-OFF-UNKNOWN-CCG: a CCG sign-off names a CCG of the plan. Derived: a sign-off for a
     * body the plan does not name is usually a misspelling that leaves the real CCG unsigned. Not
     * judged without a summary of plan; a blank body is PLAN-SIGN-OFF-COMPLETE's.
     */
    static final Rule<Plan> SIGN_OFF_UNKNOWN_CCG = Rule.on(Plan.class, "PLAN-SIGN-OFF-UNKNOWN-CCG")
            .title("Every CCG sign-off is for a CCG named in the plan")
            .severity(Severity.WARNING)
            .editions(Edition.PLAN_2014)
            .source("[003:16] and [003:27-55]: the six CCG sign-off blocks are for the six CCGs of the plan."
                    + " Derived: a sign-off for an unnamed CCG is not stated as an error in the papers")
            .derived()
            .check((plan, ctx, emit) -> {
                PlanDetails d = plan.details();
                if (d == null) {
                    return;
                }
                List<SignOff> signOffs = plan.signOffs();
                for (int i = 0; i < signOffs.size(); i++) {
                    SignOff s = signOffs.get(i);
                    if (s.bodyType() != BodyType.CCG || Text.isBlank(s.body())) {
                        continue;
                    }
                    boolean named = d.ccgs().stream().anyMatch(c -> PlanBodies.same(c.name(), s.body()));
                    if (!named) {
                        emit.report(Pointer.of("signOffs", i, "body"), "Sign-off on behalf of "
                                + PlanBodies.describe(s) + " does not match any CCG named in the plan ("
                                + d.ccgs().stream().map(ClinicalCommissioningGroup::name).map(Text::abbreviate)
                                        .collect(Collectors.joining(", "))
                                + ")");
                    }
                }
            });

    /**
     * PLAN-COUNCIL-SIGN-OFF: the council has signed off the plan. When the summary of plan names
     * the local authority, the council block must be on its behalf; otherwise any council block
     * will do.
     */
    static final Rule<Plan> COUNCIL_SIGN_OFF = Rule.on(Plan.class, "PLAN-COUNCIL-SIGN-OFF")
            .title("The council has signed off the plan")
            .severity(Severity.ERROR)
            .editions(Edition.PLAN_2014)
            .source("[003:57-60] \"Signed on behalf of the Council\" Nottinghamshire County Council; [002:461]"
                    + " \"plans signed-off by the relevant local authority\"")
            .check((plan, ctx, emit) -> {
                LocalAuthority la = plan.details() == null ? null : plan.details().localAuthority();
                String name = la == null || Text.isBlank(la.name()) ? null : la.name();
                List<SignOff> councils = plan.signOffs().stream()
                        .filter(s -> s.bodyType() == BodyType.COUNCIL).toList();
                if (name == null) {
                    if (councils.isEmpty()) {
                        emit.report(Pointer.of("signOffs"), "No sign-off recorded on behalf of the Council");
                    }
                    return;
                }
                if (councils.stream().noneMatch(s -> PlanBodies.same(s.body(), name))) {
                    emit.report(Pointer.of("signOffs"), "No sign-off recorded on behalf of the Council '"
                            + Text.abbreviate(name) + "'" + (councils.isEmpty() ? ""
                                    : " (council sign-offs found for: " + councils.stream()
                                            .map(s -> "'" + Text.abbreviate(s.body()) + "'")
                                            .collect(Collectors.joining(", ")) + ")"));
                }
            });

    /**
     * PLAN-BOARD-SIGN-OFF: the Health and Wellbeing Board has signed off the plan, by its chair
     * ("By Chair of Health and Wellbeing Board", {@code [003:63]}): the board's block carries no
     * position because its signatory is the chair by definition. A board block without a
     * signatory or a date is reported by PLAN-SIGN-OFF-COMPLETE.
     */
    static final Rule<Plan> BOARD_SIGN_OFF = Rule.on(Plan.class, "PLAN-BOARD-SIGN-OFF")
            .title("The Chair of the Health and Wellbeing Board has signed off the plan")
            .severity(Severity.ERROR)
            .editions(Edition.PLAN_2014)
            .source("[003:62-64] \"Signed on behalf of the Health and Wellbeing Board\", \"By Chair of Health and"
                    + " Wellbeing Board\", Date; [002:671] \"signed off by the Health and Wellbeing Board itself\"")
            .check((plan, ctx, emit) -> {
                if (plan.signOffs().stream().noneMatch(s -> s.bodyType() == BodyType.HEALTH_AND_WELLBEING_BOARD)) {
                    String board = plan.details() == null || plan.details().healthAndWellbeingBoard() == null
                            || Text.isBlank(plan.details().healthAndWellbeingBoard().name()) ? ""
                                    : " '" + Text.abbreviate(plan.details().healthAndWellbeingBoard().name()) + "'";
                    emit.report(Pointer.of("signOffs"), "No sign-off recorded on behalf of the Health and Wellbeing"
                            + " Board" + board + " by its Chair");
                }
            });

    /**
     * PLAN-SIGN-OFF-COMPLETE: every sign-off block names its body and gives "By", "Position" and
     * "Date"; the board's block has no position ({@code [003:62-64]}), so none is asked of it.
     * Each blank field is its own finding.
     */
    static final Rule<Plan> SIGN_OFF_COMPLETE = Rule.on(Plan.class, "PLAN-SIGN-OFF-COMPLETE")
            .title("Every sign-off names who signed, their position and the date")
            .severity(Severity.ERROR)
            .editions(Edition.PLAN_2014)
            .source("[003:27-64] each block: Signed on behalf of, By, Position, Date; the Health and Wellbeing"
                    + " Board block has By (Chair) and Date only")
            .check((plan, ctx, emit) -> {
                List<SignOff> signOffs = plan.signOffs();
                for (int i = 0; i < signOffs.size(); i++) {
                    SignOff s = signOffs.get(i);
                    String who = "Sign-off " + (i + 1) + " on behalf of " + PlanBodies.describe(s);
                    if (s.bodyType() == null) {
                        emit.report(Pointer.of("signOffs", i, "bodyType"),
                                who + " does not say what kind of body it is for");
                    }
                    if (Text.isBlank(s.body())) {
                        emit.report(Pointer.of("signOffs", i, "body"), who + " does not name the body");
                    }
                    if (Text.isBlank(s.signedBy())) {
                        emit.report(Pointer.of("signOffs", i, "signedBy"), who + " does not say by whom (By is blank)");
                    }
                    if (s.bodyType() != BodyType.HEALTH_AND_WELLBEING_BOARD && Text.isBlank(s.position())) {
                        emit.report(Pointer.of("signOffs", i, "position"), who + " has a blank Position");
                    }
                    if (s.date() == null) {
                        emit.report(Pointer.of("signOffs", i, "date"), who + " has a blank Date");
                    }
                }
            });

    /**
     * PLAN-PARTNER-SIGN-OFF-DATES: the CCGs and the council sign before the board agrees the plan
     * (Nottinghamshire: all partners 21/03/2014, the board 02/04/2014, {@code [003:30-64]}).
     * Derived. Not judged when either date is blank.
     */
    static final Rule<Plan> PARTNER_SIGN_OFF_DATES = Rule.on(Plan.class, "PLAN-PARTNER-SIGN-OFF-DATES")
            .title("CCG and council sign-offs are not dated after the board agreed the plan")
            .severity(Severity.WARNING)
            .editions(Edition.PLAN_2014)
            .source("[003:18] Date agreed at Health and Well-Being Board 02/04/2014 against [003:30-60] partner"
                    + " sign-offs dated 21/03/2014. Derived: the order is observed, not stated")
            .derived()
            .check((plan, ctx, emit) -> {
                LocalDate agreed = plan.details() == null ? null : plan.details().dateAgreedAtBoard();
                if (agreed == null) {
                    return;
                }
                List<SignOff> signOffs = plan.signOffs();
                for (int i = 0; i < signOffs.size(); i++) {
                    SignOff s = signOffs.get(i);
                    boolean partner = s.bodyType() == BodyType.CCG || s.bodyType() == BodyType.COUNCIL;
                    if (partner && s.date() != null && s.date().isAfter(agreed)) {
                        emit.report(Pointer.of("signOffs", i, "date"), "Sign-off on behalf of "
                                + PlanBodies.describe(s) + " is dated " + PlanDates.format(s.date())
                                + ", after the plan was agreed at the Health and Wellbeing Board on "
                                + PlanDates.format(agreed));
                    }
                }
            });

    private PlanSignOffRules() {
    }

    /** @return this section's rules, in catalogue order */
    static List<Rule<Plan>> all() {
        return List.of(CCG_SIGN_OFF, SIGN_OFF_UNKNOWN_CCG, COUNCIL_SIGN_OFF, BOARD_SIGN_OFF, SIGN_OFF_COMPLETE,
                PARTNER_SIGN_OFF_DATES);
    }

    private static boolean signedFor(List<SignOff> signOffs, BodyType type, String body) {
        return signOffs.stream().anyMatch(s -> s.bodyType() == type && PlanBodies.same(s.body(), body));
    }
}
