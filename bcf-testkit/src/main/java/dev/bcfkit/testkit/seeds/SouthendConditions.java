package dev.bcfkit.testkit.seeds;

import static dev.bcfkit.core.returns.ConditionAnswer.YES;

import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.NationalCondition;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Southend's answers to the twelve 2016/17 national-condition rows, per quarter
 * ({@code [002:895-913]}, {@code [002:1465-1491]}, {@code [002:1841-1867]},
 * {@code [002:2242-2275]}). Every answer is Yes; no row has an expected date or an
 * explanation (those cells are blank in every quarter, and Q4 has no date column,
 * {@code [002:2242]}). From Q2 each row carries the earlier quarters' "Submission Response"
 * columns.
 */
final class SouthendConditions {
    private SouthendConditions() {
    }

    static List<ConditionResponse> forQuarter(Quarter quarter) {
        return switch (quarter) {
            case Q1 -> q1();
            case Q2 -> q2();
            case Q3 -> q3();
            case Q4 -> q4();
        };
    }

    /** Q1: "Please Select ('Yes', 'No' or 'No - In Progress')" ({@code [002:895]}). */
    private static List<ConditionResponse> q1() {
        return List.of(
                row(NationalCondition.NC2016_1, YES), // [002:896]
                row(NationalCondition.NC2016_2, YES), // [002:897]
                row(NationalCondition.NC2016_3I, YES), // [002:899]
                row(NationalCondition.NC2016_3II, YES), // [002:902] ("can be taked Standard 9)?" [002:904])
                row(NationalCondition.NC2016_4I, YES), // [002:906]
                row(NationalCondition.NC2016_4II, YES), // [002:907]
                row(NationalCondition.NC2016_4III, YES), // [002:908]
                row(NationalCondition.NC2016_4IV, YES), // [002:909]
                row(NationalCondition.NC2016_5, YES), // [002:910]
                row(NationalCondition.NC2016_6, YES), // [002:911]
                // Q1 wording "Agreement to invest in NHS commissioned out of hospital services, which may
                // include a wide range of services including social care" (the "7)" is lost) [002:912].
                row(NationalCondition.NC2016_7, YES),
                row(NationalCondition.NC2016_8, YES)); // [002:913]
    }

    /**
     * Q2: columns "Q1 Submission Response", then "Please Select" ({@code [002:1469-1470]}). Rows 1,
     * 2 and 3i render twice, once with only the current answer and once with only the Q1 answer
     * beside a stray "5" in the current column; both renderings read Yes.
     */
    private static List<ConditionResponse> q2() {
        return List.of(
                row(NationalCondition.NC2016_1, YES, YES), // [002:1471] current Yes; [002:1472] Q1 Yes ("5" is OCR noise)
                row(NationalCondition.NC2016_2, YES, YES), // [002:1473] current Yes; [002:1474] Q1 Yes ("5" is OCR noise)
                row(NationalCondition.NC2016_3I, YES, YES), // [002:1476] current Yes; [002:1478] Q1 Yes ("5" is OCR noise)
                row(NationalCondition.NC2016_3II, YES, YES), // [002:1479] Q1 Yes, current Yes; [002:1482] repeats Yes
                row(NationalCondition.NC2016_4I, YES, YES), // [002:1484]
                row(NationalCondition.NC2016_4II, YES, YES), // [002:1485]
                row(NationalCondition.NC2016_4III, YES, YES), // [002:1486]
                row(NationalCondition.NC2016_4IV, YES, YES), // [002:1487]
                row(NationalCondition.NC2016_5, YES, YES), // [002:1488]
                row(NationalCondition.NC2016_6, YES, YES), // [002:1489]
                row(NationalCondition.NC2016_7, YES, YES), // [002:1490]
                row(NationalCondition.NC2016_8, YES, YES)); // [002:1491]
    }

