package dev.bcfkit.testkit.seeds;

import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.HealthAndWellbeingBoard;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.metrics.AgeBand;
import dev.bcfkit.core.metrics.Population;
import dev.bcfkit.core.returns.BudgetArrangements;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.ReturnCover;
import java.util.List;

/**
 * Southend-on-Sea Health and Wellbeing Board's four 2016/17 quarterly returns, transcribed
 * field by field from the Southend HWB pack of 21 June 2017 ({@code [002:854-2613]}): cover,
 * s.75 budget arrangements, the twelve national-condition rows, income and expenditure, the six
 * metric blocks, year-end feedback (Q4), additional measures and the narrative. Every figure
 * and string cites its seed line in the source; the tests check the cited lines.
 *
 * <p>How the text was read (the seed is a text rendering of an Excel template, so cells are
 * split over lines and some are garbled):
 * <ul>
 * <li>Text is kept as typed, typos and OCR noise included ("nick faint", "exclate",
 *     "idata sharind", "tinance", "Domicili Care"). A cell wrapped over several rendered lines
 *     is joined with one space per line break.</li>
 * <li>Where the renderer split a commentary into two side-by-side columns and lost part of it
 *     (DTOC in Q3 and Q4, the local metric in Q4), the rendered fragments are kept in their
 *     rendered order with the tab between them, exactly as on the seed line; nothing is
 *     guessed.</li>
 * <li>A blank cell is null. A cell the pack does not render at all is null too, and says so in
 *     a comment: the model cannot tell "left blank" from "not legible".</li>
 * <li>"Yes" garbled by OCR ("163", "105", "Voc", "ies", ...) is read as Yes where a clean
 *     rendering of the same cell says Yes; each such reading cites both lines.</li>
 * <li>Reablement in Q1-Q3: the data pages do not render the reablement block, but the
 *     question-completion checklists list it as answered ({@code [002:801-802]},
 *     {@code [002:1369-1370]}) and the "Supporting Metrics 13" count includes it
 *     ({@code [002:874]}, {@code [002:1438]}, {@code [002:1816]}). So the block is kept, in
 *     template order, with every cell null: its values are unknown, not blank. A completeness
 *     rule will flag these cells on the Q1-Q3 fixtures; that reflects the rendering, not
 *     Southend's return.</li>
 * </ul>
 */
public final class SouthendReturns {
    /**
     * "Health and Well Being Board Southend-on-Sea" ({@code [002:858]}, {@code [002:1424]},
     * {@code [002:1800]}, {@code [002:2195]}).
     */
    static final HealthAndWellbeingBoard BOARD = HealthAndWellbeingBoard.named("Southend-on-Sea");
    /** The returns' financial year, "Q1 2016/17" ... "Q4 2016/17" ({@code [002:856]}, {@code [002:2193]}). */
    static final FinancialYear YEAR = FinancialYear.of(2016);

    private static final QuarterlyReturn Q1 = build(Quarter.Q1);
    private static final QuarterlyReturn Q2 = build(Quarter.Q2);
    private static final QuarterlyReturn Q3 = build(Quarter.Q3);
    private static final QuarterlyReturn Q4 = build(Quarter.Q4);

    private SouthendReturns() {
    }

    /**
     * The Q1 2016/17 return ({@code [002:854-1171]}).
     *
     * @return the return as submitted
     */
    public static QuarterlyReturn q1() {
        return Q1;
    }

    /**
     * The Q2 2016/17 return ({@code [002:1420-1792]}).
     *
     * @return the return as submitted
     */
    public static QuarterlyReturn q2() {
        return Q2;
    }

    /**
     * The Q3 2016/17 return ({@code [002:1796-2187]}).
     *
     * @return the return as submitted
     */
    public static QuarterlyReturn q3() {
        return Q3;
    }

    /**
     * The Q4 2016/17 return ({@code [002:2191-2613]}), the only one with year-end feedback.
     *
     * @return the return as submitted
     */
    public static QuarterlyReturn q4() {
        return Q4;
    }

    /**
     * The four returns in quarter order.
     *
     * @return Q1, Q2, Q3 and Q4 2016/17, unmodifiable
     */
    public static List<QuarterlyReturn> all() {
        return List.of(Q1, Q2, Q3, Q4);
    }

