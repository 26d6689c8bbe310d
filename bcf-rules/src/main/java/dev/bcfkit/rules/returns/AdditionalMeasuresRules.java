package dev.bcfkit.rules.returns;

import dev.bcfkit.core.Text;
import dev.bcfkit.core.returns.AdditionalMeasures;
import dev.bcfkit.core.returns.CareSetting;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Emitter;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.editions.ReturnEditions;
import dev.bcfkit.rules.engine.Pointer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The 2016/17 Additional Measures' drop-downs ({@code [002:1092-1149]}): the projected Open API
 * go-live date, "dd/mm/yy" or "Live" ({@code [002:1123]}, {@code [002:1285]}), and the drop-down
 * answers measured against the values the papers print. The NHS Number rows are Yes/No in the
 * model itself ({@code [002:1097-1099]}).
 */
final class AdditionalMeasuresRules {
    /** "Live", which the guidance asks for once an Open API is installed ({@code [002:1285]}). */
    static final String LIVE = "Live";
    /** The Open API matrix values the papers print ({@code [002:1106-1117]}). */
    static final List<String> SHARING = List.of("Shared via Open API", "Not currently shared digitally");
    /** The progress status the papers print ({@code [002:1122]}). */
    static final List<String> PROGRESS_STATUS = List.of("In development");
    /** The Digital Integrated Care Record pilot answer the papers print ({@code [002:1128]}). */
    static final List<String> PILOT = List.of("Pilot being scoped");
    /** The integrated care team answers the papers print ({@code [002:1144-1149]}). */
    static final List<String> CARE_TEAMS = List.of("Yes - in some parts of Health and Wellbeing Board area",
            "Yes - throughout the Health and Wellbeing Board area");

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\d{2}/\\d{2}/\\d{2}");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\d{2}/\\d{2}");
    private static final DateTimeFormatter DD_MM_YY = DateTimeFormatter.ofPattern("dd/MM/uu")
            .withResolverStyle(ResolverStyle.STRICT);

    private AdditionalMeasuresRules() {
    }

    /** @return the rules, in rulebook order */
    static List<Rule<QuarterlyReturn>> all() {
        return List.of(GO_LIVE_DATE, ANSWER_PRINTED);
    }

    /**
     * AM-GO-LIVE-DATE: each setting's "Projected 'go-live' date" is a real date written dd/mm/yy
     * ({@code [002:1123]}: "31/03/17"), or "Live" where the Open API is already live
     * ({@code [002:1285]}). The question-completion sheets label the cell "(mm/yy)"
     * ({@code [002:826]}, {@code [002:1396]}), so mm/yy is accepted too. A WARNING: the papers
     * state the format as a label and a request, not a validation; a blank cell is not judged.
     */
    static final Rule<QuarterlyReturn> GO_LIVE_DATE = Rule.on(QuarterlyReturn.class, "AM-GO-LIVE-DATE")
            .title("Each projected Open API go-live date is dd/mm/yy or \"Live\"")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.Y2016)
            .source("[002:1123] \"Projected 'go-live' date (dd/mm/yy) 31/03/17\"; [002:1285] \"if an Open API is"
                    + " installed and live in a given setting, please state 'Live' in the 'Projected 'go-live' date"
                    + " field\"; [002:826] the checklist's \"(mm/yy)\". A WARNING: a label and a request")
            .requirements("R57")
            .check((r, ctx, emit) -> {
                AdditionalMeasures am = r.additionalMeasures();
                if (am == null) {
                    return;
                }
                for (Map.Entry<CareSetting, AdditionalMeasures.OpenApiProgress> e : am.openApiProgress().entrySet()) {
                    String date = e.getValue() == null ? null : e.getValue().projectedGoLive();
                    if (!Text.isBlank(date) && !goLive(date.strip())) {
                        emit.report(Pointer.of("additionalMeasures", "openApiProgress", e.getKey().label(),
                                "projectedGoLive"), "the projected go-live date for " + e.getKey().label() + " is \""
                                + Text.abbreviate(date) + "\"; expected a date written dd/mm/yy (such as \"31/03/17\")"
                                + " or \"Live\"");
                    }
                }
            });

    /**
     * AM-ANSWER-PRINTED: each Additional Measures drop-down answer is one the papers print: "Shared
     * via Open API" or "Not currently shared digitally" in the Open API matrix
     * ({@code [002:1106-1117]}), "In development" as progress status ({@code [002:1122]}), "Pilot
     * being scoped" for the Digital Integrated Care Record pilot ({@code [002:1128]}), and "Yes - in
     * some parts of" or "Yes - throughout the" Health and Wellbeing Board area for integrated care
     * teams ({@code [002:1144-1149]}). The papers print the answers Southend chose, not the
     * template's full lists (the matrix also speaks of "interim solutions", {@code [002:1103]}), so
     * another answer may well be allowed: information only, derived.
     */
    static final Rule<QuarterlyReturn> ANSWER_PRINTED = Rule.on(QuarterlyReturn.class, "AM-ANSWER-PRINTED")
            .title("Each Additional Measures drop-down answer is one the papers print")
            .severity(Severity.INFO)
            .editions(ReturnEditions.Y2016)
            .source("Derived: the papers print only the answers Southend chose. [002:1106-1117] \"Shared via Open"
                    + " API\", \"Not currently shared digitally\"; [002:1122] \"In development\"; [002:1128] \"Pilot"
                    + " being scoped\"; [002:1144-1149] \"Yes - in some parts of Health and Wellbeing Board area\","
                    + " \"Yes - throughout the Health and Wellbeing Board area\"")
            .derived()
            .requirements("R57")
            .check((r, ctx, emit) -> {
                AdditionalMeasures am = r.additionalMeasures();
                if (am == null) {
                    return;
                }
                for (Map.Entry<CareSetting, Map<CareSetting, String>> from : am.dataSharing().entrySet()) {
                    for (Map.Entry<CareSetting, String> to : from.getValue().entrySet()) {
                        printed(emit, to.getValue(), SHARING, Pointer.of("additionalMeasures", "dataSharing",
                                from.getKey().label(), to.getKey().label()), "sharing from " + from.getKey().label()
                                + " to " + to.getKey().label());
                    }
                }
                for (Map.Entry<CareSetting, AdditionalMeasures.OpenApiProgress> e : am.openApiProgress().entrySet()) {
                    printed(emit, e.getValue() == null ? null : e.getValue().status(), PROGRESS_STATUS,
                            Pointer.of("additionalMeasures", "openApiProgress", e.getKey().label(), "status"),
                            "the Open API progress status for " + e.getKey().label());
                }
                printed(emit, am.integratedCareRecordPilot(), PILOT,
                        Pointer.of("additionalMeasures", "integratedCareRecordPilot"),
                        "the Digital Integrated Care Record pilot answer");
                AdditionalMeasures.IntegratedCareTeams teams = am.integratedCareTeams();
                if (teams != null) {
                    printed(emit, teams.nonAcute(), CARE_TEAMS,
                            Pointer.of("additionalMeasures", "integratedCareTeams", "nonAcute"),
                            "the integrated care teams answer for the non-acute setting");
                    printed(emit, teams.acute(), CARE_TEAMS,
                            Pointer.of("additionalMeasures", "integratedCareTeams", "acute"),
                            "the integrated care teams answer for the acute setting");
                }
            });

    /**
     * @param text a projected go-live date as entered, stripped
     * @return whether it is "Live", a real dd/mm/yy date or a mm/yy month
     */
    static boolean goLive(String text) {
        if (text.equalsIgnoreCase(LIVE)) {
            return true;
        }
        if (MONTH_YEAR.matcher(text).matches()) {
            int month = Integer.parseInt(text.substring(0, 2));
            return month >= 1 && month <= 12;
        }
        if (!DAY_MONTH_YEAR.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text, DD_MM_YY);
            return true;
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }

    private static void printed(Emitter emit, String answer, List<String> printed, String at, String what) {
        if (Text.isBlank(answer) || printed.contains(answer.strip())) {
            return;
        }
        emit.report(at, what + " is \"" + Text.abbreviate(answer) + "\", not an answer the papers print ("
                + String.join(", ", printed.stream().map(p -> "\"" + p + "\"").toList()) + ")");
    }
}
