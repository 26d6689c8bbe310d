package dev.bcfkit.core.returns;

import org.jspecify.annotations.Nullable;
import dev.bcfkit.core.internal.Components;
import dev.bcfkit.core.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * The 2016/17 income and expenditure tab: "Plan, forecast, and actual figures for total income
 * into, and total expenditure from, the fund for each quarter to year end (in both cases the
 * yearend figures should equal the total pooled fund)" ({@code [002:1011]}).
 *
 * @param pooledFund the total pooled fund, pre-populated and "rounded to the nearest whole number"
 *     ({@code [002:1048]}), or null
 * @param income the income grid
 * @param expenditure the expenditure grid
 * @param financialCommentary "Commentary on progress against financial plan" ({@code [002:1042]}), or null
 * @param previouslyReturned the "Previously returned data" snapshot shown from Q2 ({@code [002:1613]}), or null
 */
public record IncomeAndExpenditure(
        @Nullable Money pooledFund,
        @Valid @Nullable FundFlow income,
        @Valid @Nullable FundFlow expenditure,
        @Size(max = 100_000) @Nullable String financialCommentary,
        @Valid @Nullable PreviouslyReturned previouslyReturned) {

    /**
     * The read-only "Previously returned data" grids of a 2016/17 Q2-Q4 return
     * ({@code [002:1613]}, {@code [002:1999]}, {@code [002:2383]}).
     *
     * @param income the income grid as previously returned
     * @param expenditure the expenditure grid as previously returned
     */
    public record PreviouslyReturned(@Valid @Nullable FundFlow income, @Valid @Nullable FundFlow expenditure) {
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

        /** Builds a {@link PreviouslyReturned} by named setters, one per component. */
        public static final class Builder {
            private @Nullable FundFlow income;
            private @Nullable FundFlow expenditure;

            private Builder() {
            }

            private Builder(PreviouslyReturned from) {
                this.income = from.income;
                this.expenditure = from.expenditure;
            }

            /**
             * @param income the income grid as previously returned
             * @return this builder
             */
            public Builder income(@Nullable FundFlow income) {
                this.income = income;
                return this;
            }

            /**
             * @param expenditure the expenditure grid as previously returned
             * @return this builder
             */
            public Builder expenditure(@Nullable FundFlow expenditure) {
                this.expenditure = expenditure;
                return this;
            }

            /**
             * @return the record, made by its canonical constructor
             * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
             */
            public PreviouslyReturned build() {
                return new PreviouslyReturned(
                        income,
                        expenditure);
            }
        }
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

    /** Builds a {@link IncomeAndExpenditure} by named setters, one per component. */
    public static final class Builder {
        private @Nullable Money pooledFund;
        private @Nullable FundFlow income;
        private @Nullable FundFlow expenditure;
        private @Nullable String financialCommentary;
        private @Nullable PreviouslyReturned previouslyReturned;

        private Builder() {
        }

        private Builder(IncomeAndExpenditure from) {
            this.pooledFund = from.pooledFund;
            this.income = from.income;
            this.expenditure = from.expenditure;
            this.financialCommentary = from.financialCommentary;
            this.previouslyReturned = from.previouslyReturned;
        }

        /**
         * @param pooledFund the total pooled fund, pre-populated and "rounded to the nearest whole number" ({@code [002:1048]}), or null
         * @return this builder
         */
        public Builder pooledFund(@Nullable Money pooledFund) {
            this.pooledFund = pooledFund;
            return this;
        }

        /**
         * @param income the income grid
         * @return this builder
         */
        public Builder income(@Nullable FundFlow income) {
            this.income = income;
            return this;
        }

        /**
         * @param expenditure the expenditure grid
         * @return this builder
         */
        public Builder expenditure(@Nullable FundFlow expenditure) {
            this.expenditure = expenditure;
            return this;
        }

        /**
         * @param financialCommentary "Commentary on progress against financial plan" ({@code [002:1042]}), or null
         * @return this builder
         */
        public Builder financialCommentary(@Nullable String financialCommentary) {
            this.financialCommentary = financialCommentary;
            return this;
        }

        /**
         * @param previouslyReturned the "Previously returned data" snapshot shown from Q2 ({@code [002:1613]}), or null
         * @return this builder
         */
        public Builder previouslyReturned(@Nullable PreviouslyReturned previouslyReturned) {
            this.previouslyReturned = previouslyReturned;
            return this;
        }

        /**
         * @return the record, made by its canonical constructor
         * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
         */
        public IncomeAndExpenditure build() {
            return new IncomeAndExpenditure(
                    pooledFund,
                    income,
                    expenditure,
                    financialCommentary,
                    previouslyReturned);
        }
    }
}
