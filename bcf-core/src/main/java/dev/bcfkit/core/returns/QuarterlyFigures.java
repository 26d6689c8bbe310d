package dev.bcfkit.core.returns;

import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of an income or expenditure grid: the four quarters and the annual total as the
 * return states it ({@code [002:1615]}: "Q1 2016/17 · Q2 2016/17 · Q3 2016/17 · Q4 2016/17 ·
 * Annual Total"). Any cell may be blank (null). The stated annual total is kept as entered, so
 * that a total that does not add up can be reported rather than silently recomputed.
 *
 * @param q1 April-June, or null
 * @param q2 July-September, or null
 * @param q3 October-December, or null
 * @param q4 January-March, or null
 * @param annualTotal the annual total as stated, or null
 */
public record QuarterlyFigures(Money q1, Money q2, Money q3, Money q4, Money annualTotal) {

    /** A row with every cell blank. */
    public static final QuarterlyFigures BLANK = new QuarterlyFigures(null, null, null, null, null);

    /**
     * @param quarter a quarter
     * @return that quarter's figure, or null if blank
     */
    public Money get(Quarter quarter) {
        return switch (quarter) {
            case Q1 -> q1;
            case Q2 -> q2;
            case Q3 -> q3;
            case Q4 -> q4;
        };
    }

    /**
     * @param quarter a quarter
     * @param value the new figure, or null for blank
     * @return this row with that quarter replaced
     */
    public QuarterlyFigures with(Quarter quarter, Money value) {
        return switch (quarter) {
            case Q1 -> new QuarterlyFigures(value, q2, q3, q4, annualTotal);
            case Q2 -> new QuarterlyFigures(q1, value, q3, q4, annualTotal);
            case Q3 -> new QuarterlyFigures(q1, q2, value, q4, annualTotal);
            case Q4 -> new QuarterlyFigures(q1, q2, q3, value, annualTotal);
        };
    }

    /**
     * @param total the new stated annual total, or null
     * @return this row with that annual total
     */
    public QuarterlyFigures withAnnualTotal(Money total) {
        return new QuarterlyFigures(q1, q2, q3, q4, total);
    }

    /** @return the four quarter cells in order, nulls included */
    public List<Money> quarters() {
        List<Money> l = new ArrayList<>(4);
        l.add(q1);
        l.add(q2);
        l.add(q3);
        l.add(q4);
        return Collections.unmodifiableList(l);
    }

    /** @return whether all four quarter cells are filled in */
    public boolean hasAllQuarters() {
        return q1 != null && q2 != null && q3 != null && q4 != null;
    }
}
