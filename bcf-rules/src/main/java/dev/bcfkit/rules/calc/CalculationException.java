package dev.bcfkit.rules.calc;

import dev.bcfkit.core.BcfException;

/**
 * A calculator was given inputs it cannot compute with: a population of zero, a negative count,
 * a month outside the period, an amount that is not a whole number of units, and so on. The
 * message names the input and quotes its value (a design principle: "One exception hierarchy"). Rules
 * check their data first and report findings; this exception means a caller passed something
 * no BCF figure can be.
 */
public final class CalculationException extends BcfException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, naming the input and quoting its value
     */
    public CalculationException(String message) {
        super(message);
    }
}