    /**
     * The population behind the Q1-Q3 personal health budget rate: "Population (Mid 2016)
     * 180,589" ({@code [002:1140]}), from "Subnational Population Projections, Interim
     * 2014-based (published May 2016)" ({@code [002:1153]}).
     *
     * @return all ages, calendar year 2016, 180,589
     */
    public static Population phbPopulation2016() {
        return new Population(AgeBand.ALL_AGES, 2016, 180_589, "ONS SNPP Interim 2014-based, mid 2016");
    }

    /**
     * The population behind the Q4 personal health budget rate: "Population (Mid 2017)
     * 182,046" ({@code [002:2568]}), "updated to the mid-year 2017 estimates as we moved into
     * the new calendar year" ({@code [002:2581]}).
     *
     * @return all ages, calendar year 2017, 182,046
     */
    public static Population phbPopulation2017() {
        return new Population(AgeBand.ALL_AGES, 2017, 182_046, "ONS SNPP Interim 2014-based, mid 2017");
    }

    private static QuarterlyReturn build(Quarter quarter) {
        return new QuarterlyReturn(
                ReportingPeriod.of(YEAR, quarter),
                cover(quarter),
                budgetArrangements(quarter),
                SouthendConditions.forQuarter(quarter),
                SouthendFinances.forQuarter(quarter),
                SouthendMetrics.forQuarter(quarter),
                quarter == Quarter.Q4 ? SouthendYearEndFeedback.q4() : null,
                SouthendAdditionalMeasures.forQuarter(quarter),
                null, // the High Impact Change Model is a 2017-19 section
                SouthendNarratives.forQuarter(quarter),
                null); // the additional iBCF section is 2018/19
    }

    private static ReturnCover cover(Quarter quarter) {
        return switch (quarter) {
            // "completed by: nick faint" in lower case as typed [002:861]; e-mail [002:862];
            // contact number [002:863]; "Clr Lesley Salter, Chair HWB" [002:864].
            case Q1 -> new ReturnCover(BOARD, "nick faint", "nickfaint@southend.gov.uk", "01702 212 113",
                    "Clr Lesley Salter, Chair HWB");
            // [002:1426-1428]; signed off "Chair of HWB" [002:1429] (the "ω" ends the label, OCR noise).
            case Q2 -> new ReturnCover(BOARD, "Nick Faint", "nickfaint@southend.gov.uk", "01702 212 113",
                    "Chair of HWB");
            // The Q3 cover lost its labels; the values are in template order: [002:1803]; e-mail
            // [002:1805] ([002:1804] "nightsint@coutboard.cou.uk" is an OCR ghost of the same cell);
            // [002:1806]; [002:1807].
            case Q3 -> new ReturnCover(BOARD, "Nick Faint", "nickfaint@southend.gov.uk", "01702 212 113",
                    "Cllr Lesley Salter");
            // [002:2197]; e-mail [002:2199] ([002:2198] is an OCR ghost); [002:2200]; [002:2202].
            case Q4 -> new ReturnCover(BOARD, "Nick Faint", "nickfaint@southend.gov.uk", "01702 212 113",
                    "Cllr Lesley Salter");
        };
    }

    private static BudgetArrangements budgetArrangements(Quarter quarter) {
        return switch (quarter) {
            // "Have the funds been pooled via a s.75 pooled budget? Yes" [002:881]; the date
            // question is blank [002:882]. Q1 has no "confirm that they have now?" question.
            case Q1 -> new BudgetArrangements(YesNo.YES, null, null, null);
            // Pre-populated Yes [002:1445], [002:1453]; the confirmation [002:1446-1447] and the
            // date [002:1448-1449] are blank.
            case Q2 -> new BudgetArrangements(YesNo.YES, null, null, null);
            // Yes [002:1823]; confirmation [002:1824] and date [002:1825] blank.
            case Q3 -> new BudgetArrangements(YesNo.YES, null, null, null);
            // Yes [002:2219]; confirmation [002:2220-2221] and date [002:2222-2223] blank.
            case Q4 -> new BudgetArrangements(YesNo.YES, null, null, null);
        };
    }
}
