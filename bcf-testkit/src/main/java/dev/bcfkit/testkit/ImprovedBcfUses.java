package dev.bcfkit.testkit;

import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.funding.ImprovedBcfPurpose;
import dev.bcfkit.core.returns.ImprovedBcfProgress;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The improved BCF as a 2017-19 return's board records it: uses under one of the grant's three
 * purposes ({@code [002:117]}, {@code [000:45-49]}) and the quarterly progress reports submitted to
 * date ({@code [000:52]}), at least one for each earlier quarter of the year; or nothing recorded.
 */
final class ImprovedBcfUses {
    /** Headings of Nottinghamshire's proposals ({@code [000:57]}, {@code [000:86]}, {@code [000:94]}). */
    private static final List<String> HEADINGS = List.of(
            "Supporting Hospital Discharge to manage additional winter pressures",
            "Housing support for hospital discharge", "Meeting adult social care needs", "Falls prevention");

    private ImprovedBcfUses() {
    }

    /**
     * @param period the return's period
     * @return a recorded progress, or null (nothing recorded)
     */
    static Arbitrary<ImprovedBcfProgress> progress(ReportingPeriod period) {
        Arbitrary<ImprovedBcfProgress.Use> use = Combinators.combine(Arbitraries.of(HEADINGS),
                Arbitraries.of(ImprovedBcfPurpose.class), Amounts.wholePounds(1, 20_000_000).injectNull(0.3))
                .as(ImprovedBcfProgress.Use::new);
        Arbitrary<Integer> reports = Arbitraries.integers().between(period.quarter().ordinal(), 8).injectNull(0.3);
        return Combinators.combine(use.list().ofMaxSize(4), reports).as(ImprovedBcfProgress::new).injectNull(0.5);
    }
}
