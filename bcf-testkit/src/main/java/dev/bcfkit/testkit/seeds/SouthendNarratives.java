package dev.bcfkit.testkit.seeds;

import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.returns.Narrative;

/**
 * Southend's 2016/17 narrative tab in each quarter ({@code [002:1155-1171]},
 * {@code [002:1764-1792]}, {@code [002:2157-2187]}, {@code [002:2583-2613]}). The cell's text
 * starts with the heading "Non Elective, residential admissions and DToC", which renders at the
 * end of the template's prompt line; the rendered paragraphs are separated by one empty line,
 * kept here as two line feeds ({@code "\n\n"}).
 *
 * <p>The "Remaining Characters" counters (31,872 / 31,872 / 31,593 / 31,605) fit these texts
 * exactly when the limit is 32,767 (Excel's longest cell), each line feed counts as one
 * character, and two more characters are counted than the rendering shows: 32,767 - length =
 * counter + 2 in all four quarters. The two characters are not in the seed, so they are not
 * added. Q1 and Q2 carry the same text (same counter); Q3 to Q4 differs by "continues to
 * deliver" to "have continued to deliver" (+5), "Essex Success Regime" to "STP" (-17) and
 * "transofrmational" to "transformational" (0): 12 characters shorter, and the counter rises by
 * 12.
 */
final class SouthendNarratives {
    /** The heading that opens every quarter's narrative ([002:1163], [002:1784], [002:2177], [002:2603]). */
    static final String HEADING = "Non Elective, residential admissions and DToC";
    /** A blank line between paragraphs. */
    static final String BREAK = "\n\n";

    private SouthendNarratives() {
    }

    static Narrative forQuarter(Quarter quarter) {
        return new Narrative(progress(quarter), null);
    }

    private static String progress(Quarter quarter) {
        return switch (quarter) {
            case Q1, Q2 -> HEADING
                    + BREAK + FIRST_YEAR // [002:1165], [002:1786]
                    + BREAK + GOVERNANCE // [002:1167], [002:1788]
                    + BREAK + FINANCE; // [002:1169-1171], [002:1790-1792]
            case Q3 -> HEADING
                    // [002:2179], "fro 2017" and "transofrmational" as typed
                    + BREAK + "We are delighted that our BCF plan for 2016/17 continues to support and drive our "
                    + "activities to integrate health and social care. Our plans for 2016/17 continues to deliver. As "
                    + "we now enter the planning phase fro 2017 - 2019 our BCF plan will focus on further reductions in "
                    + "Non Elective admissions, maintaining the performance for residential care admissions achieved in "
                    + "the previous 2 years against a backdrop of transofrmational change and continuing to deliver "
                    + "strong DToC performance. To achieve these objectives our plans to transform existing services "
                    + "include implementing a Locality approach, commissioning a complex care co-ordination service and "
                    + "engagement with the Essex Success Regime."
                    + BREAK + OPTIONS_APPRAISAL // [002:2181]
                    + BREAK + GOVERNANCE // [002:2183]
                    + BREAK + FINANCE; // [002:2185-2187]
            case Q4 -> HEADING
                    // [002:2605]
                    + BREAK + "We are delighted that our BCF plan for 2016/17 continues to support and drive our "
                    + "activities to integrate health and social care. Our plans for 2016/17 have continued to deliver. "
                    + "As we now enter the planning phase fro 2017 - 2019 our BCF plan will focus on further reductions "
                    + "in Non Elective admissions, maintaining the performance for residential care admissions achieved "
                    + "in the previous 2 years against a backdrop of transformational change and continuing to deliver "
                    + "strong DToC performance. To achieve these objectives our plans to transform existing services "
                    + "include implementing a Locality approach, commissioning a complex care co-ordination service and "
                    + "engagement with the STP."
                    + BREAK + OPTIONS_APPRAISAL // [002:2607]
                    + BREAK + GOVERNANCE // [002:2609]
                    + BREAK + FINANCE; // [002:2611-2613]
        };
    }

    /** The Q1 and Q2 opening paragraph ([002:1165], [002:1786]), "transofrmational" as typed. */
    private static final String FIRST_YEAR = "We are delighted that our BCF plan for 2016/17 was approved by NHS England "
            + "at the end of June 2016. Our plans for 2015/16 were delivered and surpassed as previously submitted in our "
            + "quarterly returns. For 2016/17 our BCF plan will focus on further reductions in Non Elective admissions, "
            + "maintaining the performance for residential care admissions achieved in 15/16 against a backdrop of "
            + "transofrmational change and continuing to deliver strong DToC performance. To achieve these objectives "
            + "our plans to transform existing services include implementing a Locality approach, commissioning a "
            + "complex care co-ordination service and engagement with the Essex Success Regime.";
    /** Q3 and Q4 ([002:2181], [002:2607]). */
    private static final String OPTIONS_APPRAISAL = "Southend HWB have recently commissioned an options appraisal to "
            + "evaluate the 'what next' in terms of health and social care integration for Southend. This represents an "
            + "exciting challenge for our system and one that our system partners are embracing.";
    /** Every quarter ([002:1167], [002:1788], [002:2183], [002:2609]). */
    private static final String GOVERNANCE = "Our robust governance structure assures the system that plans are on "
            + "track and that all partners are engaged.";
    /** A sub-heading and its line, every quarter ([002:1169-1171], [002:1790-1792], [002:2185-2187], [002:2611-2613]). */
    private static final String FINANCE = "Income & Expenditure" + BREAK + "Income & Expenditure has remained on plan.";
}
