package dev.bcfkit.core.funding;

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
        Money baseline,
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
}
