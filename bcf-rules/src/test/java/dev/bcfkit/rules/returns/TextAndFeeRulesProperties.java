package dev.bcfkit.rules.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.returns.AdditionalIbcf;
import dev.bcfkit.core.returns.AverageFee;
import dev.bcfkit.core.returns.FeeServiceType;
import dev.bcfkit.core.returns.Narrative;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the text limits, counted in Unicode code points (a character outside the Basic
 * Multilingual Plane counts once), and of the 2018/19 average-fee rules, including their range.
 */
class TextAndFeeRulesProperties {
    /** "a", "é" and the musical G clef U+1D11E, which is two UTF-16 units but one character. */
    private static final String[] CHARACTERS = {"a", "\u00e9", new String(Character.toChars(0x1D11E))};

    private static String text(int characters, int seed) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < characters; i++) {
            b.append(CHARACTERS[(i + seed) % CHARACTERS.length]);
        }
        return b.toString();
    }

    @Property(tries = 60)
    void theNarrativeFitsIn32767CharactersIn2016(@ForAll @IntRange(min = 32_700, max = 32_800) int length,
            @ForAll @IntRange(max = 2) int seed) {
        QuarterlyReturn r = ReturnEdits.narrative(ReturnSamples.complete2016(Quarter.Q3),
                new Narrative(text(length, seed), null));
        assertEquals(length > 32_767 ? 1 : 0, Judge.run(NarrativeRules.LIMIT, r).size());
    }

    @Property(tries = 60)
    void theProgressBoxFitsIn20000CharactersIn2018(@ForAll @IntRange(min = 19_950, max = 20_050) int length,
            @ForAll @IntRange(max = 2) int seed) {
        QuarterlyReturn r = ReturnEdits.narrative(ReturnSamples.complete2018(), new Narrative(text(length, seed),
                "story"));
        assertEquals(length > 20_000 ? 1 : 0, Judge.run(NarrativeRules.LIMIT, r).size());
        QuarterlyReturn in2017 = ReturnEdits.narrative(ReturnSamples.complete2017(), new Narrative(text(length, seed),
                "story"));
        assertEquals(0, Judge.run(NarrativeRules.LIMIT, in2017).size());
    }

    @Property(tries = 300)
    void theFeeCommentFitsIn250Characters(@ForAll @IntRange(max = 400) int length, @ForAll @IntRange(max = 2) int seed) {
        AdditionalIbcf i = ReturnSamples.complete2018().additionalIbcf();
        QuarterlyReturn r = ReturnEdits.additionalIbcf(ReturnSamples.complete2018(), new AdditionalIbcf(i.allocation(),
                i.fees(), text(length, seed)));
        assertEquals(length > 250 ? 1 : 0, Judge.run(FeeRules.COMMENT_LIMIT_RULE, r).size());
    }

    @Provide
    Arbitrary<Money> rate() {
        return Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.just(Money.of(new BigDecimal("0.00"))),
                Arbitraries.just(Money.ZERO),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("2000")).ofScale(2).map(Money::of));
    }

    @Provide
    Arbitrary<BigDecimal> uplift() {
        return Arbitraries.oneOf(Arbitraries.just(null),
                Arbitraries.bigDecimals().between(new BigDecimal("-10"), new BigDecimal("10")).ofScale(1));
    }

    @Property(tries = 400)
    void aZeroRateIsRefusedAndAMissingOneNeedsAnUplift(@ForAll FeeServiceType type, @ForAll("rate") Money before,
            @ForAll("rate") Money after, @ForAll("uplift") BigDecimal uplift) {
        QuarterlyReturn base = ReturnSamples.complete2018();
        List<AverageFee> fees = new ArrayList<>(base.additionalIbcf().fees());
        fees.set(type.ordinal(), new AverageFee(type, before, after, uplift));
        QuarterlyReturn r = ReturnEdits.additionalIbcf(base, new AdditionalIbcf(base.additionalIbcf().allocation(),
                fees, null));
        int zeros = (before != null && before.isZero() ? 1 : 0) + (after != null && after.isZero() ? 1 : 0);
        assertEquals(zeros, Judge.run(FeeRules.BLANK_NOT_ZERO, r).size());
        boolean needsUplift = (before == null || after == null) && uplift == null;
        assertEquals(needsUplift ? 1 : 0, Judge.run(FeeRules.UPLIFT_REQUIRED, r).size());
    }

    @Provide
    Arbitrary<Money> anyAmount() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-2000000000"), new BigDecimal("2000000000"))
                .ofScale(2).edgeCases(c -> c.add(new BigDecimal("1000000000.00"), new BigDecimal("1000000000.01"),
                        new BigDecimal("-0.01")))
                .map(Money::of);
    }

    @Property(tries = 300)
    void amountsOutsideZeroToOneHundredMillionAreReported(@ForAll FeeServiceType type, @ForAll("anyAmount") Money rate,
            @ForAll("anyAmount") Money allocation) {
        QuarterlyReturn base = ReturnSamples.complete2018();
        List<AverageFee> fees = new ArrayList<>(base.additionalIbcf().fees());
        AverageFee fee = fees.get(type.ordinal());
        fees.set(type.ordinal(), new AverageFee(type, rate, fee.currentYearRate(), fee.estimatedUpliftPercent()));
        QuarterlyReturn r = ReturnEdits.additionalIbcf(base, new AdditionalIbcf(allocation, fees, null));
        int outside = (outside(rate) ? 1 : 0) + (outside(allocation) ? 1 : 0);
        assertEquals(outside, Judge.run(FeeRules.NUMERIC_RANGE, r).size());
    }

    private static boolean outside(Money m) {
        return m.signum() < 0 || m.amount().compareTo(new BigDecimal("100000000")) > 0;
    }

    @Property
    void upliftsOutsideMinus100To100PercentAreAWarningAtAnyScale(@ForAll FeeServiceType type,
            @ForAll @net.jqwik.api.constraints.IntRange(min = -40, max = 40) int exponent,
            @ForAll @net.jqwik.api.constraints.IntRange(min = -999, max = 999) int digits) {
        // no paper states a range [004:145-182]: derived, a WARNING; ±1e29% must not pass silently
        BigDecimal uplift = BigDecimal.valueOf(digits).scaleByPowerOfTen(exponent);
        QuarterlyReturn base = ReturnSamples.complete2018();
        List<AverageFee> fees = new ArrayList<>(base.additionalIbcf().fees());
        AverageFee fee = fees.get(type.ordinal());
        fees.set(type.ordinal(), new AverageFee(type, fee.previousYearRate(), fee.currentYearRate(), uplift));
        QuarterlyReturn r = ReturnEdits.additionalIbcf(base, new AdditionalIbcf(base.additionalIbcf().allocation(),
                fees, null));
        List<Finding> f = Judge.run(FeeRules.NUMERIC_RANGE, r);
        boolean outside = uplift.abs().compareTo(BigDecimal.valueOf(100)) > 0;
        assertEquals(outside ? 1 : 0, f.size(), uplift::toString);
        assertTrue(f.stream().allMatch(x -> x.severity() == Severity.WARNING));
    }

    @Property(tries = 100)
    void everyMissingServiceTypeIsReported(@ForAll Set<FeeServiceType> removed) {
        QuarterlyReturn base = ReturnSamples.complete2018();
        List<AverageFee> kept = base.additionalIbcf().fees().stream().filter(f -> !removed.contains(f.serviceType()))
                .toList();
        QuarterlyReturn r = ReturnEdits.additionalIbcf(base, new AdditionalIbcf(null, kept, null));
        assertEquals(removed.size(), Judge.run(FeeRules.ALL_SERVICES, r).size());
    }

    @Property(tries = 100)
    void aBlankNarrativeIsReported(@ForAll("samplesAndBlanks") Object[] sampleAndBlank) {
        QuarterlyReturn r = (QuarterlyReturn) sampleAndBlank[0];
        String blank = (String) sampleAndBlank[1];
        QuarterlyReturn changed = ReturnEdits.narrative(r, new Narrative(blank, blank));
        int expected = r.edition().isPolicy2017To19() ? 2 : 1;
        assertEquals(expected, Judge.run(NarrativeRules.REQUIRED, changed).size());
    }

    @Provide
    Arbitrary<Object[]> samplesAndBlanks() {
        return net.jqwik.api.Combinators.combine(SampleArbitraries.samples(), SampleArbitraries.blank())
                .as((r, b) -> new Object[] {r, b});
    }
}
