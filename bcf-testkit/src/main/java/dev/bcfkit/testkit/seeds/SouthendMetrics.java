package dev.bcfkit.testkit.seeds;

import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.metrics.MetricFigures;
import dev.bcfkit.core.metrics.MetricKind;
import dev.bcfkit.core.metrics.MetricUnit;
import dev.bcfkit.core.returns.MetricAssessment;
import dev.bcfkit.core.returns.MetricProgress;
import java.math.BigDecimal;
import java.util.List;

/**
 * Southend's "National and locally defined metrics" tab in each quarter ({@code [002:1050-1082]},
 * {@code [002:1661-1691]}, {@code [002:2048-2082]}, {@code [002:2423-2465]}): six blocks in
 * template order (non-elective admissions, delayed transfers of care, the local metric, the
 * patient-experience metric, residential admissions, reablement), each with its pre-populated
 * definition, the progress drop-down and "Commentary on progress". Commentary is verbatim; a
 * cell wrapped over several rendered lines is joined with one space per line break. Where the
 * commentary states a figure and its target, they are also given as {@link MetricFigures}
 * (percentages as printed, 91.7 not 0.917, in the unit {@link MetricUnit#PERCENT} the commentary
 * prints: "90% against a target of 91.7%"). The pack gives no numeric plan or actual for the
 * other metrics, so they have no figures.
 */
final class SouthendMetrics {
    // Pre-populated definitions, the same text in every quarter.
    /** [002:1056], [002:1665], [002:2054], [002:2426]. */
    static final String NEA_DEFINITION = "Reduction in non-elective admissions";
    /**
     * [002:1061], [002:1670]; Q3 renders it split "(a" / "ged 18+)" [002:2061] and Q4 split
     * "population" / "(aged 18+)" [002:2432]: the same characters, so the same text.
     */
    static final String DTOC_DEFINITION =
            "Delayed Transfers of Care (delayed days) from hospital per 100,000 population (aged 18+)";
    /** [002:1064-1065] wrapped, [002:1673] and [002:2064] on one line, [002:2435-2436] wrapped. */
    static final String LOCAL_DEFINITION = "People with a LTC feeling supported to manage their condition. "
            + "Numerator and Denominators are not available for Southend";
    /** [002:1072], [002:1680], [002:2070], [002:2444]. */
    static final String PATIENT_EXPERIENCE_DEFINITION = "Friends and Family Net promoter score - SUFHT In Patient wards";
    /** [002:1078], [002:1686], [002:2077], [002:2451]. */
    static final String RESIDENTIAL_DEFINITION =
            "Rate of permanent admissions to residential care per 100,000 population (65+)";
    /** Rendered in Q4 only [002:2456]. */
    static final String REABLEMENT_DEFINITION = "Proportion of older people (65 and over) who were still at home 91 "
            + "days after discharge from hospital into reablement / rehabilitation services";

    /** "a target of 91.7%" ([002:1076], [002:1684], [002:2075], [002:2449]). */
    private static final BigDecimal PATIENT_EXPERIENCE_TARGET = new BigDecimal("91.7");

    private SouthendMetrics() {
    }

    static List<MetricProgress> forQuarter(Quarter quarter) {
        return switch (quarter) {
            case Q1 -> q1();
            case Q2 -> q2();
            case Q3 -> q3();
            case Q4 -> q4();
        };
    }

