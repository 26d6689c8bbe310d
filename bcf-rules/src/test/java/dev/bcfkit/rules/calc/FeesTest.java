package dev.bcfkit.rules.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.Money;
import dev.bcfkit.rules.calc.Fees.CategoryFee;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class FeesTest {

    private static final BigDecimal DORSET_UPLIFT = new BigDecimal("2.5");

    private static String refused(Executable call) {
        return assertThrows(CalculationException.class, call).getMessage();
    }

    @Test
    void dorsetFeesUpliftedByTwoAndAHalfPerCent() {
        // [004:178-181] home care £20.00 an hour, care homes £803 and £743 a week, uplift 2.5%
        assertEquals(Money.parse("20.50"), Fees.uplift(Money.parse("20.00"), DORSET_UPLIFT, RoundingMode.HALF_UP));
        assertEquals(Money.parse("823.08"), Fees.uplift(Money.pounds(803), DORSET_UPLIFT, RoundingMode.HALF_UP));
        assertEquals(Money.parse("761.58"), Fees.uplift(Money.pounds(743), DORSET_UPLIFT, RoundingMode.HALF_UP));
        assertEquals("£823.08", Fees.uplift(Money.pounds(803), DORSET_UPLIFT, RoundingMode.HALF_UP).format());
    }

    @Test
    void theUpliftRoundingIsTheCallersChoice() {
        // 823.075 and 761.575 exactly
        assertEquals(Money.parse("823.07"), Fees.uplift(Money.pounds(803), DORSET_UPLIFT, RoundingMode.DOWN));
        assertEquals(Money.parse("761.57"), Fees.uplift(Money.pounds(743), DORSET_UPLIFT, RoundingMode.HALF_DOWN));
        assertEquals(Money.parse("20.50"),
                Fees.uplift(Money.parse("20.00"), DORSET_UPLIFT, RoundingMode.UNNECESSARY));
        String message = refused(() -> Fees.uplift(Money.pounds(803), DORSET_UPLIFT, RoundingMode.UNNECESSARY));
        assertTrue(message.contains("823.075") && message.contains("UNNECESSARY"), message);
        assertEquals(Money.pounds(803), Fees.uplift(Money.pounds(803), BigDecimal.ZERO, RoundingMode.UNNECESSARY));
        assertEquals(Money.parse("0.00"), Fees.uplift(Money.pounds(803), new BigDecimal("-100"), RoundingMode.HALF_UP));
    }

    @Test
    void percentChangeBetweenYears() {
        assertEquals(new BigDecimal("2.500000"), Fees.percentChange(Money.parse("20.00"), Money.parse("20.50")));
        // the rounding to pence shows in the change: 803 -> 823.08 is 2.500623%
        assertEquals(new BigDecimal("2.500623"), Fees.percentChange(Money.pounds(803), Money.parse("823.08")));
        assertEquals(new BigDecimal("-100.000000"), Fees.percentChange(Money.pounds(743), Money.ZERO));
    }

    @Test
    void weightedAverageByTheFourSteps() {
        // [004:168-171]: 60 + 40 clients; shares 0.6 and 0.4; 0.6 x 700 + 0.4 x 900 = 780
        List<CategoryFee> residential = List.of(new CategoryFee(60, Money.pounds(700)),
                new CategoryFee(40, Money.pounds(900)));
        assertEquals(new BigDecimal("780.000000"), Fees.weightedAverage(residential));
        assertEquals(Money.parse("780.00"), Fees.weightedAverage(residential, RoundingMode.HALF_UP));
        assertEquals("£780.00", Fees.weightedAverage(residential, RoundingMode.UNNECESSARY).format());
    }

    @Test
    void weightedAverageIsRoundedOnceFromTheExactQuotient() {
        // (700 + 2 x 800) / 3 = 766.666...; the shares 1/3 and 2/3 are never rounded
        List<CategoryFee> categories = List.of(new CategoryFee(1, Money.pounds(700)),
                new CategoryFee(2, Money.pounds(800)));
        assertEquals(new BigDecimal("766.666667"), Fees.weightedAverage(categories));
        assertEquals(Money.parse("766.67"), Fees.weightedAverage(categories, RoundingMode.HALF_UP));
        assertEquals(Money.parse("766.66"), Fees.weightedAverage(categories, RoundingMode.DOWN));
        assertTrue(refused(() -> Fees.weightedAverage(categories, RoundingMode.UNNECESSARY))
                .contains("766.666667"));
        // 49,999 clients at 1p and 50,001 at nothing: exactly 0.0049999, which is 0.005000 at six
        // places; rounded once from the exact quotient it is 0p, not the 1p a second rounding would give
        List<CategoryFee> nearHalf = List.of(new CategoryFee(49_999, Money.parse("0.01")),
                new CategoryFee(50_001, Money.ZERO));
        assertEquals(new BigDecimal("0.005000"), Fees.weightedAverage(nearHalf));
        assertEquals(Money.parse("0.00"), Fees.weightedAverage(nearHalf, RoundingMode.HALF_UP));
        // a category nobody receives counts for nothing
        assertEquals(new BigDecimal("700.000000"), Fees.weightedAverage(List.of(new CategoryFee(5, Money.pounds(700)),
                new CategoryFee(0, Money.pounds(9_999)))));
    }

    @Test
    void zeroClientsAndNegativesAreRefused() {
        assertTrue(refused(() -> Fees.weightedAverage(List.of(new CategoryFee(0, Money.pounds(700)),
                new CategoryFee(0, Money.pounds(900))))).contains("found 0 clients in 2 categories"));
        assertEquals("categories[1].clients: expected 0 or more, found -40", refused(() -> Fees.weightedAverage(
                List.of(new CategoryFee(60, Money.pounds(700)), new CategoryFee(-40, Money.pounds(900))))));
        assertEquals("categories[0].fee: expected £0 or more, found -£700", refused(() -> Fees.weightedAverage(
                List.of(new CategoryFee(60, Money.pounds(-700))))));
        assertTrue(refused(() -> Fees.weightedAverage(List.of(new CategoryFee(60, null))))
                .startsWith("categories[0].fee:"));
        assertTrue(refused(() -> Fees.weightedAverage(Arrays.asList((CategoryFee) null)))
                .startsWith("categories[0]:"));
        assertTrue(refused(() -> Fees.weightedAverage(List.of())).contains("found none"));
        assertTrue(refused(() -> Fees.weightedAverage(List.of(new CategoryFee(1, Money.ZERO)), null))
                .startsWith("rounding:"));
    }

    @Test
    void aChangeFromZeroIsRefused() {
        String message = refused(() -> Fees.percentChange(Money.ZERO, Money.parse("20.00")));
        assertTrue(message.startsWith("from:") && message.contains("£0") && message.contains("£20.00"), message);
        assertTrue(refused(() -> Fees.percentChange(Money.pounds(-5), Money.pounds(5))).startsWith("from:"));
        assertTrue(refused(() -> Fees.percentChange(Money.pounds(5), null)).startsWith("to:"));
    }

    @Test
    void anUpliftBelowMinusAHundredOrOfANegativeRateIsRefused() {
        assertEquals("percent: expected -100 or more, found -100.5",
                refused(() -> Fees.uplift(Money.pounds(803), new BigDecimal("-100.5"), RoundingMode.HALF_UP)));
        assertTrue(refused(() -> Fees.uplift(Money.pounds(-803), DORSET_UPLIFT, RoundingMode.HALF_UP))
                .startsWith("rate:"));
        assertTrue(refused(() -> Fees.uplift(Money.pounds(803), null, RoundingMode.HALF_UP)).startsWith("percent:"));
        assertTrue(refused(() -> Fees.uplift(Money.pounds(803), DORSET_UPLIFT, null)).startsWith("rounding:"));
    }
}
