package dev.bcfkit.testkit;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.returns.BudgetArrangements;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The s.75 pooled-budget question answered: "Yes", or "No" with the date pooling will happen
 * ({@code [002:881-882]}, {@code [000:202-203]}) and, in 2017-19, an explanation. From 2016/17 Q2
 * a "No" also answers "can you confirm that they have now [been pooled]?" with "No"
 * ({@code [002:1445-1449]}).
 */
final class Section75 {
    private Section75() {
    }

    /**
     * @param period the reporting period
     * @return whether the template asks to confirm pooling since: 2016/17 Q2-Q4 ({@code [002:1446]})
     */
    static boolean asksConfirmation(ReportingPeriod period) {
        return Edition.ofReturn(period.year()) == Edition.QUARTERLY_2016_17
                && period.quarter() != dev.bcfkit.core.Quarter.Q1;
    }

    /**
     * @param period the reporting period
     * @return answered budget arrangements; shrinks to "Yes"
     */
    static Arbitrary<BudgetArrangements> arrangements(ReportingPeriod period) {
        boolean explained = Edition.ofReturn(period.year()).isPolicy2017To19();
        YesNo confirmed = asksConfirmation(period) ? YesNo.NO : null;
        return Combinators.combine(Arbitraries.frequency(
                net.jqwik.api.Tuple.of(5, YesNo.YES), net.jqwik.api.Tuple.of(1, YesNo.NO)),
                Arbitraries.integers().between(1, 365), Texts.upTo(1_000))
                .as((answer, days, explanation) -> answer == YesNo.YES
                        ? new BudgetArrangements(YesNo.YES, null, null, null)
                        : new BudgetArrangements(YesNo.NO, confirmed, period.lastDay().plusDays(days),
                                explained ? explanation : null));
    }
}
