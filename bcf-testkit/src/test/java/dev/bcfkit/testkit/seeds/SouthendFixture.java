package dev.bcfkit.testkit.seeds;

import dev.bcfkit.core.Money;
import dev.bcfkit.core.metrics.MetricKind;
import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.core.returns.QuarterlyReturn;

/** What the Southend-on-Sea golden tests share: the pooled fund's figures, the returns and the seed's name. */
final class SouthendFixture {
    /** The pooled fund, {@code [002:1048]}. */
    static final Money POOLED_FUND = Money.pounds(13_131_049);
    static final Money FIRST_QUARTER = Money.pounds(3_282_763);
    static final Money OTHER_QUARTER = Money.pounds(3_282_762);
    /** The Southend-on-Sea pack, as the test classpath holds it under {@code /seeds/}. */
    static final String SEED = "002_a976cd69fb4e90aa.txt";

    private SouthendFixture() {
    }

    static QuarterlyReturn quarter(int n) {
        return SouthendReturns.all().get(n - 1);
    }

    static MetricProgress metric(QuarterlyReturn r, MetricKind kind) {
        return r.metrics().stream().filter(m -> m.metric() == kind).findFirst().orElseThrow();
    }
}
