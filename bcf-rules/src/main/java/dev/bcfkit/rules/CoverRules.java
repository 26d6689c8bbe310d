package dev.bcfkit.rules;

import dev.bcfkit.core.Text;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.ReturnCover;
import java.util.List;
import java.util.Locale;

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

    /** The sign-off is a name, not the placeholder "TBC". */
    static final Rule<QuarterlyReturn> SIGN_OFF_TBC = Rule.on(QuarterlyReturn.class, "COVER-SIGN-OFF-TBC")
            .title("The return is signed off by a named person, not \"TBC\"")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.ALL)
            .source("[000:190] \"Who signed off the report on behalf of the Health and Wellbeing Board: TBC\";"
                    + " [000:37] submitted \"pending HWB approval\"")
            .check((r, ctx, emit) -> {
                String signedOff = r.cover() == null ? null : r.cover().signedOffBy();
                if (isPlaceholder(signedOff)) {
                    emit.report(Pointer.of("cover", "signedOffBy"), "the return has not been signed off on behalf"
                            + " of the Health and Wellbeing Board yet (signed off by \"" + Text.abbreviate(signedOff)
                            + "\")");
                }
            });

    /**
     * @param signedOff the sign-off cell
     * @return whether it is "TBC" in any case, ignoring surrounding white space and a trailing full stop
     */
    static boolean isPlaceholder(String signedOff) {
        if (signedOff == null) {
            return false;
        }
        String s = signedOff.strip();
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s.toUpperCase(Locale.ROOT).equals("TBC");
    }

    private static void blank(Emitter emit, String value, String property, String what) {
        if (Text.isBlank(value)) {
            emit.report(Pointer.of("cover", property), what + " is not given on the cover");
        }
    }
}
