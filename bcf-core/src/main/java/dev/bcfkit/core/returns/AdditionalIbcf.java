package dev.bcfkit.core.returns;

import org.jspecify.annotations.Nullable;
import dev.bcfkit.core.internal.Components;
import dev.bcfkit.core.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The 2018/19 "Additional improved Better Care Fund" section ({@code [004:145-182]}): the
 * allocation, the average fees paid to external care providers, and a comment of at most 250
 * characters ({@code [004:182]}).
 *
 * @param allocation "Additional improved Better Care Fund Allocation for 2018/19", or null
 * @param fees the average-fee questions
 * @param feeCommentary additional commentary on the fee information, or null
 * @param feeBasis what the averages include and exclude ({@code [004:155-164]}), where the return
 *     records it, or null
 */
public record AdditionalIbcf(
        @Nullable Money allocation,
        @NotNull List<@Valid AverageFee> fees,
        @Size(max = 100_000) @Nullable String feeCommentary,
        @Valid @Nullable FeeBasis feeBasis) {

    /**
     * @throws dev.bcfkit.core.BcfException if the list is null
     */
    public AdditionalIbcf {
        fees = Components.list("fees", fees);
    }

    /**
     * The section with no fee basis recorded.
     *
     * @param allocation the allocation, or null
     * @param fees the average-fee questions
     * @param feeCommentary additional commentary on the fee information, or null
     */
    public AdditionalIbcf(Money allocation, List<AverageFee> fees, String feeCommentary) {
        this(allocation, fees, feeCommentary, null);
    }

    /**
     * @param basis the fee basis, or null
     * @return this section with that fee basis
     */
    public AdditionalIbcf withFeeBasis(FeeBasis basis) {
        return new AdditionalIbcf(allocation, fees, feeCommentary, basis);
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

    /** Builds a {@link AdditionalIbcf} by named setters, one per component. */
    public static final class Builder {
        private @Nullable Money allocation;
        private List<AverageFee> fees = List.of();
        private @Nullable String feeCommentary;
        private @Nullable FeeBasis feeBasis;

        private Builder() {
        }

        private Builder(AdditionalIbcf from) {
            this.allocation = from.allocation;
            this.fees = from.fees;
            this.feeCommentary = from.feeCommentary;
            this.feeBasis = from.feeBasis;
        }

        /**
         * @param allocation "Additional improved Better Care Fund Allocation for 2018/19", or null
         * @return this builder
         */
        public Builder allocation(@Nullable Money allocation) {
            this.allocation = allocation;
            return this;
        }

        /**
         * @param fees the average-fee questions (copied; no entry may be null)
         * @return this builder
         */
        public Builder fees(AverageFee... fees) {
            this.fees = Components.copy("fees", fees);
            return this;
        }

        /**
         * @param fees the average-fee questions (copied; no entry may be null)
         * @return this builder
         */
        public Builder fees(Iterable<? extends AverageFee> fees) {
            this.fees = Components.copy("fees", fees);
            return this;
        }

        /**
         * @param feeCommentary additional commentary on the fee information, or null
         * @return this builder
         */
        public Builder feeCommentary(@Nullable String feeCommentary) {
            this.feeCommentary = feeCommentary;
            return this;
        }

        /**
         * @param feeBasis what the averages include and exclude ({@code [004:155-164]}), where the return records it, or null
         * @return this builder
         */
        public Builder feeBasis(@Nullable FeeBasis feeBasis) {
            this.feeBasis = feeBasis;
            return this;
        }

        /**
         * @return the record, made by its canonical constructor
         * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
         */
        public AdditionalIbcf build() {
            return new AdditionalIbcf(
                    allocation,
                    fees,
                    feeCommentary,
                    feeBasis);
        }
    }
}