    private static List<MetricProgress> q1() {
        return List.of(
                block(MetricKind.NON_ELECTIVE_ADMISSIONS, NEA_DEFINITION,
                        MetricAssessment.ON_TRACK_TO_MEET_TARGET, // [002:1058]
                        "Pressure within the hospital continues. Our plans to reduce non-elective admissions continue "
                                + "to gather momentum through the introduction of the Locality approach, Complex Care "
                                + "Co-ordination service, End of Life pathway redesign and our engagement with the Essex "
                                + "Success Regime.", // [002:1059]
                        null),
                // Drop-down value and commentary render on one line [002:1062]; the commentary ends
                // mid-sentence ("and that the") in the source, and "exclate" is as typed.
                block(MetricKind.DELAYED_TRANSFERS_OF_CARE, DTOC_DEFINITION,
                        MetricAssessment.ON_TRACK_TO_MEET_TARGET,
                        DTOC_START + "exclate." + DTOC_END, null),
                block(MetricKind.LOCAL, LOCAL_DEFINITION,
                        MetricAssessment.ON_TRACK_TO_MEET_TARGET, // [002:1066]
                        LOCAL_START + "through 2016 and into 2017." + LOCAL_END, // [002:1067-1070]
                        null),
                block(MetricKind.PATIENT_EXPERIENCE, PATIENT_EXPERIENCE_DEFINITION,
                        MetricAssessment.ON_TRACK_TO_MEET_TARGET, // [002:1075]
                        "Our current performance for Q1 16/17 is 91.2% against a target of 91.7%.", // [002:1076]
                        percent("91.2", "Q1 16/17")),
                block(MetricKind.RESIDENTIAL_ADMISSIONS, RESIDENTIAL_DEFINITION,
                        MetricAssessment.ON_TRACK_TO_MEET_TARGET, // [002:1079]
                        RESIDENTIAL_COMMENTARY, // [002:1080-1082]
                        null),
                reablementNotRendered());
    }

    private static List<MetricProgress> q2() {
        return List.of(
                block(MetricKind.NON_ELECTIVE_ADMISSIONS, NEA_DEFINITION,
                        MetricAssessment.NO_IMPROVEMENT_IN_PERFORMANCE, // [002:1666]
                        "Pressure within the hospital and the system continues. Our plans to reduce non-elective "
                                + "admissions continue to build through the introduction of the Locality approach, "
                                + "Complex Care Co-ordination service, End of Life pathway redesign and our engagement "
                                + "with the Essex Success Regime.", // [002:1667-1668]
                        null),
                // [002:1671]: as Q1, but typed "excalate".
                block(MetricKind.DELAYED_TRANSFERS_OF_CARE, DTOC_DEFINITION,
                        MetricAssessment.ON_TRACK_TO_MEET_TARGET,
                        DTOC_START + "excalate." + DTOC_END, null),
                block(MetricKind.LOCAL, LOCAL_DEFINITION,
                        MetricAssessment.ON_TRACK_TO_MEET_TARGET, // [002:1674]
                        LOCAL_START + "through 2016 and into 2017." + LOCAL_END, // [002:1675-1678]
                        null),
                // The Q2 return says "for Q1 16/17" [002:1684]; kept as typed, period included.
                block(MetricKind.PATIENT_EXPERIENCE, PATIENT_EXPERIENCE_DEFINITION,
                        MetricAssessment.ON_TRACK_TO_MEET_TARGET, // [002:1683]
                        "Our current performance for Q1 16/17 is 93% against a target of 91.7%.", // [002:1684]
                        percent("93", "Q1 16/17")),
                block(MetricKind.RESIDENTIAL_ADMISSIONS, RESIDENTIAL_DEFINITION,
                        MetricAssessment.ON_TRACK_TO_MEET_TARGET, // [002:1687]
                        RESIDENTIAL_COMMENTARY, // [002:1688-1691]
                        null),
                reablementNotRendered());
    }