    /**
     * Q3: columns "Q1 Submission Response", "Q2 Submission Response", "Please Select"
     * ({@code [002:1845-1846]}). The "No." at {@code [002:1848]} sits on an OCR ghost of the
     * header ("(1) Discussion in the initial second of"), not on a condition row.
     */
    private static List<ConditionResponse> q3() {
        return List.of(
                row(NationalCondition.NC2016_1, YES, YES, YES), // [002:1849]
                row(NationalCondition.NC2016_2, YES, YES, YES), // [002:1850]
                row(NationalCondition.NC2016_3I, YES, YES, YES), // [002:1853]
                row(NationalCondition.NC2016_3II, YES, YES, YES), // [002:1858]
                row(NationalCondition.NC2016_4I, YES, YES, YES), // [002:1860]
                row(NationalCondition.NC2016_4II, YES, YES, YES), // [002:1861]
                row(NationalCondition.NC2016_4III, YES, YES, YES), // [002:1862]
                row(NationalCondition.NC2016_4IV, YES, YES, YES), // [002:1863]
                row(NationalCondition.NC2016_5, YES, YES, YES), // [002:1864]
                row(NationalCondition.NC2016_6, YES, YES, YES), // [002:1865]
                row(NationalCondition.NC2016_7, YES, YES, YES), // [002:1866]
                row(NationalCondition.NC2016_8, YES, YES, YES)); // [002:1867]
    }

    /**
     * Q4: columns "Q1 Submission Response", "Q2 Submission Response", "Q3 Submission Response",
     * "Please Select (Yes or No)"; no date column ({@code [002:2242]}). Several rows render twice,
     * once clean and once garbled; the clean rendering is cited and the garbled one noted.
     */
    private static List<ConditionResponse> q4() {
        return List.of(
                // [002:2244] Yes x4; [002:2245] renders the same four cells as "163".
                row(NationalCondition.NC2016_1, YES, YES, YES, YES),
                // [002:2246] Yes x4; [002:2247] renders them as "105 100 100" and drops the fourth.
                row(NationalCondition.NC2016_2, YES, YES, YES, YES),
                row(NationalCondition.NC2016_3I, YES, YES, YES, YES), // [002:2250]
                row(NationalCondition.NC2016_3II, YES, YES, YES, YES), // [002:2253]
                row(NationalCondition.NC2016_4I, YES, YES, YES, YES), // [002:2256]
                row(NationalCondition.NC2016_4II, YES, YES, YES, YES), // [002:2259-2260]
                row(NationalCondition.NC2016_4III, YES, YES, YES, YES), // [002:2261]
                row(NationalCondition.NC2016_4IV, YES, YES, YES, YES), // [002:2263]
                row(NationalCondition.NC2016_5, YES, YES, YES, YES), // [002:2266]
                // [002:2269] Yes x4; the "¥ ... No." at [002:2268] is a garbled ghost of the same
                // cells (a "No" would need an explanation, and that cell is blank).
                row(NationalCondition.NC2016_6, YES, YES, YES, YES),
                // [002:2272] "Yes ies Yes Yes" ("ies" is Yes); [002:2271] ghost "Voc Yes Voc Voc".
                row(NationalCondition.NC2016_7, YES, YES, YES, YES),
                // [002:2274] Yes x4; [002:2275] ghost "103 103 103 105".
                row(NationalCondition.NC2016_8, YES, YES, YES, YES));
    }

    /**
     * A row with its answer and the earlier quarters' responses.
     *
     * @param condition the row
     * @param answers the Q1 ... Qn-1 submission responses, then this quarter's answer
     */
    private static ConditionResponse row(NationalCondition condition, ConditionAnswer... answers) {
        SortedMap<Quarter, ConditionAnswer> previous = new TreeMap<>();
        for (int i = 0; i < answers.length - 1; i++) {
            previous.put(Quarter.of(i + 1), answers[i]);
        }
        return new ConditionResponse(condition, answers[answers.length - 1], null, null, previous);
    }
}
