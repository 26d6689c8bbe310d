package dev.bcfkit.testkit.seeds;

import static dev.bcfkit.core.returns.CareSetting.COMMUNITY;
import static dev.bcfkit.core.returns.CareSetting.GP;
import static dev.bcfkit.core.returns.CareSetting.HOSPITAL;
import static dev.bcfkit.core.returns.CareSetting.MENTAL_HEALTH;
import static dev.bcfkit.core.returns.CareSetting.SOCIAL_CARE;
import static dev.bcfkit.core.returns.CareSetting.SPECIALISED_PALLIATIVE;

import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.returns.AdditionalMeasures;
import dev.bcfkit.core.returns.AdditionalMeasures.IntegratedCareTeams;
import dev.bcfkit.core.returns.AdditionalMeasures.OpenApiProgress;
import dev.bcfkit.core.returns.AdditionalMeasures.PersonalHealthBudgets;
import dev.bcfkit.core.returns.CareSetting;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * Southend's 2016/17 "Additional Measures" tab in each quarter ({@code [002:1084-1153]},
 * {@code [002:1693-1762]}, {@code [002:2084-2155]}, {@code [002:2516-2581]}). Measures 1-3 (NHS
 * Number, Open APIs, digital care record pilot) are the same in every quarter; measure 4
 * (personal health budgets) changes only its displayed rate and population; measure 5
 * (integrated care teams) regresses in Q4 for the acute setting.
 */
final class SouthendAdditionalMeasures {
    /** The "Shared via Open API" answer of the data-sharing matrix ([002:1107]). */
    static final String SHARED = "Shared via Open API";
    /** "Not currently shared digitally", wrapped over two rendered lines ([002:1106-1107]). */
    static final String NOT_SHARED = "Not currently shared digitally";
    /** "Yes - in some parts of Health and Wellbeing Board area", wrapped over three lines ([002:1144-1146]). */
    static final String IN_SOME_PARTS = "Yes - in some parts of Health and Wellbeing Board area";
    /** "Yes - throughout the Health and Wellbeing Board area", wrapped over three lines ([002:1147-1149]). */
    static final String THROUGHOUT = "Yes - throughout the Health and Wellbeing Board area";

    private SouthendAdditionalMeasures() {
    }

    static AdditionalMeasures forQuarter(Quarter quarter) {
        return new AdditionalMeasures(
                nhsNumberOnCorrespondence(),
                nhsNumberRetrieval(),
                dataSharing(),
                openApiProgress(),
                // "Pilot being scoped" [002:1128], [002:1737], [002:2128], [002:2558].
                "Pilot being scoped",
                personalHealthBudgets(quarter),
                integratedCareTeams(quarter));
    }

    /**
     * Measure 1, row 1: Yes for GP, Hospital, Social Care and Community, No for Mental health
     * and Specialised palliative ([002:1097], [002:1706], [002:2097], [002:2527]).
     */
    private static Map<CareSetting, YesNo> nhsNumberOnCorrespondence() {
        Map<CareSetting, YesNo> m = new EnumMap<>(CareSetting.class);
        m.put(GP, YesNo.YES);
        m.put(HOSPITAL, YesNo.YES);
        m.put(SOCIAL_CARE, YesNo.YES);
        m.put(COMMUNITY, YesNo.YES);
        m.put(MENTAL_HEALTH, YesNo.NO);
        m.put(SPECIALISED_PALLIATIVE, YesNo.NO);
        return m;
    }

    /** Measure 1, row 2: Yes in all six settings ([002:1099], [002:1708], [002:2100], [002:2529]). */
    private static Map<CareSetting, YesNo> nhsNumberRetrieval() {
        Map<CareSetting, YesNo> m = new EnumMap<>(CareSetting.class);
        for (CareSetting s : CareSetting.values()) {
            m.put(s, YesNo.YES);
        }
        return m;
    }

    /**
     * Measure 2, the From x To matrix ([002:1105-1117], [002:1714-1726], [002:2106-2118],
     * [002:2535-2547]). GP, Hospital, Community and Mental Health share via Open API with each
     * other and not with Social Care or Specialised palliative; Social Care and Specialised
     * palliative share only with themselves. Each "Not currently shared digitally" cell renders
     * as "Not currently shared" on one line and "digitally" on the next; for the last row the
     * first line shows only one of the five ([002:1116-1117]) while the second shows all five.
     */
    private static Map<CareSetting, Map<CareSetting, String>> dataSharing() {
        Map<CareSetting, Map<CareSetting, String>> m = new EnumMap<>(CareSetting.class);
        m.put(GP, sharingRow(SHARED, SHARED, NOT_SHARED, SHARED, SHARED, NOT_SHARED)); // [002:1106-1107]
        m.put(HOSPITAL, sharingRow(SHARED, SHARED, NOT_SHARED, SHARED, SHARED, NOT_SHARED)); // [002:1108-1109]
        m.put(SOCIAL_CARE, sharingRow(NOT_SHARED, NOT_SHARED, SHARED, NOT_SHARED, NOT_SHARED, NOT_SHARED)); // [002:1110-1111]
        m.put(COMMUNITY, sharingRow(SHARED, SHARED, NOT_SHARED, SHARED, SHARED, NOT_SHARED)); // [002:1112-1113]
        m.put(MENTAL_HEALTH, sharingRow(SHARED, SHARED, NOT_SHARED, SHARED, SHARED, NOT_SHARED)); // [002:1114-1115]
        m.put(SPECIALISED_PALLIATIVE,
                sharingRow(NOT_SHARED, NOT_SHARED, NOT_SHARED, NOT_SHARED, NOT_SHARED, SHARED)); // [002:1116-1117]
        return m;
    }