    private static List<MetricProgress> q3() {
        return List.of(
                block(MetricKind.NON_ELECTIVE_ADMISSIONS, NEA_DEFINITION,
                        MetricAssessment.NO_IMPROVEMENT_IN_PERFORMANCE, // [002:2055]
                        NEA_DECLINING + "Q4 16/17.", // [002:2056-2059]
                        null),
                // [002:2062]: the renderer split the cell into two columns and lost pieces of both; the
                // fragments are kept exactly as rendered, the tab the renderer left between two of them
                // (debris, not text) becoming one space.
                block(MetricKind.DELAYED_TRANSFERS_OF_CARE, DTOC_DEFINITION,
                        MetricAssessment.ON_TRACK_TO_MEET_TARGET,
                        "We have a System agreed plan re DToC that will continue our historically strong p our system "
                                + "DToC rates. The delivery of the DToC plan is both monitored and man Operational "
                                + "management has an agreed process to escalate. The management te and social care "
                                + "continue to ensure operational resources are in place to deliver th aged at a "
                                + "System level. eams within both health",
                        null),
                block(MetricKind.LOCAL, LOCAL_DEFINITION,
                        MetricAssessment.ON_TRACK_TO_MEET_TARGET, // [002:2066]
                        LOCAL_START + "through 2017 and beyond." + LOCAL_END, // [002:2067-2068]
                        null),
                block(MetricKind.PATIENT_EXPERIENCE, PATIENT_EXPERIENCE_DEFINITION,
                        MetricAssessment.ON_TRACK_TO_MEET_TARGET, // [002:2074]
                        "Our performance for Q3 16/17 is 92.5% against a target of 91.7%.", // [002:2075]
                        percent("92.5", "Q3 16/17")),
                block(MetricKind.RESIDENTIAL_ADMISSIONS, RESIDENTIAL_DEFINITION,
                        MetricAssessment.ON_TRACK_TO_MEET_TARGET, // [002:2078]
                        RESIDENTIAL_COMMENTARY, // [002:2079-2082]
                        null),
                reablementNotRendered());
    }

    private static List<MetricProgress> q4() {
        return List.of(
                block(MetricKind.NON_ELECTIVE_ADMISSIONS, NEA_DEFINITION,
                        MetricAssessment.NO_IMPROVEMENT_IN_PERFORMANCE, // [002:2427]
                        NEA_DECLINING + "2017/18.", // [002:2428-2430]
                        null),
                // [002:2433]: split into two columns with pieces lost, kept exactly as rendered; the tab
                // left between two fragments (debris, not text) becomes one space.
                block(MetricKind.DELAYED_TRANSFERS_OF_CARE, DTOC_DEFINITION,
                        MetricAssessment.ON_TRACK_TO_MEET_TARGET,
                        "We have a System agreed plan re DToC that will continue our historically strong managing our "
                                + "system DToC rates. The delivery of the DToC plan is both monitor System level. "
                                + "Operational management has an agreed process to escalate. The r within both health "
                                + "and social care continue to ensure operational resources are ed and managed at a "
                                + "nanagement teams",
                        null),
                // [002:2439-2442]: each wrapped line is split into two columns inside a word ("ser" /
                // "vice", "ex" / "pect", "n" / "netric"); the tabs of the split are debris and are
                // dropped, the letters kept as rendered ("nnetric": Q1-Q3 read "metric", but no letter
                // is changed here).
                block(MetricKind.LOCAL, LOCAL_DEFINITION,
                        MetricAssessment.ON_TRACK_TO_MEET_TARGET, // [002:2438]
                        "Our BCF activity is focused on providing an integrated health and social care service for "
                                + "patients with complex care needs. We are planning the configuration of these services "
                                + "and expect for the work to have an impact on this performance metric through 2017 "
                                + "and beyond. Data for this nnetric for period July 16 - March 17 will not be "
                                + "available until Sep 17.",
                        null),
                block(MetricKind.PATIENT_EXPERIENCE, PATIENT_EXPERIENCE_DEFINITION,
                        MetricAssessment.ON_TRACK_TO_MEET_TARGET, // [002:2448]
                        "Our performance for Q4 16/17 is 90% against a target of 91.7%.", // [002:2449]
                        percent("90", "Q4 16/17")),
                block(MetricKind.RESIDENTIAL_ADMISSIONS, RESIDENTIAL_DEFINITION,
                        MetricAssessment.ON_TRACK_TO_MEET_TARGET, // [002:2452]
                        RESIDENTIAL_COMMENTARY, // [002:2453-2454]
                        null),
                // The block label is lost in the rendering; definition [002:2456], drop-down [002:2457],
                // commentary [002:2458-2459] as typed ("Domicili Care", "Additionally are"). Figures:
                // "circa 75% against a target of 86%" [002:2458].
                block(MetricKind.REABLEMENT, REABLEMENT_DEFINITION,
                        MetricAssessment.ON_TRACK_FOR_IMPROVED_PERFORMANCE,
                        "Our current performance is circa 75% against a target of 86%. The commissioning of a new "
                                + "Domicili Care contract is anticipated to have a positive impact on the reablement "
                                + "performance. Additionally are undertaking a review of the access pathway for "
                                + "reablement services.",
                        new MetricFigures(null, new BigDecimal("86"), MetricUnit.PERCENT, null, new BigDecimal("75"),
                                MetricUnit.PERCENT, null, null, null, null)));
    }

