package dev.bcfkit.rules.returns;

import dev.bcfkit.core.Text;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.ReturnCover;
import dev.bcfkit.rules.Emitter;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.editions.ReturnEditions;
import dev.bcfkit.rules.engine.Pointer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The cover sheet: the five counted questions ({@code [002:870]} "1. Cover 5"; {@code [000:184-190]};
 * {@code [004:15-33]}) and the "TBC" sign-off placeholder that Nottinghamshire submitted "pending
 * HWB approval" ({@code [000:190]}, {@code [000:37]}).
 */
final class CoverRules {
    private CoverRules() {
    }

    /** @return the cover rules, in rulebook order */
    static List<Rule<QuarterlyReturn>> all() {
        return List.of(REQUIRED, SIGN_OFF_TBC);
    }

    /** The five cover questions are answered. */
    static final Rule<QuarterlyReturn> REQUIRED = Rule.on(QuarterlyReturn.class, "COVER-REQUIRED")
            .requirements("R68")
            .title("The cover's five questions are answered: board, completed by, e-mail, contact number,"
                    + " signed off by")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.ALL)
            .source("[002:867] \"when all questions have been answered ... you should send the template\";"
                    + " [002:870] \"1. Cover 5\"; [000:184-190]; [004:15-33]")
            .check((r, ctx, emit) -> {
                ReturnCover c = r.cover();
                if (c == null) {
                    emit.report(Pointer.of("cover"), "the cover sheet is missing");
                    return;
                }
                if (c.healthAndWellbeingBoard() == null) {
                    emit.report(Pointer.of("cover", "healthAndWellbeingBoard"),
                            "the Health and Wellbeing Board is not given");
                } else if (Text.isBlank(c.healthAndWellbeingBoard().name())) {
                    emit.report(Pointer.of("cover", "healthAndWellbeingBoard", "name"),
                            "the Health and Wellbeing Board's name is blank");
                }
                blank(emit, c.completedBy(), "completedBy", "who completed the return");
                blank(emit, c.email(), "email", "the e-mail address");
                blank(emit, c.contactNumber(), "contactNumber", "the contact number");
                blank(emit, c.signedOffBy(), "signedOffBy", "who signed the return off on behalf of the board");
            });

    /**
     * The sign-off is a name, not a placeholder: "TBC", "to be confirmed", or wording that says
     * the sign-off is still to come, such as "pending HWB approval", "subject to board approval"
     * or "awaiting sign-off". Nottinghamshire's return says "TBC" ({@code [000:190]}) because it
     * was submitted "pending HWB approval" ({@code [000:37]}): the two mean the same.
     */
    static final Rule<QuarterlyReturn> SIGN_OFF_TBC = Rule.on(QuarterlyReturn.class, "COVER-SIGN-OFF-TBC")
            .requirements("R69")
            .title("The return is signed off by a named person, not \"TBC\" or \"pending approval\"")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.ALL)
            .source("[000:190] \"Who signed off the report on behalf of the Health and Wellbeing Board: TBC\";"
                    + " [000:37] submitted \"pending HWB approval\": wording such as \"pending HWB approval\", \"subject"
                    + " to board approval\", \"awaiting sign-off\" or \"to be confirmed\" is as unsigned as \"TBC\"")
            .check((r, ctx, emit) -> {
                String signedOff = r.cover() == null ? null : r.cover().signedOffBy();
                if (isPlaceholder(signedOff)) {
                    emit.report(Pointer.of("cover", "signedOffBy"), "the return has not been signed off on behalf"
                            + " of the Health and Wellbeing Board yet (signed off by \"" + Text.abbreviate(signedOff)
                            + "\")");
                }
            });

    /** Words that say the sign-off is still to come, anywhere in the sign-off cell. */
    private static final Pattern PENDING = Pattern.compile("\\b(tbc|tba|to be (confirmed|agreed|signed)|pending|subject"
            + " to|awaiting|not (yet )?signed|unsigned|yet to be)\\b");

    /**
     * @param signedOff the sign-off cell
     * @return whether it says the return is not signed off yet: "TBC", "to be confirmed", or words
     *     such as "pending HWB approval", "subject to board approval" or "awaiting sign-off", in
     *     any case, alone or beside a name ("Cllr Smith (pending HWB approval)")
     */
    static boolean isPlaceholder(String signedOff) {
        return signedOff != null && PENDING.matcher(signedOff.toLowerCase(Locale.ROOT)).find();
    }

    private static void blank(Emitter emit, String value, String property, String what) {
        if (Text.isBlank(value)) {
            emit.report(Pointer.of("cover", property), what + " is not given on the cover");
        }
    }
}
