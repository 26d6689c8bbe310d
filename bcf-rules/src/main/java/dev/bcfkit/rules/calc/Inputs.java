package dev.bcfkit.rules.calc;

import dev.bcfkit.core.Money;
import dev.bcfkit.core.Text;
import dev.bcfkit.core.metrics.AgeBand;
import dev.bcfkit.core.metrics.Population;
import java.math.BigDecimal;

/**
 * The checks every calculator makes on its inputs before computing, each failing with a
 * {@link CalculationException} that names the input and quotes the value.
 */
final class Inputs {
    /** The most significant digits a decimal input may have. */
    static final int MAX_DIGITS = 100;
    /** The largest decimal exponent, either way, a decimal input may have. */
    static final int MAX_SCALE = 100;

    private Inputs() {
    }

    static <T> T present(String name, T value) {
        if (value == null) {
            throw new CalculationException(name + ": expected a value, found null");
        }
        return value;
    }

    /**
     * A decimal that is present and of a sensible size, so that no comparison or rounding has to
     * build a power of ten with millions of digits ({@code 1E-1000000000} is refused here).
     */
    static BigDecimal decimal(String name, BigDecimal value) {
        present(name, value);
        if (value.precision() > MAX_DIGITS || Math.abs(value.scale()) > MAX_SCALE) {
            throw new CalculationException(name + ": expected a decimal of at most " + MAX_DIGITS
                    + " digits and " + MAX_SCALE + " decimal places, found " + Text.abbreviate(value.toString()));
        }
        return value;
    }

    static BigDecimal nonNegative(String name, BigDecimal value) {
        decimal(name, value);
        if (value.signum() < 0) {
            throw new CalculationException(name + ": expected 0 or more, found " + value.toPlainString());
        }
        return value;
    }

    static Money money(String name, Money value) {
        return present(name, value);
    }

    static Money nonNegative(String name, Money value) {
        present(name, value);
        if (value.signum() < 0) {
            throw new CalculationException(name + ": expected £0 or more, found " + value.format());
        }
        return value;
    }

    static long nonNegative(String name, long value) {
        if (value < 0) {
            throw new CalculationException(name + ": expected 0 or more, found " + value);
        }
        return value;
    }

    static Population population(String name, Population population, AgeBand band) {
        present(name, population);
        if (population.ageBand() != band) {
            throw new CalculationException(name + ": expected a population " + band.label() + ", found "
                    + describe(population));
        }
        return population;
    }

    static String describe(Population p) {
        return "population " + (p.ageBand() == null ? "of unstated age band" : p.ageBand().label()) + " for "
                + p.calendarYear() + " of " + p.count();
    }
}
