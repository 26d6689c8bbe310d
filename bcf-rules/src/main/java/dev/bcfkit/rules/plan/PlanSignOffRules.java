package dev.bcfkit.rules.plan;

import dev.bcfkit.core.ClinicalCommissioningGroup;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.LocalAuthority;
import dev.bcfkit.core.Text;
import dev.bcfkit.core.plan.BodyType;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.PlanDetails;
import dev.bcfkit.core.plan.SignOff;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.engine.NameIndex;
import dev.bcfkit.rules.engine.Pointer;
import dev.bcfkit.rules.engine.QuotedNames;
import dev.bcfkit.rules.engine.Work;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Rules on section 1 b "Authorisation and signoff" of the 2014 planning template
 * ({@code [003:25-64]}): a block for every CCG, the council and the Health and Wellbeing Board,
 * each with "By", "Position" and "Date" (the board's block has no position). "The plans should be
 * signed off by the Health and Wellbeing Board itself, and by the constituent councils and
 * Clinical Commissioning Groups" ({@code [002:671]}).
 *
 * <p>The presence rules (CCG, council, board) ask only that a block exists for the body; a block
 * that exists but lacks its signatory, position or date is reported once, by
 * PLAN-SIGN-OFF-COMPLETE. All are WARNINGs: the papers say the plans "should" be signed off
 * ({@code [002:671]}, {@code [002:921]}), and a missing block or a blank field is an incomplete
 * plan, never an error by itself.
 */
final class PlanSignOffRules {

    /**
     * PLAN-CCG-SIGN-OFF: every CCG named in the plan has a sign-off block on its behalf. One person
     * may sign for several CCGs (Amanda Sullivan for Mansfield and Ashfield and for Newark and
     * Sherwood, {@code [003:33]}, {@code [003:38]}). A CCG with a blank name is not judged here
     * (PLAN-DETAILS-REQUIRED reports it).
     */
    static final Rule<Plan> CCG_SIGN_OFF = Rule.on(Plan.class, "PLAN-CCG-SIGN-OFF")
            .requirements("R06")
            .title("Every CCG named in the plan has signed it off")
            .severity(Severity.WARNING)
            .editions(Edition.PLAN_2014)
            .source("[003:16] Clinical Commissioning Groups against [003:27-55] \"Signed on behalf of the Clinical"
                    + " Commissioning Group\"; [002:671] \"The plans should be signed off ... by the constituent"
                    + " councils and Clinical Commissioning Groups\", [002:921]. A WARNING: \"should\", and a missing"
                    + " sign-off block is an incomplete plan")
            .check((plan, ctx, emit) -> {
                PlanDetails d = plan.details();
                if (d == null) {
                    return;
                }
                NameIndex signed = NameIndex.of(bodies(plan.signOffs(), BodyType.CCG), PlanBodies::key, Work.of(ctx));
                List<ClinicalCommissioningGroup> ccgs = d.ccgs();
                for (int i = 0; i < ccgs.size(); i++) {
                    String name = ccgs.get(i).name();
                    if (!Text.isBlank(name) && !signed.contains(name)) {
                        int at = i;
                        emit.reportLazily(() -> Pointer.of("details", "ccgs", at),
                                () -> "No sign-off recorded on behalf of the Clinical Commissioning Group '"
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
            .requirements("R06")
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
                List<String> names = d.ccgs().stream().map(ClinicalCommissioningGroup::name).toList();
                NameIndex named = NameIndex.of(names, PlanBodies::key, Work.of(ctx));
                String listed = QuotedNames.of(names);
                List<SignOff> signOffs = plan.signOffs();
                for (int i = 0; i < signOffs.size(); i++) {
                    SignOff s = signOffs.get(i);
                    if (s.bodyType() != BodyType.CCG || Text.isBlank(s.body())) {
                        continue;
                    }
                    if (!named.contains(s.body())) {
                        int at = i;
                        emit.reportLazily(() -> Pointer.of("signOffs", at, "body"), () -> "Sign-off on behalf of "
                                + PlanBodies.describe(s) + " does not match any CCG named in the plan (" + listed + ")");
                    }
                }
            });

    /**
     * PLAN-COUNCIL-SIGN-OFF: the council has signed off the plan. When the summary of plan names
     * the local authority, the council block must be on its behalf; otherwise any council block
     * will do.
     */
    static final Rule<Plan> COUNCIL_SIGN_OFF = Rule.on(Plan.class, "PLAN-COUNCIL-SIGN-OFF")
            .requirements("R06")
            .title("The council has signed off the plan")
            .severity(Severity.WARNING)
            .editions(Edition.PLAN_2014)
            .source("[003:57-60] \"Signed on behalf of the Council\" Nottinghamshire County Council; [002:671],"
                    + " [002:921] \"should be signed off ... by the constituent councils\". A WARNING: \"should\";"
                    + " [002:461] makes sign-off by the relevant local authority \"A requirement\" of the 2017-19"
                    + " funding, not of the 2014 plan; a missing block is an incomplete plan")
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
                                    : " (council sign-offs found for: "
                                            + QuotedNames.of(councils.stream().map(SignOff::body).toList()) + ")"));
                }
            });

    /**
     * PLAN-BOARD-SIGN-OFF: the Health and Wellbeing Board has signed off the plan, by its chair
     * ("By Chair of Health and Wellbeing Board", {@code [003:63]}): the board's block carries no
     * position because its signatory is the chair by definition. A board block without a
     * signatory or a date is reported by PLAN-SIGN-OFF-COMPLETE.
     */
    static final Rule<Plan> BOARD_SIGN_OFF = Rule.on(Plan.class, "PLAN-BOARD-SIGN-OFF")
            .requirements("R06")
            .title("The Chair of the Health and Wellbeing Board has signed off the plan")
            .severity(Severity.WARNING)
            .editions(Edition.PLAN_2014)
            .source("[003:62-64] \"Signed on behalf of the Health and Wellbeing Board\", \"By Chair of Health and"
                    + " Wellbeing Board\", Date; [002:671], [002:921] \"should be signed off by the Health and"
                    + " Wellbeing Board itself\". A WARNING: \"should\", and a missing block is an incomplete plan")
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
            .requirements("R07")
            .title("Every sign-off names who signed, their position and the date")
            .severity(Severity.WARNING)
            .editions(Edition.PLAN_2014)
            .source("[003:27-64] each block: Signed on behalf of, By, Position, Date; the Health and Wellbeing"
                    + " Board block has By (Chair) and Date only. A WARNING: a blank field is an incomplete plan,"
                    + " and sign-off itself rests on a \"should\" [002:671]")
            .check((plan, ctx, emit) -> {
                List<SignOff> signOffs = plan.signOffs();
                for (int i = 0; i < signOffs.size(); i++) {
                    SignOff s = signOffs.get(i);
                    int at = i;
                    Supplier<String> who = () -> "Sign-off " + (at + 1) + " on behalf of " + PlanBodies.describe(s);
                    if (s.bodyType() == null) {
                        emit.reportLazily(() -> Pointer.of("signOffs", at, "bodyType"),
                                () -> who.get() + " does not say what kind of body it is for");
                    }
                    if (Text.isBlank(s.body())) {
                        emit.reportLazily(() -> Pointer.of("signOffs", at, "body"),
                                () -> who.get() + " does not name the body");
                    }
                    if (Text.isBlank(s.signedBy())) {
                        emit.reportLazily(() -> Pointer.of("signOffs", at, "signedBy"),
                                () -> who.get() + " does not say by whom (By is blank)");
                    }
                    if (s.bodyType() != BodyType.HEALTH_AND_WELLBEING_BOARD && Text.isBlank(s.position())) {
                        emit.reportLazily(() -> Pointer.of("signOffs", at, "position"),
                                () -> who.get() + " has a blank Position");
                    }
                    if (s.date() == null) {
                        emit.reportLazily(() -> Pointer.of("signOffs", at, "date"), () -> who.get() + " has a blank Date");
                    }
                }
            });

    /**
     * PLAN-PARTNER-SIGN-OFF-DATES: the CCGs and the council sign before the board agrees the plan
     * (Nottinghamshire: all partners 21/03/2014, the board 02/04/2014, {@code [003:30-64]}).
     * Derived. Not judged when either date is blank.
     */
    static final Rule<Plan> PARTNER_SIGN_OFF_DATES = Rule.on(Plan.class, "PLAN-PARTNER-SIGN-OFF-DATES")
            .requirements("R07")
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
                        int at = i;
                        emit.reportLazily(() -> Pointer.of("signOffs", at, "date"), () -> "Sign-off on behalf of "
                                + PlanBodies.describe(s) + " is dated " + PlanDates.format(s.date())
                                + ", after the plan was agreed at the Health and Wellbeing Board on "
                                + PlanDates.format(agreed));
                    }
                }
            });

    /**
     * PLAN-SIGN-OFF-DUPLICATE: no body has two sign-off blocks. The template has one block per
     * body ({@code [003:27-64]}: one per CCG, one for the council, one for the board), so a
     * second block for the same body is a copy or a misspelling of another body's. Names are the
     * same when a person would read them as the same ({@link PlanBodies}): case, spacing, invisible
     * characters and the Unicode normalisation form do not count. Derived, hence a WARNING: the
     * papers do not say that a body signs once. A block without a body type or a body is not judged
     * (PLAN-SIGN-OFF-COMPLETE reports it).
     */
    static final Rule<Plan> SIGN_OFF_DUPLICATE = Rule.on(Plan.class, "PLAN-SIGN-OFF-DUPLICATE")
            .requirements("R06")
            .title("No body has two sign-off blocks")
            .severity(Severity.WARNING)
            .editions(Edition.PLAN_2014)
            .source("[003:27-64] one \"Signed on behalf of\" block per CCG, one for the Council and one for the Health"
                    + " and Wellbeing Board. Derived: that a body signs once is not stated; names that differ only in"
                    + " case, spacing, invisible characters or Unicode normalisation are read as one name")
            .derived()
            .check((plan, ctx, emit) -> {
                List<SignOff> signOffs = plan.signOffs();
                for (BodyType type : BodyType.values()) {
                    NameIndex first = NameIndex.of(bodies(signOffs, type), PlanBodies::key, Work.of(ctx));
                    for (int i = 0; i < signOffs.size(); i++) {
                        SignOff s = signOffs.get(i);
                        if (s.bodyType() != type) {
                            continue;
                        }
                        int earlier = first.firstOf(s.body());
                        if (earlier >= 0 && earlier != i) {
                            int at = i;
                            emit.reportLazily(() -> Pointer.of("signOffs", at, "body"), () -> "Sign-off "
                                    + (at + 1) + " on behalf of " + PlanBodies.describe(s) + " repeats sign-off "
                                    + (earlier + 1) + " on behalf of " + PlanBodies.describe(signOffs.get(earlier))
                                    + " at " + Pointer.of("signOffs", earlier)
                                    + " (names are compared as a person reads them)");
                        }
                    }
                }
            });

    private PlanSignOffRules() {
    }

    /**
     * @param signOffs the sign-offs
     * @param type a body type
     * @return each sign-off's body if it is of that type, else null, in order
     */
    private static List<String> bodies(List<SignOff> signOffs, BodyType type) {
        List<String> bodies = new ArrayList<>(signOffs.size());
        for (SignOff s : signOffs) {
            bodies.add(s.bodyType() == type ? s.body() : null);
        }
        return bodies;
    }

    /** @return this section's rules, in catalogue order */
    static List<Rule<Plan>> all() {
        return List.of(CCG_SIGN_OFF, SIGN_OFF_UNKNOWN_CCG, COUNCIL_SIGN_OFF, BOARD_SIGN_OFF, SIGN_OFF_COMPLETE,
                PARTNER_SIGN_OFF_DATES, SIGN_OFF_DUPLICATE);
    }

}
