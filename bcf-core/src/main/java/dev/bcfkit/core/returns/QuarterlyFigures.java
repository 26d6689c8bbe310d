package dev.bcfkit.core.returns;

import org.jspecify.annotations.Nullable;
import dev.bcfkit.core.internal.Components;
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
public record QuarterlyFigures(@Nullable Money q1, @Nullable Money q2, @Nullable Money q3, @Nullable Money q4, @Nullable Money annualTotal) {

    /** A row with every cell blank. */
    public static final QuarterlyFigures BLANK = new QuarterlyFigures(null, null, null, null, null);

    /**
     * @param quarter a quarter
     * @return that quarter's figure, or null if blank
     */
    public @Nullable Money get(Quarter quarter) {
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
    public QuarterlyFigures with(Quarter quarter, @Nullable Money value) {
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
    public QuarterlyFigures withAnnualTotal(@Nullable Money total) {
        return new QuarterlyFigures(q1, q2, q3, q4, total);
    }

    /** @return the four quarter cells in order, nulls included */
    public List<@Nullable Money> quarters() {
        List<@Nullable Money> l = new ArrayList<>(4);
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

    /**
     * A builder with every component blank (collections empty); {@link Builder#build()} runs this
     * record's constructor, so it makes the same checks.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return a builder holding this record's components, to change some and build a copy
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link QuarterlyFigures} by named setters, one per component. */
    public static final class Builder {
        private @Nullable Money q1;
        private @Nullable Money q2;
        private @Nullable Money q3;
        private @Nullable Money q4;
        private @Nullable Money annualTotal;

        private Builder() {
        }

        private Builder(QuarterlyFigures from) {
            this.q1 = from.q1;
            this.q2 = from.q2;
            this.q3 = from.q3;
            this.q4 = from.q4;
            this.annualTotal = from.annualTotal;
        }

        /**
         * @param q1 April-June, or null
         * @return this builder
         */
        public Builder q1(@Nullable Money q1) {
            this.q1 = q1;
            return this;
        }

        /**
         * @param q2 July-September, or null
         * @return this builder
         */
        public Builder q2(@Nullable Money q2) {
            this.q2 = q2;
            return this;
        }

        /**
         * @param q3 October-December, or null
         * @return this builder
         */
        public Builder q3(@Nullable Money q3) {
            this.q3 = q3;
            return this;
        }

        /**
         * @param q4 January-March, or null
         * @return this builder
         */
        public Builder q4(@Nullable Money q4) {
            this.q4 = q4;
            return this;
        }

        /**
         * @param annualTotal the annual total as stated, or null
         * @return this builder
         */
        public Builder annualTotal(@Nullable Money annualTotal) {
            this.annualTotal = annualTotal;
            return this;
        }

        /**
         * @return the record, made by its canonical constructor
         * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
         */
        public QuarterlyFigures build() {
            return new QuarterlyFigures(
                    q1,
                    q2,
                    q3,
                    q4,
                    annualTotal);
        }
    }
}
