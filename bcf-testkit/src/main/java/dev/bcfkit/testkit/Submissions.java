package dev.bcfkit.testkit;

import dev.bcfkit.core.ReportingPeriod;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Submission dates a return's record may carry: after the quarter it reports on has ended and, for
 * 2016/17 Q2, by the deadline of 25 November 2016 ({@code [002:1181]}); or none recorded.
 */
final class Submissions {
    /** From 30 September 2016 to the 25 November 2016 deadline ({@code [002:1181]}). */
    static final int LATEST_DAY = 56;

    private Submissions() {
    }

    /**
     * @param period the return's period
     * @return a submission date 1 to 56 days after the quarter ends, or null
     */
    static Arbitrary<LocalDate> dates(ReportingPeriod period) {
        return Arbitraries.integers().between(1, LATEST_DAY).map(days -> period.lastDay().plusDays(days))
                .injectNull(0.5);
    }
}
