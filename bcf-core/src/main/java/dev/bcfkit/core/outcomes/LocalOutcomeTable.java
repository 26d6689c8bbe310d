package dev.bcfkit.core.outcomes;

import org.jspecify.annotations.Nullable;
import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.core.DocumentKind;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.internal.Components;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A local outcome table: a local integration programme's own outcomes, each tracked against a
 * reduction target for a target year and an interim target, as the Mid-Nottinghamshire Better
 * Together Alliance reports them to the county's Adult Social Care and Health Committee
 * ({@code [001:29]} "Table 1 below shows performance against the four priority targets of the
 * 'Urgent and Proactive Care' workstream. Low is good for all the indicators"; the table
 * {@code [001:35-41]}). A document of its own ({@link Edition#LOCAL_OUTCOMES_2016}): a board
 * report, not a national template, so the rules that judge it are derived.
 *
 * @param partnership the programme or partnership, such as "Mid-Nottinghamshire Better Together Alliance", or null
 * @param workstream the workstream whose targets the table shows, such as "Urgent and Proactive Care", or null
 * @param reportDate the date of the report that prints the table, or null
 * @param targetYear the year the reduction targets are to be met by, such as 2018/19, or null
 * @param interimPeriod the period of the interim targets and actuals as printed, such as "October 2016", or null
 * @param trendSince when the printed trends start, as printed, such as "April 2016", or null
 * @param outcomes the rows, in the order printed
 */
public record LocalOutcomeTable(
        @Size(max = 200) @Nullable String partnership,
        @Size(max = 200) @Nullable String workstream,
        @Nullable LocalDate reportDate,
        @Nullable FinancialYear targetYear,
        @Size(max = 50) @Nullable String interimPeriod,
        @Size(max = 50) @Nullable String trendSince,
        @NotNull List<@Valid LocalOutcome> outcomes) implements BcfDocument {

    /**
     * @throws dev.bcfkit.core.BcfException if the list of outcomes is null or holds a null row
     */
    public LocalOutcomeTable {
        outcomes = Components.list("outcomes", outcomes);
    }

    /** @return the template edition, always {@link Edition#LOCAL_OUTCOMES_2016} */
    @Override
    public Edition edition() {
        return Edition.LOCAL_OUTCOMES_2016;
    }

    /** @return {@link DocumentKind#LOCAL_OUTCOME_TABLE} */
    @Override
    public DocumentKind kind() {
        return DocumentKind.LOCAL_OUTCOME_TABLE;
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

    /** Builds a {@link LocalOutcomeTable} by named setters, one per component. */
    public static final class Builder {
        private @Nullable String partnership;
        private @Nullable String workstream;
        private @Nullable LocalDate reportDate;
        private @Nullable FinancialYear targetYear;
        private @Nullable String interimPeriod;
        private @Nullable String trendSince;
        private List<LocalOutcome> outcomes = List.of();

        private Builder() {
        }

        private Builder(LocalOutcomeTable from) {
            this.partnership = from.partnership;
            this.workstream = from.workstream;
            this.reportDate = from.reportDate;
            this.targetYear = from.targetYear;
            this.interimPeriod = from.interimPeriod;
            this.trendSince = from.trendSince;
            this.outcomes = from.outcomes;
        }

        /**
         * @param partnership the programme or partnership, such as "Mid-Nottinghamshire Better Together Alliance", or null
         * @return this builder
         */
        public Builder partnership(@Nullable String partnership) {
            this.partnership = partnership;
            return this;
        }

        /**
         * @param workstream the workstream whose targets the table shows, such as "Urgent and Proactive Care", or null
         * @return this builder
         */
        public Builder workstream(@Nullable String workstream) {
            this.workstream = workstream;
            return this;
        }

        /**
         * @param reportDate the date of the report that prints the table, or null
         * @return this builder
         */
        public Builder reportDate(@Nullable LocalDate reportDate) {
            this.reportDate = reportDate;
            return this;
        }

        /**
         * @param targetYear the year the reduction targets are to be met by, such as 2018/19, or null
         * @return this builder
         */
        public Builder targetYear(@Nullable FinancialYear targetYear) {
            this.targetYear = targetYear;
            return this;
        }

        /**
         * @param interimPeriod the period of the interim targets and actuals as printed, such as "October 2016", or null
         * @return this builder
         */
        public Builder interimPeriod(@Nullable String interimPeriod) {
            this.interimPeriod = interimPeriod;
            return this;
        }

        /**
         * @param trendSince when the printed trends start, as printed, such as "April 2016", or null
         * @return this builder
         */
        public Builder trendSince(@Nullable String trendSince) {
            this.trendSince = trendSince;
            return this;
        }

        /**
         * @param outcomes the rows, in the order printed (copied; no entry may be null)
         * @return this builder
         */
        public Builder outcomes(LocalOutcome... outcomes) {
            this.outcomes = Components.copy("outcomes", outcomes);
            return this;
        }

        /**
         * @param outcomes the rows, in the order printed (copied; no entry may be null)
         * @return this builder
         */
        public Builder outcomes(Iterable<? extends LocalOutcome> outcomes) {
            this.outcomes = Components.copy("outcomes", outcomes);
            return this;
        }

        /**
         * @return the record, made by its canonical constructor
         * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
         */
        public LocalOutcomeTable build() {
            return new LocalOutcomeTable(
                    partnership,
                    workstream,
                    reportDate,
                    targetYear,
                    interimPeriod,
                    trendSince,
                    outcomes);
        }
    }
}
