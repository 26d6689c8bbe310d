package dev.bcfkit.json.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bcfkit.core.Money;
import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.returns.AdditionalIbcf;
import dev.bcfkit.core.returns.AverageFee;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.json.BcfJson;
import dev.bcfkit.testkit.BcfArbitraries;
import dev.bcfkit.testkit.Defects;
import dev.bcfkit.testkit.Injected;
import dev.bcfkit.testkit.ValidReturns;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The law between bcf-testkit and bcf-json: the strict reader reads back exactly what the writer
 * wrote, {@code read(write(x)) equals x}, for generated documents of every edition, and for
 * broken ones too (the wire format must carry invalid data unchanged, so that it can be reported).
 */
class RoundTripProperties {
    private static final BcfJson JSON = BcfJson.strict();

    private static <T> void roundTrips(T document, Class<T> type) {
        byte[] json = JSON.write(document);
        assertEquals(document, JSON.read(json, type), () -> new String(json, StandardCharsets.UTF_8));
    }

    @Property(tries = 100)
    void returns2016RoundTrip(@ForAll(supplier = ValidReturns.ANY_2016_17.class) QuarterlyReturn r) {
        roundTrips(r, QuarterlyReturn.class);
    }

    @Property(tries = 100)
    void returns2017RoundTrip(@ForAll(supplier = ValidReturns.ANY_2017_18.class) QuarterlyReturn r) {
        roundTrips(r, QuarterlyReturn.class);
    }

    @Property(tries = 100)
    void returns2018RoundTrip(@ForAll(supplier = ValidReturns.ANY_2018_19.class) QuarterlyReturn r) {
        roundTrips(r, QuarterlyReturn.class);
    }

    @Property(tries = 100)
    void plansRoundTrip(@ForAll Plan p) {
        roundTrips(p, Plan.class);
    }

    @Property(tries = 100)
    void pooledBudgetsRoundTrip(@ForAll PooledBudget b) {
        roundTrips(b, PooledBudget.class);
    }

    @Property(tries = 200)
    void brokenReturnsRoundTripUnchanged(@ForAll("brokenReturns") Injected<QuarterlyReturn> injected) {
        roundTrips(injected.broken(), QuarterlyReturn.class);
    }

    @Provide
    Arbitrary<Injected<QuarterlyReturn>> brokenReturns() {
        return Defects.injected(BcfArbitraries.quarterlyReturns(), Defects.forReturns());
    }

    @Property(tries = 200)
    void aFeeKeepsItsExactAmountAndScale(@ForAll Money rate,
            @ForAll(supplier = ValidReturns.Q2_2018_19.class) QuarterlyReturn r) {
        AdditionalIbcf s = r.additionalIbcf();
        AverageFee first = s.fees().get(0);
        List<AverageFee> fees = new ArrayList<>(s.fees());
        fees.set(0, new AverageFee(first.serviceType(), rate, first.currentYearRate(), first.estimatedUpliftPercent()));
        QuarterlyReturn withRate = new QuarterlyReturn(r.period(), r.cover(), r.budgetArrangements(),
                r.nationalConditions(), r.incomeAndExpenditure(), r.metrics(), r.yearEndFeedback(),
                r.additionalMeasures(), r.highImpactChangeModel(), r.narrative(),
                new AdditionalIbcf(s.allocation(), fees, s.feeCommentary()));
        QuarterlyReturn back = JSON.read(JSON.write(withRate), QuarterlyReturn.class);
        // BigDecimal.equals compares the scale too: 20.00 stays 20.00, not 20.
        assertEquals(rate.amount(), back.additionalIbcf().fees().get(0).previousYearRate().amount());
    }
}