    private static Map<CareSetting, String> sharingRow(String... toEachSetting) {
        Map<CareSetting, String> row = new EnumMap<>(CareSetting.class);
        for (CareSetting to : CareSetting.values()) {
            row.put(to, toEachSetting[to.ordinal()]);
        }
        return row;
    }

    /**
     * Measure 2, progress towards Open APIs: "Progress status" renders "In development" under GP
     * only; the other five status cells are blank in the text (perhaps merged in the
     * spreadsheet, but the seed does not say), so they are null. "Projected 'go-live' date
     * (dd/mm/yy)" is 31/03/17 in all six ([002:1122-1123], [002:1731-1732], [002:2123-2124],
     * [002:2552-2553]).
     */
    private static Map<CareSetting, OpenApiProgress> openApiProgress() {
        Map<CareSetting, OpenApiProgress> m = new EnumMap<>(CareSetting.class);
        for (CareSetting s : CareSetting.values()) {
            m.put(s, new OpenApiProgress(s == GP ? "In development" : null, "31/03/17"));
        }
        return m;
    }

    /**
     * Measure 4: 24 PHBs in place, 7 new, 17 stopped, 94% in NHS Continuing Healthcare in every
     * quarter. The calculated rate shows as 13 (Q1), 13.3 (Q2, Q3) and 13 (Q4); the population
     * is "Mid 2016" 180,589 in Q1-Q3 and "Mid 2017" 182,046 in Q4.
     */
    private static PersonalHealthBudgets personalHealthBudgets(Quarter quarter) {
        return switch (quarter) {
            // [002:1134] 24; [002:1135] rate 13; [002:1136] 7; [002:1137] 17; [002:1139] 94%;
            // [002:1140] "Population (Mid 2016) 180,589".
            case Q1 -> new PersonalHealthBudgets(24L, 7L, 17L, new BigDecimal("94"), new BigDecimal("13"),
                    180_589L, "Mid 2016");
            // [002:1743] 24; [002:1744] 13.3; [002:1745] 7; [002:1746] 17; [002:1748] 94%; [002:1749].
            case Q2 -> new PersonalHealthBudgets(24L, 7L, 17L, new BigDecimal("94"), new BigDecimal("13.3"),
                    180_589L, "Mid 2016");
            // [002:2135] 24; [002:2136] 13.3; the next three render without labels, in template order:
            // [002:2138] 7, [002:2139] 17, [002:2140] 94%; [002:2142] "Population (Mid 2016) 180,589".
            case Q3 -> new PersonalHealthBudgets(24L, 7L, 17L, new BigDecimal("94"), new BigDecimal("13.3"),
                    180_589L, "Mid 2016");
            // [002:2562] 24; [002:2563] 13; [002:2564] 7; [002:2565] 17; [002:2567] 94%;
            // [002:2568] "Population (Mid 2017) 182,046".
            case Q4 -> new PersonalHealthBudgets(24L, 7L, 17L, new BigDecimal("94"), new BigDecimal("13"),
                    182_046L, "Mid 2017");
        };
    }

    /** Measure 5: non-acute then acute. */
    private static IntegratedCareTeams integratedCareTeams(Quarter quarter) {
        return switch (quarter) {
            case Q1 -> new IntegratedCareTeams(IN_SOME_PARTS, THROUGHOUT); // [002:1144-1146], [002:1147-1149]
            case Q2 -> new IntegratedCareTeams(IN_SOME_PARTS, THROUGHOUT); // [002:1753-1755], [002:1756-1758]
            case Q3 -> new IntegratedCareTeams(IN_SOME_PARTS, THROUGHOUT); // [002:2146-2148], [002:2149-2151]
            // The acute answer regresses to "in some parts" in Q4: [002:2572-2574], [002:2575-2577].
            case Q4 -> new IntegratedCareTeams(IN_SOME_PARTS, IN_SOME_PARTS);
        };
    }
}