    /** The DTOC commentary of Q1 [002:1062] and Q2 [002:1671] up to the typo that differs. */
    private static final String DTOC_START = "We have a System agreed plan re DToC that will continue our historically "
            + "strong performance in managing our system DToC rates. The delivery of the DToC plan is both monitored "
            + "and managed at a System level. Operational management has an agreed process to ";
    /** The rest of it, cut off mid-sentence in the source. */
    private static final String DTOC_END = " The management teams within both health and social care continue to "
            + "ensure operational resources are in place to deliver the demanding agreed DToC rates and that the";
    /** The local-metric commentary of Q1-Q3 up to the period that differs. */
    private static final String LOCAL_START = "Our BCF activity is focused on providing an integrated health and social "
            + "care service for patients with complex care needs. We are planning the configuration of these services "
            + "and expect for the work to have an impact on this performance metric ";
    /** The rest of it. */
    private static final String LOCAL_END = " Data for this metric for period July 16 - March 17 will not be "
            + "available until Sep 17.";
    /** The Q3 and Q4 non-elective admissions commentary up to the period that differs. */
    private static final String NEA_DECLINING = "Pressure within the hospital and the system continues and whilst "
            + "non-elective admissions (inline with national trends) are higher than 15/16 the trend for 16/17 is "
            + "declining. This is an indication that our system based plans and commissioned activity are beginning "
            + "to have an impact and reduce non-elective admissions. We expect for the trend to continue into ";
    /** The residential admissions commentary, the same in every quarter, only wrapped differently. */
    private static final String RESIDENTIAL_COMMENTARY = "Southend is operating in the context of budget reductions "
            + "that are set to continue well into 2018. To address these reduced budgets and deliver a more "
            + "integrated service for our residents Southend on Sea Borough Council is in the process of transforming "
            + "Adult Social Care. We are, therefore, anticipating, that our residential care admissions will stay at "
            + "the same levels for 16/17 as they were for 15/16.";

    /**
     * The Q1-Q3 reablement block: listed as answered by the checklists ([002:801-802],
     * [002:1369-1370]) and counted in "Supporting Metrics 13" ([002:874], [002:1438], [002:1816]),
     * but not rendered on the data pages, so its cells are unknown and left null.
     */
    private static MetricProgress reablementNotRendered() {
        return new MetricProgress(MetricKind.REABLEMENT, null, null, null, null, null, null, null, null);
    }

    /** The patient-experience actual against the 91.7% target, both printed in per cent, and the period named. */
    private static MetricFigures percent(String actual, String period) {
        return new MetricFigures(null, PATIENT_EXPERIENCE_TARGET, MetricUnit.PERCENT, null, new BigDecimal(actual),
                MetricUnit.PERCENT, period, null, null, null);
    }

    private static MetricProgress block(MetricKind metric, String definition, MetricAssessment assessment,
            String commentary, MetricFigures figures) {
        // No patient-experience metric was specified afresh: that cell is blank in every quarter
        // ([002:1073-1074], [002:1681-1682], [002:2072-2073], [002:2446-2447]).
        return new MetricProgress(metric, definition, assessment, commentary, null, null, null, null, figures);
    }
}
