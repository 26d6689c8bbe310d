package dev.bcfkit.core.funding;

import org.jspecify.annotations.Nullable;
import java.util.Map;
import dev.bcfkit.core.internal.Components;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import jakarta.validation.constraints.NotNull;
import java.util.SortedMap;

/**
 * The NHS contribution to adult social care from the CCG minimum (2017-19 national condition 2,
 * {@code [002:673-676]}): "For 2017/18 and 2018/19, the minimum contribution to adult social care
 * will be calculated using the assured figures from 2016/17 as a baseline ... must be increased by
 * 1.79% and 1.9% ... Local areas can opt to frontload the 2018-19 uplift in 2017-18". The part of
 * the planned contribution funded from the iBCF is recorded separately because iBCF "must not be
 * offset against the NHS minimum contribution to adult social care" ({@code [002:471]}).
 *
 * @param baseline the assured 2016/17 baseline, or null
 * @param frontloaded whether the area frontloads the 2018/19 uplift into 2017/18
 * @param planned the planned NHS contribution per financial year
 * @param fundedFromIbcf the part of each year's planned contribution funded from the iBCF grant
 */
public record SocialCareContribution(
        @Nullable Money baseline,
        boolean frontloaded,
        @NotNull SortedMap<FinancialYear, Money> planned,
        @NotNull SortedMap<FinancialYear, Money> fundedFromIbcf) {

    /**
     * @throws dev.bcfkit.core.BcfException if a map is null
     */
    public SocialCareContribution {
        planned = Components.sortedMap("planned", planned);
        fundedFromIbcf = Components.sortedMap("fundedFromIbcf", fundedFromIbcf);
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

    /** Builds a {@link SocialCareContribution} by named setters, one per component. */
    public static final class Builder {
        private @Nullable Money baseline;
        private boolean frontloaded;
        private Map<FinancialYear, Money> planned = Map.of();
        private Map<FinancialYear, Money> fundedFromIbcf = Map.of();

        private Builder() {
        }

        private Builder(SocialCareContribution from) {
            this.baseline = from.baseline;
            this.frontloaded = from.frontloaded;
            this.planned = from.planned;
            this.fundedFromIbcf = from.fundedFromIbcf;
        }

        /**
         * @param baseline the assured 2016/17 baseline, or null
         * @return this builder
         */
        public Builder baseline(@Nullable Money baseline) {
            this.baseline = baseline;
            return this;
        }

        /**
         * @param frontloaded whether the area frontloads the 2018/19 uplift into 2017/18
         * @return this builder
         */
        public Builder frontloaded(boolean frontloaded) {
            this.frontloaded = frontloaded;
            return this;
        }

        /**
         * @param planned the planned NHS contribution per financial year (copied; no key or value may be null)
         * @return this builder
         */
        public Builder planned(Map<FinancialYear, Money> planned) {
            this.planned = Components.map("planned", planned);
            return this;
        }

        /**
         * @param fundedFromIbcf the part of each year's planned contribution funded from the iBCF grant (copied; no key or value may be null)
         * @return this builder
         */
        public Builder fundedFromIbcf(Map<FinancialYear, Money> fundedFromIbcf) {
            this.fundedFromIbcf = Components.map("fundedFromIbcf", fundedFromIbcf);
            return this;
        }

        /**
         * @return the record, made by its canonical constructor
         * @throws dev.bcfkit.core.BcfException where the constructor refuses a component
         */
        public SocialCareContribution build() {
            return new SocialCareContribution(
                    baseline,
                    frontloaded,
                    Components.sortedMap("planned", planned),
                    Components.sortedMap("fundedFromIbcf", fundedFromIbcf));
        }
    }
}
