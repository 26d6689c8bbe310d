package dev.bcfkit.testkit;

import dev.bcfkit.core.Money;
import dev.bcfkit.core.returns.AdditionalIbcf;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.returns.AverageFee;
import dev.bcfkit.core.returns.FeeBasis;
import dev.bcfkit.core.returns.FeeBasisItem;
import dev.bcfkit.core.returns.FeeServiceType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The 2018/19 additional iBCF section ({@code [004:145-182]}): a positive allocation, the three
 * average fees each with a 2017/18 rate above zero and either a 2018/19 rate above zero or an
 * estimated uplift (missing cells blank, never 0, {@code [004:175]}), and a fee comment of at
 * most 250 characters ({@code [004:182]}).
 */
final class Fees {
    /** "Please provide any additional commentary ... (max 250 characters)" ({@code [004:182]}). */
    static final int COMMENT_LIMIT = 250;

    private Fees() {
    }

    /**
     * @param type a service type
     * @return realistic rates for its unit: £10-£40 an hour for home care, £300-£1,500 a week for care homes
     */
    static Arbitrary<Money> rates(FeeServiceType type) {
        return type == FeeServiceType.HOME_CARE ? Amounts.between(new BigDecimal("10"), new BigDecimal("40"))
                : Amounts.between(new BigDecimal("300"), new BigDecimal("1500"));
    }

    /**
     * @param type a service type
     * @return a valid fee row: both rates, or the previous rate and an uplift of 0.1% to 10.0%
     */
    static Arbitrary<AverageFee> fee(FeeServiceType type) {
        Arbitrary<BigDecimal> uplift = Arbitraries.bigDecimals().between(new BigDecimal("0.1"), new BigDecimal("10"))
                .ofScale(1);
        return Combinators.combine(rates(type), rates(type), Arbitraries.of(true, false), uplift)
                .as((previous, current, known, pct) -> known ? new AverageFee(type, previous, current, null)
                        : new AverageFee(type, previous, null, pct));
    }

    /** @return a complete section */
    static Arbitrary<AdditionalIbcf> section() {
        List<Arbitrary<AverageFee>> fees = new ArrayList<>();
        for (FeeServiceType t : FeeServiceType.values()) {
            fees.add(fee(t));
        }
        return Combinators.combine(Amounts.wholePounds(1, 50_000_000), Combinators.combine(fees).as(List::copyOf),
                Texts.nonBlank(COMMENT_LIMIT).injectNull(0.3), feeBasis()).as(AdditionalIbcf::new);
    }

    /**
     * @return fee-basis answers for some of the items, each following the instructions
     *     ({@code [004:155-164]}): "Yes" for what the averages include, "No" for what they exclude;
     *     or none recorded
     */
    static Arbitrary<FeeBasis> feeBasis() {
        return Arbitraries.subsetOf(FeeBasisItem.values()).map(items -> {
            Map<FeeBasisItem, YesNo> answers = new EnumMap<>(FeeBasisItem.class);
            items.forEach(i -> answers.put(i, i.included() ? YesNo.YES : YesNo.NO));
            return new FeeBasis(answers);
        }).injectNull(0.3);
    }
}
