package dev.bcfkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.metrics.MetricKind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The parameters the papers leave open, to the caller: £1 rounding tolerance per rounded term and a
 * 2.5% amber tolerance per metric by default; zero is allowed, a negative tolerance is not, and
 * each change keeps the others.
 */
class RuleContextTest {
    private static final RuleContext Q2 = RuleContext.of(Edition.QUARTERLY_2017_18, ReportingPeriod.parse("2017/18 Q2"));

    @Test
    void theDefaultsAreAPoundAndTwoAndAHalfPerCent() {
        assertEquals(Edition.QUARTERLY_2017_18, Q2.edition());
        assertEquals(ReportingPeriod.parse("2017/18 Q2"), Q2.period());
        assertEquals(Money.pounds(1), Q2.roundingTolerance());
        assertEquals(new BigDecimal("2.5"), Q2.amberTolerancePercent(MetricKind.DELAYED_TRANSFERS_OF_CARE));
    }

    @Test
    void aZeroToleranceIsAllowedAndANegativeOneIsNot() {
        assertEquals(Money.pounds(0), Q2.withRoundingTolerance(Money.pounds(0)).roundingTolerance());
        assertEquals(BigDecimal.ZERO, Q2.withAmberTolerance(MetricKind.DELAYED_TRANSFERS_OF_CARE, BigDecimal.ZERO)
                .amberTolerancePercent(MetricKind.DELAYED_TRANSFERS_OF_CARE));
        IllegalArgumentException money = assertThrows(IllegalArgumentException.class,
                () -> Q2.withRoundingTolerance(Money.pounds(-1)));
        assertEquals("rounding tolerance must not be negative: -£1", money.getMessage());
        IllegalArgumentException percent = assertThrows(IllegalArgumentException.class,
                () -> Q2.withAmberTolerance(MetricKind.DELAYED_TRANSFERS_OF_CARE, new BigDecimal("-0.1")));
        assertEquals("amber tolerance must not be negative: -0.1", percent.getMessage());
    }

    @Test
    void eachToleranceIsSetForItsOwnMetricAndKeepsTheOthers() {
        RuleContext c = Q2.withAmberTolerance(MetricKind.DELAYED_TRANSFERS_OF_CARE, new BigDecimal("5"))
                .withAmberTolerance(MetricKind.REABLEMENT, new BigDecimal("1"))
                .withRoundingTolerance(Money.pounds(3));
        assertEquals(new BigDecimal("5"), c.amberTolerancePercent(MetricKind.DELAYED_TRANSFERS_OF_CARE));
        assertEquals(new BigDecimal("1"), c.amberTolerancePercent(MetricKind.REABLEMENT));
        assertEquals(new BigDecimal("2.5"), c.amberTolerancePercent(MetricKind.NON_ELECTIVE_ADMISSIONS));
        assertEquals(Money.pounds(3), c.roundingTolerance());
        assertEquals(Edition.QUARTERLY_2017_18, c.edition());
    }
}
